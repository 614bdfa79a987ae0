/**
 * Works a prerendered chart's mark targets (`MarkTargets`, hidden until this shows them) on
 * every page: tap, click or focus selects a mark, arrow keys move, Home/End jump, Escape clears,
 * and the detail panel shows the mark's facts from its `<template data-detail>`.
 */
import { targetMove } from '../keys';

export interface StaticMarks {
	/** Select a mark by key (null clears). */
	select(key: string | null): void;
	/** After the plot changed: show its targets and keep the selection if its mark is still drawn. */
	refresh(): void;
}

export function workMarks(figure: HTMLElement): StaticMarks {
	const panel = figure.querySelector<HTMLElement>('.detail[id]');
	const hint: Node[] = [...(panel?.childNodes ?? [])];
	let selected: string | null = null;
	// Beside the story's steps the panel covers part of the page: it can be closed (its button's
	// word is `data-closable`'s), and focus goes back to the mark (without choosing it again).
	let quiet = false;
	const close = panel?.dataset.closable === undefined ? null : document.createElement('button');
	if (close) {
		close.type = 'button';
		close.className = 'close';
		close.textContent = panel!.dataset.closable!;
		close.addEventListener('click', () => {
			const key = selected;
			select(null);
			quiet = true;
			if (key) figure.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(key)}"]`)?.focus();
			quiet = false;
		});
	}

	const bars = () => figure.querySelectorAll<HTMLElement>('.targets');

	function select(key: string | null) {
		const template = key ? figure.querySelector<HTMLTemplateElement>(`template[data-detail="${CSS.escape(key)}"]`) : null;
		const drawn = key ? figure.querySelector(`button[data-key="${CSS.escape(key)}"]`) : null;
		selected = template && drawn ? key : null;
		for (const bar of bars()) {
			const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-key]')];
			const active = Math.max(0, buttons.findIndex((b) => b.dataset.key === selected));
			buttons.forEach((b, i) => {
				const on = b.dataset.key === selected;
				if (on) b.setAttribute('aria-current', 'true');
				else b.removeAttribute('aria-current');
				b.tabIndex = i === active ? 0 : -1;
				if (on && panel) b.setAttribute('aria-describedby', panel.id);
				else b.removeAttribute('aria-describedby');
			});
		}
		const facts = template && selected ? [template.content.cloneNode(true)] : hint;
		panel?.replaceChildren(...(close && selected ? [close, ...facts] : facts));
	}

	/** The prerendered targets wait, hidden, for a script: without one they could do nothing. */
	function refresh() {
		for (const bar of bars()) bar.hidden = false;
		select(selected);
	}

	const targetOf = (e: Event) => (e.target instanceof HTMLButtonElement && e.target.dataset.key ? e.target : null);
	// A tap, a click or focus (Tab, arrows) selects the mark.
	for (const type of ['click', 'focusin'] as const)
		figure.addEventListener(type, (e) => {
			const t = targetOf(e);
			if (t && !quiet) select(t.dataset.key!);
		});
	// Right to left (the Arabic edition, whose time runs leftwards), Left is onwards and Right back.
	const rtl = figure.closest('[dir]')?.getAttribute('dir') === 'rtl';
	const MIRROR: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };
	figure.addEventListener('keydown', (e) => {
		const t = targetOf(e);
		if (!t) return;
		const buttons = [...(t.parentElement?.querySelectorAll<HTMLButtonElement>('button[data-key]') ?? [])];
		const to = targetMove((rtl && MIRROR[e.key]) || e.key, buttons.indexOf(t), buttons.length, buttons.map((b) => b.dataset.row), e.ctrlKey || e.metaKey);
		if (to === null) return;
		e.preventDefault();
		if (to === 'clear') return select(null);
		buttons[to]?.focus();
	});

	refresh();
	return { select, refresh };
}
