/**
 * Draws the charts of /present's slides in the browser. The slides are prerendered markup that
 * the deck keeps as it is, with every chart in <noscript> (for readers without JavaScript).
 * Loading the deck draws only the chart of the slide on screen; once the presenter moves, the
 * new slide draws its chart as it shows, and its neighbours draw theirs when the browser is
 * idle, so that the next turn is instant. A drawn chart is kept until the page goes. The chart
 * code (components, data, d3) loads with the first chart drawn, or as soon as the presenter
 * touches mouse, keys or screen: not while the deck loads.
 */
const whenIdle = (fn: () => void) =>
	typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

export function slideCharts(slideEl: (n: number) => HTMLElement | null) {
	const drawn = new Map<number, Promise<(() => void) | null>>();
	let first = true;
	let gone = false;

	let code: Promise<typeof import('./mount-slide-chart')> | undefined;
	const load = () => (code ??= import('./mount-slide-chart'));
	const WARM = ['pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;
	const warm = () => {
		for (const type of WARM) removeEventListener(type, warm);
		void load();
	};

	function draw(n: number) {
		const slide = slideEl(n);
		if (drawn.has(n) || !slide?.dataset.slug) return;
		drawn.set(
			n,
			load().then(({ mountSlideChart }) => (gone ? null : mountSlideChart(slide, n)))
		);
	}

	return {
		/** The presenter is at (or jumping to) slide `n`: draw its chart now, its neighbours' soon. */
		visit(n: number) {
			draw(n);
			// On load (the deck shows its first slide) nothing more is drawn until the presenter moves.
			if (first) {
				first = false;
				for (const type of WARM) addEventListener(type, warm, { passive: true });
				return;
			}
			// One chart per idle period: each is a task of its own.
			whenIdle(() => {
				draw(n + 1);
				whenIdle(() => draw(n - 1));
			});
		},
		destroy() {
			gone = true;
			if (typeof removeEventListener === 'function') for (const type of WARM) removeEventListener(type, warm);
			for (const remove of drawn.values()) void remove.then((r) => r?.());
			drawn.clear();
		}
	};
}
