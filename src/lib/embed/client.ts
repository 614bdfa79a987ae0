/**
 * The embed page's only script (the page is prerendered and runs no Svelte). It applies ?step,
 * ?theme, ?title=0 and ?key=0, works the chart's prerendered mark targets and detail panel by pointer and
 * keyboard, and reports the page's height to the host. Bundled on its own, a few KB.
 */
import { workMarks } from '$lib/charts/static/marks';
import type { ChartSlug } from '$lib/data/slugs';
import { downloadPath, type Kind } from '$lib/share/files';
import { parseEmbedParams } from './params';
import { autoHeight } from './resize';
import { statePath } from './variants';

const root = document.querySelector<HTMLElement>('[data-embed]');
if (root) start(root);

function start(root: HTMLElement) {
	const slug = root.dataset.embed ?? '';
	const params = parseEmbedParams(location.search, Number(root.dataset.steps) || 1);
	if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
	// The host may give the chart's title itself, or want the plot alone (the page's CSS hides them).
	root.classList.toggle('no-title', !params.title);
	root.classList.toggle('no-key', !params.key);
	// The image links: this state, in the theme shown.
	const dark = params.theme === 'dark' || (params.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
	for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-images] a[data-kind]'))
		a.href = downloadPath({ slug: slug as ChartSlug, step: params.step, theme: dark ? 'dark' : 'light', kind: a.dataset.kind as Kind });

	autoHeight(root, params.childId);
	const figure = () => root.querySelector<HTMLElement>('figure[data-chart]');
	const first = figure();
	if (!first) return;
	workMarks(first);
	if (params.step !== Number(first.dataset.step)) void showState(params.step);

	/** Swap in another prerendered state of the chart (our own file, never the query string). */
	async function showState(step: number) {
		try {
			const res = await fetch(statePath(slug, step));
			if (!res.ok) return;
			const { html } = (await res.json()) as { html: string };
			const next = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>('figure[data-chart]');
			const current = figure();
			if (!next || !current || next.getAttribute('data-chart') !== slug) return;
			current.replaceWith(document.adoptNode(next));
			workMarks(next);
		} catch {
			// Offline or blocked: the complete final state stays.
		}
	}

}
