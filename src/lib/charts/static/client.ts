/**
 * The only script of a page whose charts each show one fixed state: the gallery (/charts) and
 * the handout. Both are prerendered and run no Svelte (hydrating some thirty charts blocked a
 * phone's main thread for over a second). Each chart, once near, is drawn at the prerendered
 * width that fits its column (the story's states files), its marks answer keys and taps, and
 * its "Embed this chart" box works; a Print button prints. Without this script every chart
 * still reads, drawn at the story's first width and scaled to its column.
 */
import { offlineStates } from '$lib/offline/register';
import { measureOnResize, storyChart, type StoryChart } from '$lib/story/chart';
import { workMarks } from './marks';
import { workBuilder } from '$lib/embed/builder';
import { workTools } from './tools';
import { keepPlaceAcross } from '$lib/i18n/keep-place';

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart][data-ids]')];
const charts: StoryChart[] = [];
// The handout is kept for offline use (src/service-worker.ts) with its charts' states at this
// width; the gallery shares this script.
const storeStates = offlineStates(charts, figures.map((f) => f.dataset.chart ?? ''));
for (const figure of figures) {
	const marks = workMarks(figure);
	workTools(figure);
	charts.push(
		storyChart(figure, figure.dataset.chart ?? '', marks, storeStates, {
			lazy: true,
			followText: true,
			idPrefix: figure.dataset.ids,
			// The box around the chart that is laid out while the chart may not be (content-visibility).
			nearBy: figure.closest<HTMLElement>('[data-chart-box]') ?? figure
		})
	);
}
measureOnResize(charts);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) button.addEventListener('click', () => print());
const builder = document.querySelector<HTMLTemplateElement>('template[data-builder-template]');
if (builder) workBuilder(builder);
// The other editions' links open at the section the reader last went to (the address's hash).
keepPlaceAcross(() => decodeURIComponent(location.hash.slice(1)));
