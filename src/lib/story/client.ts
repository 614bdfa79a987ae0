/**
 * The story page's only script: the page is prerendered and runs no Svelte. For each scrolly it
 * follows the step in view (scrollama plus position checks, `watchSteps`), highlights that
 * step's card, turns the sticky chart into that step's state and keeps what the step is about
 * in the chart's window (`reveal.ts`). It also works the charts' marks and their "Embed this
 * chart" boxes. Without it the page still reads top to bottom, every chart in its first state.
 */
import { workCites } from '$lib/cite/markers';
import { workMarks } from '$lib/charts/static/marks';
import { workTools } from '$lib/charts/static/tools';
import { aboutRegion, pans, progress, windowTop, type Region } from '$lib/scrolly/reveal';
import { TRIGGER, watchSteps } from '$lib/scrolly/watch';
import { offlineStates } from '$lib/offline/register';
import { measureOnResize, storyChart, type StoryChart } from './chart';
import { keepPlaceAcross } from '$lib/i18n/keep-place';
import { suggestEdition } from '$lib/i18n/suggest';
import { keepPlace, placeId } from './place';

const charts: StoryChart[] = [];
const reduce = matchMedia('(prefers-reduced-motion: reduce)');
/** Per scrolly on screen: pan its window with the reader's progress through the card. */
const panners: (() => void)[] = [];

// Offline: every chart's states at this page's width, once a chart has drawn (offline/register.ts).
const storeStates = offlineStates(
	charts,
	[...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) => s.dataset.scrolly ?? '')
);

for (const scrolly of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
	const figure = scrolly.querySelector<HTMLElement>('.graphic figure[data-chart]');
	const win = figure?.querySelector<HTMLElement>('[data-window]');
	const steps = scrolly.querySelector<HTMLElement>('.steps');
	if (!figure || !win || !steps) continue;
	const bands = [...steps.querySelectorAll<HTMLElement>(':scope > .step')];
	const cards = bands.map((b) => b.querySelector<HTMLElement>('.card') ?? b);
	const marks = workMarks(figure);
	workTools(scrolly);

	let active = 0;
	let region: Region | null = null;
	const place = (smooth: boolean) => {
		region ??= aboutRegion(win);
		const through = progress(cards[active]!.getBoundingClientRect(), innerHeight * TRIGGER);
		const top = Math.max(0, windowTop(region, win.clientHeight, through));
		if (Math.abs(top - win.scrollTop) < 1) return;
		win.scrollTo({ top, behavior: smooth && !reduce.matches ? 'smooth' : 'instant' });
	};
	// Once a state is drawn (or the width changed), measure what it is about and go there.
	let frame = 0;
	const reveal = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			region = null;
			place(true);
		});
		storeStates();
	};
	const chart = storyChart(figure, scrolly.dataset.scrolly ?? '', marks, reveal, { lazy: true, nearBy: scrolly, followText: true });
	charts.push(chart);
	panners.push(() => {
		if (!region || !pans(region, win.clientHeight)) return;
		const box = scrolly.getBoundingClientRect();
		if (box.bottom > 0 && box.top < innerHeight) place(false);
	});
	// A change of chart state is said once, politely, in a short sentence (a step's data-said).
	const announcer = scrolly.querySelector<HTMLElement>('[data-announce]');
	let said = bands[0]?.dataset.state;
	// The scrolly, laid out even when its steps are not, answers while it is far.
	watchSteps(steps, (i) => {
		active = i;
		bands.forEach((c, j) => c.classList.toggle('active', i === j));
		const state = bands[i]?.dataset.state;
		chart.show(Number(state) || 0);
		if (announcer && state !== said) {
			said = state;
			announcer.textContent = bands[i]?.dataset.said ?? '';
		}
	}, scrolly);
}

let panning = 0;
addEventListener(
	'scroll',
	() => {
		if (!panning) panning = requestAnimationFrame(() => ((panning = 0), panners.forEach((p) => p())));
	},
	{ passive: true }
);
measureOnResize(charts);
keepPlace();
keepPlaceAcross(placeId);
suggestEdition();
workCites('/');

// "Link to this step" is a link (it works without a script); with one it also copies the address.
addEventListener('click', (e) => {
	const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('.step-link a') : null;
	const status = link?.nextElementSibling;
	if (!link || !(status instanceof HTMLElement) || !navigator.clipboard) return;
	navigator.clipboard.writeText(link.href).then(
		() => {
			// In the page's language (Step.svelte).
			status.textContent = status.dataset.copied ?? '';
			setTimeout(() => (status.textContent = ''), 4000);
		},
		() => {}
	);
});
