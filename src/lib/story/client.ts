/**
 * The story page's only script: the page is prerendered and runs no Svelte. For each scrolly it
 * follows the step in view (scrollama plus position checks, `watchSteps`), highlights that
 * step's card, turns the sticky chart into that step's state and scrolls a tall chart to what
 * the step is about. It also works the charts' marks and their "Embed this chart" boxes.
 * Without it the page still reads top to bottom, every chart in its first state.
 */
import { workCites } from '$lib/cite/markers';
import { workMarks } from '$lib/charts/static/marks';
import { workTools } from '$lib/charts/static/tools';
import { revealFocus, watchSteps } from '$lib/scrolly/watch';
import { measureOnResize, storyChart, type StoryChart } from './chart';

const charts: StoryChart[] = [];

for (const scrolly of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
	const figure = scrolly.querySelector<HTMLElement>('.graphic figure[data-chart]');
	const graphic = scrolly.querySelector<HTMLElement>('.graphic');
	const steps = scrolly.querySelector<HTMLElement>('.steps');
	if (!figure || !graphic || !steps) continue;
	const cards = [...steps.querySelectorAll<HTMLElement>(':scope > .step')];
	const marks = workMarks(figure);
	workTools(figure);
	// A chart taller than its sticky panel scrolls inside it to what the step is about.
	let frame = 0;
	const reveal = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => revealFocus(graphic));
	};
	const chart = storyChart(figure, scrolly.dataset.scrolly ?? '', marks, reveal, { lazy: true, nearBy: scrolly });
	charts.push(chart);
	// The scrolly, laid out even when its steps are not, answers while it is far.
	watchSteps(steps, (i) => {
		cards.forEach((c, j) => c.classList.toggle('active', i === j));
		chart.show(i);
	}, scrolly);
}

measureOnResize(charts);
workCites('/');
