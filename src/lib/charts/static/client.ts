/**
 * The only script of a page whose charts each show one fixed state: the gallery (/charts) and
 * the handout. Both are prerendered and run no Svelte (hydrating some thirty charts blocked a
 * phone's main thread for over a second). Each chart, once near, is drawn at the prerendered
 * width that fits its column (the story's states files), its marks answer keys and taps, and
 * its "Embed this chart" box works; a Print button prints. Without this script every chart
 * still reads, drawn at the story's first width and scaled to its column.
 */
import { registerOffline, whenOffline } from '$lib/offline/register';
import { keepOffline, measureOnResize, storyChart } from '$lib/story/chart';
import { workMarks } from './marks';
import { workTools } from './tools';

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart][data-ids]')];
const charts = figures.map((figure) => {
	const marks = workMarks(figure);
	workTools(figure);
	return storyChart(figure, figure.dataset.chart ?? '', marks, () => {}, {
		lazy: true,
		idPrefix: figure.dataset.ids,
		// The box around the chart that is laid out while the chart may not be (content-visibility).
		nearBy: figure.closest<HTMLElement>('[data-chart-box]') ?? figure
	});
});
measureOnResize(charts);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) button.addEventListener('click', () => print());

// The handout is kept for offline use (src/service-worker.ts), with its charts' states at the
// width its charts take here; the gallery shares this script.
void registerOffline();
whenOffline(() => {
	const store = () => {
		const width = charts.find((c) => c.width)?.width;
		if (width) void keepOffline([...new Set(charts.map((_, i) => figures[i]!.dataset.chart ?? ''))], width);
		else setTimeout(store, 1000);
	};
	store();
});
