/**
 * The overview of /present: every slide as a card in a modal dialog (prerendered empty by
 * Overview.svelte; the cards are built from the slides when it first opens). Arrow keys move
 * (a roving tabindex), Home and End jump, Enter or a click picks, Esc closes; focus goes back
 * where it was when the dialog closes.
 */
import { focusBack } from './focus-back';
import { editionOfPath } from '$lib/i18n/editions';
import { namesIn, section as sectionOf } from '$lib/story/sections';
import type { SlideInfo } from './slides';

interface Card {
	n: number;
	heading: string;
	excerpt: string;
	section: string;
	/** The chart state shown (1-based), or null for slides without a chart. */
	/** "chart state 3", in the page's edition; '' for slides without a chart. */
	state: string;
}

/** The deck's words for the cards (Deck.svelte's data attributes) and the page's edition. */
function said(dialog: HTMLElement) {
	const deck = dialog.closest<HTMLElement>('[data-deck]')?.dataset ?? {};
	const fill = (template = '', n: number) => template.replace('{n}', String(n));
	return {
		lang: editionOfPath(location.pathname).lang,
		slide: (n: number) => fill(deck.slideName, n),
		state: (n: number) => fill(deck.chartState, n)
	};
}

/** A card per slide, from the slide's own text; step slides are named by their chart. */
function cards(slides: HTMLElement[], infos: SlideInfo[], words: ReturnType<typeof said>): Card[] {
	return slides.map((el, i) => {
		const info = infos[i]!;
		const heading =
			info.kind === 'step'
				? (el.dataset.chartTitle ?? '')
				: (el.querySelector('h2, [data-slide-title]')?.textContent?.trim() ?? words.slide(info.n));
		// A step slide is what its slide line says (its full text goes to the notes).
		const text = ((el.querySelector('.slide-line') ?? el.querySelector('.slide-text'))?.textContent ?? '').replace(/\s+/g, ' ').replace(heading, '').trim();
		const section = info.sections[0];
		return {
			n: info.n,
			heading,
			excerpt: text.length > 110 ? `${text.slice(0, 108).trimEnd()}…` : text,
			section: section ? namesIn(sectionOf(section), words.lang).title : '',
			state: info.kind === 'step' ? words.state(info.step + 1) : ''
		};
	});
}

function cardButton(c: Card): HTMLLIElement {
	const li = document.createElement('li');
	const button = li.appendChild(document.createElement('button'));
	button.type = 'button';
	button.dataset.pick = String(c.n);
	button.tabIndex = -1;
	const part = (cls: string, text: string) => {
		const span = button.appendChild(document.createElement('span'));
		span.className = cls;
		span.textContent = text;
	};
	part('num', String(c.n));
	part('section', `${c.section}${c.state ? ` · ${c.state}` : ''}`);
	part('heading', c.heading);
	part('excerpt', c.excerpt);
	return li;
}

export function deckOverview(dialog: HTMLDialogElement, stage: HTMLElement, slides: HTMLElement[], infos: SlideInfo[], onpick: (n: number) => void) {
	const grid = dialog.querySelector<HTMLElement>('[data-grid]')!;
	const buttons = () => [...grid.querySelectorAll<HTMLButtonElement>('button[data-pick]')];
	let opener: HTMLElement | null = null;

	function focusCard(n: number) {
		const all = buttons();
		const to = Math.min(Math.max(1, n), all.length);
		for (const b of all) b.tabIndex = Number(b.dataset.pick) === to ? 0 : -1;
		all[to - 1]?.focus();
	}

	/** Columns of the grid as laid out now, for Up and Down. */
	function columns(): number {
		const cells = [...grid.children] as HTMLElement[];
		const top = cells[0]?.offsetTop;
		return Math.max(1, cells.filter((c) => c.offsetTop === top).length);
	}

	grid.addEventListener('click', (e) => {
		const b = (e.target as Element).closest<HTMLButtonElement>('button[data-pick]');
		if (!b) return;
		dialog.close();
		onpick(Number(b.dataset.pick));
	});
	grid.addEventListener('focusin', (e) => {
		const b = (e.target as Element).closest<HTMLButtonElement>('button[data-pick]');
		if (b) for (const x of buttons()) x.tabIndex = x === b ? 0 : -1;
	});
	grid.addEventListener('keydown', (e) => {
		const b = (e.target as Element).closest<HTMLButtonElement>('button[data-pick]');
		const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns(), ArrowUp: -columns() };
		if (!b || !(e.key in moves || e.key === 'Home' || e.key === 'End')) return;
		e.preventDefault();
		const at = Number(b.dataset.pick);
		focusCard(e.key === 'Home' ? 1 : e.key === 'End' ? slides.length : at + moves[e.key]!);
	});
	dialog.addEventListener('close', () => {
		focusBack(opener, stage);
	});

	return {
		get open() {
			return dialog.open;
		},
		show(current: number) {
			if (dialog.open) return;
			if (!grid.firstElementChild) grid.append(...cards(slides, infos, said(dialog)).map(cardButton));
			for (const b of buttons())
				if (Number(b.dataset.pick) === current) b.setAttribute('aria-current', 'true');
				else b.removeAttribute('aria-current');
			opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			dialog.showModal();
			focusCard(current);
		},
		close() {
			if (dialog.open) dialog.close();
		}
	};
}
