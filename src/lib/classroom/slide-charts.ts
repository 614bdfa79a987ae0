/**
 * Draws the charts of /present's slides. Each chart is prerendered in its slide's <noscript>
 * (for readers without JavaScript) in that slide's state; the deck moves it onto the slide when
 * the presenter comes near, works its marks, and draws it at the prerendered width that fits
 * (the story's states files, `storyChart`). Loading the deck draws only the chart of the slide
 * on screen; once the presenter moves, the new slide's chart is drawn as it shows and its
 * neighbours' when the browser is idle, so that the next turn is instant. A chart stays drawn.
 */
import { workMarks } from '$lib/charts/static/marks';
import { loaded, storyChart, type StoryChart } from '$lib/story/chart';

const whenIdle = (fn: () => void) =>
	typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

/** `slideEl(n)`: slide n's element; `onDrawn(n)`: slide n's chart changed (refit it). */
export function slideCharts(slideEl: (n: number) => HTMLElement | null, onDrawn: (n: number) => void) {
	const drawn = new Map<number, StoryChart>();
	let first = true;

	function draw(n: number) {
		const slide = slideEl(n);
		const slug = slide?.dataset.slug;
		const cell = slide?.querySelector<HTMLElement>('.slide-chart');
		if (drawn.has(n) || !slug || !cell) return;
		// With scripting on, <noscript> holds its markup as text: parse it once, here.
		const markup = document.createElement('template');
		markup.innerHTML = cell.querySelector('noscript')?.textContent ?? '';
		const figure = markup.content.querySelector<HTMLElement>('figure[data-chart]');
		if (!figure) return;
		// The plot sits in a window: a chart taller than the slide shows what its step is about (fit.ts).
		const plot = figure.querySelector('.plot');
		const win = document.createElement('div');
		win.dataset.window = '';
		plot?.before(win);
		if (plot) win.append(plot);
		cell.append(figure);
		drawn.set(n, storyChart(figure, slug, workMarks(figure), () => onDrawn(n), { idPrefix: `slide${n}-` }));
	}

	return {
		/** The presenter is at (or jumping to) slide `n`: draw its chart now, its neighbours' soon. */
		visit(n: number) {
			draw(n);
			// On load (the deck shows its first slide) nothing more is drawn until the presenter moves.
			if (first) {
				first = false;
				return;
			}
			// One chart per idle period: each is a task of its own.
			whenIdle(() => {
				draw(n + 1);
				whenIdle(() => draw(n - 1));
			});
		},
		/** Slide `n` was fitted to the screen: its chart takes the width that now fits. */
		measure(n: number) {
			drawn.get(n)?.measure();
		},
		/**
		 * Draws every chart slide's chart as it will show on this screen, laid out out of sight
		 * (still invisible), so that every states file the deck needs here is fetched: "Make
		 * available offline". `fit` fits a slide as the deck does; `progress(done, of)`.
		 */
		async prepareAll(fit: (slide: HTMLElement) => void, progress: (done: number, of: number) => void) {
			const all = [] as HTMLElement[];
			for (let n = 1, s = slideEl(1); s; s = slideEl(++n)) if (s.dataset.slug) all.push(s);
			let done = 0;
			for (const slide of all) {
				const n = Number(slide.dataset.slide);
				slide.style.contentVisibility = 'visible';
				draw(n);
				await loaded();
				fit(slide);
				drawn.get(n)?.measure();
				await loaded();
				slide.style.contentVisibility = '';
				progress(++done, all.length);
			}
		}
	};
}
