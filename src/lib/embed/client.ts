/**
 * The embed page's only script (the page is prerendered and runs no Svelte). It applies ?step,
 * ?theme, ?title=0 and ?key=0, works the chart's prerendered mark targets and detail panel by
 * pointer and keyboard, and reports the page's height to the host. Another state than the
 * prerendered one is drawn as the story draws its charts (`storyChart`: the states file for the
 * width that fits, turned into place), so focus and a selected mark survive it. Bundled on its
 * own, a few KB.
 */
import { workMarks } from '$lib/charts/static/marks';
import type { ChartSlug } from '$lib/data/slugs';
import { downloadPath, type Kind } from '$lib/share/files';
import { measureOnResize, storyChart } from '$lib/story/chart';
import { parseEmbedParams } from './params';
import { autoHeight } from './resize';

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
	const figure = root.querySelector<HTMLElement>('figure[data-chart]');
	if (!figure) return;
	const marks = workMarks(figure);
	if (params.step === Number(figure.dataset.step)) return;
	// Another state: the plot that shows stays (the others go) and is drawn anew at the width
	// that fits; if the states file cannot be loaded, the complete final state stays.
	for (const plot of figure.querySelectorAll<HTMLElement>('.plot.variant')) if (!plot.offsetParent) plot.remove();
	// Marked as drawn at no width, so that the new state comes at once (marks glide only between
	// a reader's steps, never into place as the page loads).
	const shown = figure.querySelector<HTMLElement>('.plot.variant');
	if (shown) shown.dataset.width = '0';
	root.classList.add('drawn');
	const chart = storyChart(figure, slug, marks, () => {}, { idPrefix: 'embed-', followText: true });
	chart.show(params.step);
	measureOnResize([chart]);
}
