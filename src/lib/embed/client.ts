/**
 * The embed page's only script (the page is prerendered and runs no Svelte). It applies ?step
 * and ?theme, works the chart's prerendered mark targets and detail panel by pointer and
 * keyboard, and reports the page's height to the host. Bundled on its own, a few KB.
 */
import { targetMove } from '$lib/charts/keys';
import { parseEmbedParams } from './params';
import { autoHeight } from './resize';
import { statePath } from './variants';

const root = document.querySelector<HTMLElement>('[data-embed]');
if (root) start(root);

function start(root: HTMLElement) {
	const slug = root.dataset.embed ?? '';
	const params = parseEmbedParams(location.search, Number(root.dataset.steps) || 1);
	if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;

	const figure = () => root.querySelector<HTMLElement>('figure[data-chart]');
	const panel = () => root.querySelector<HTMLElement>('.detail[id]');
	let hint: Node[] = [...(panel()?.childNodes ?? [])];
	let selected: string | null = null;

	function select(key: string | null) {
		const fig = figure();
		const detail = panel();
		const template = key ? fig?.querySelector<HTMLTemplateElement>(`template[data-detail="${CSS.escape(key)}"]`) : null;
		selected = template ? key : null;
		for (const bar of fig?.querySelectorAll<HTMLElement>('.targets') ?? []) {
			const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-key]')];
			const active = Math.max(0, buttons.findIndex((b) => b.dataset.key === selected));
			buttons.forEach((b, i) => {
				const on = b.dataset.key === selected;
				b.setAttribute('aria-pressed', String(on));
				b.tabIndex = i === active ? 0 : -1;
				if (on && detail) b.setAttribute('aria-describedby', detail.id);
				else b.removeAttribute('aria-describedby');
			});
		}
		detail?.replaceChildren(...(template ? [template.content.cloneNode(true)] : hint));
	}

	/** The prerendered targets wait, hidden, for this script: without it they could do nothing. */
	const wake = () => root.querySelectorAll<HTMLElement>('.targets[hidden]').forEach((bar) => (bar.hidden = false));

	const targetOf = (e: Event) => (e.target instanceof HTMLButtonElement && e.target.dataset.key ? e.target : null);
	// A tap, a click or focus (Tab, arrows) selects the mark.
	for (const type of ['click', 'focusin'] as const)
		root.addEventListener(type, (e) => {
			const t = targetOf(e);
			if (t) select(t.dataset.key!);
		});
	root.addEventListener('keydown', (e) => {
		const t = targetOf(e);
		if (!t) return;
		const buttons = [...(t.parentElement?.querySelectorAll<HTMLButtonElement>('button[data-key]') ?? [])];
		const to = targetMove(e.key, buttons.indexOf(t), buttons.length);
		if (to === null) return;
		e.preventDefault();
		if (to === 'clear') return select(null);
		buttons[to]?.focus();
	});

	wake();
	const last = Number(figure()?.dataset.step);
	if (params.step !== last) void showState(params.step);

	/** Swap in another prerendered state of the chart (our own file, never the query string). */
	async function showState(step: number) {
		try {
			const res = await fetch(statePath(slug, step));
			if (!res.ok) return;
			const { html } = (await res.json()) as { html: string };
			const next = new DOMParser().parseFromString(html, 'text/html').querySelector('figure[data-chart]');
			const current = figure();
			if (!next || !current || next.getAttribute('data-chart') !== slug) return;
			current.replaceWith(document.adoptNode(next));
			hint = [...(panel()?.childNodes ?? [])];
			wake();
			if (selected) select(selected);
		} catch {
			// Offline or blocked: the complete final state stays.
		}
	}

	autoHeight(root, params.childId);
}
