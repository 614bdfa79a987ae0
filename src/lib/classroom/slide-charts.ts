/**
 * Draws the charts of /present's slides in the browser. The slides are prerendered markup that
 * the deck keeps as it is, with every chart in <noscript> (for readers without JavaScript).
 * Loading the deck draws only the chart of the slide on screen; once the presenter moves, the
 * new slide draws its chart before it shows, and its neighbours draw theirs when the browser is
 * idle, so that the next turn is instant. A drawn chart is kept until the page goes.
 */
import { mount, unmount } from 'svelte';
import Chart from '$lib/charts/Chart.svelte';
import { isChartSlug, story } from '$lib/data';

const whenIdle = (fn: () => void) =>
	typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

export function slideCharts(slideEl: (n: number) => HTMLElement | null) {
	const drawn = new Map<number, ReturnType<typeof mount>>();
	let first = true;

	function draw(n: number) {
		if (drawn.has(n)) return;
		const slide = slideEl(n);
		const cell = slide?.querySelector<HTMLElement>('.slide-chart');
		const slug = slide?.dataset.slug ?? '';
		if (!cell || !isChartSlug(slug)) return;
		const step = Number(slide!.dataset.state) || 0;
		drawn.set(n, mount(Chart, { target: cell, props: { slug, data: story, step, idPrefix: `slide${n}-`, headingLevel: 2, tools: false } }));
	}

	return {
		/** The presenter is at (or jumping to) slide `n`: draw its chart now, its neighbours' soon. */
		visit(n: number) {
			draw(n);
			// On load (the deck shows its first slide) nothing more is drawn until the presenter moves.
			if (first) return void (first = false);
			// One chart per idle period: each is a task of its own.
			whenIdle(() => {
				draw(n + 1);
				whenIdle(() => draw(n - 1));
			});
		},
		destroy() {
			for (const c of drawn.values()) void unmount(c);
			drawn.clear();
		}
	};
}
