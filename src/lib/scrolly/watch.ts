/**
 * Which step is in view. scrollama fires on steps crossing the trigger line; on its own it can
 * miss steps on fast wheels, anchor jumps, reloads mid-page, back/forward and resizes. So the
 * active step is also derived from position — on load, on scroll end, on resize (debounced) and
 * on hash changes — and the two always agree on what is under the line.
 */
import { whenNear } from './near';

export const TRIGGER = 0.6;

/**
 * The last step (card) whose top has passed the trigger line (0 above the first step). `bounds` holds
 * the steps: while it is wholly below or above the line, its own box answers, and the steps —
 * which may not be laid out yet (content-visibility) — are not measured.
 */
export function stepAt(steps: HTMLElement[], line: number, bounds?: HTMLElement): number {
	if (bounds) {
		const box = bounds.getBoundingClientRect();
		if (box.top > line) return 0;
		if (box.bottom <= line) return Math.max(0, steps.length - 1);
	}
	let index = 0;
	steps.forEach((s, i) => {
		if (s.getBoundingClientRect().top <= line) index = i;
	});
	return index;
}

/**
 * Calls `onStep` with the step in view of `container`'s `.step` children. A step changes when
 * its card (the box the reader reads, not the taller band around it) crosses the trigger line.
 * `bounds` (the scrolly) is an element around them that is laid out even when they are not:
 * scrollama, which measures every step, is set up only once it comes within half a screen.
 */
export function watchSteps(
	container: HTMLElement,
	onStep: (index: number) => void,
	bounds: HTMLElement = container
): () => void {
	const steps = [...container.querySelectorAll<HTMLElement>(':scope > .step')].map(
		(s) => s.querySelector<HTMLElement>(':scope > .card') ?? s
	);
	let current = -1;
	let stopped = false;
	const set = (i: number) => {
		if (i === current) return;
		const first = current === -1;
		current = i;
		// A step change re-renders a chart. Run it in a task of its own rather than inside the
		// scroll, scrollend or IntersectionObserver task that noticed the step (which also
		// renders the frame): together they made long tasks (> 50 ms) on slow phones. Costs a
		// frame; a step passed over meanwhile is skipped. The state on load is set at once.
		if (first) onStep(i);
		else setTimeout(() => !stopped && current === i && onStep(i));
	};
	const sync = () => set(stepAt(steps, window.innerHeight * TRIGGER, bounds));

	let timer: ReturnType<typeof setTimeout> | undefined;
	const later = (ms: number) => () => {
		clearTimeout(timer);
		timer = setTimeout(sync, ms);
	};
	const onScroll = later(120);
	const onResize = later(150);
	let scroller: { destroy(): void; resize(): void } | undefined;

	const setUp = () =>
		import('scrollama').then(({ default: scrollama }) => {
			if (stopped) return;
			const s = scrollama();
			s.setup({ step: steps, offset: TRIGGER })
				.onStepEnter(({ index }) => set(index))
				.onStepExit(({ index, direction }) => {
					if (direction === 'up') set(Math.max(0, index - 1));
				});
			scroller = s;
			sync();
		});
	const cancelSetUp = whenNear(bounds, '50% 0px', () => void setUp());

	const onResizeAll = () => {
		scroller?.resize();
		onResize();
	};
	// The first check waits for a frame to be drawn: measuring now would lay the page out
	// inside this script's task (the page's longest) rather than in the browser's own.
	requestAnimationFrame(() => setTimeout(() => !stopped && sync()));
	addEventListener('scroll', onScroll, { passive: true });
	addEventListener('scrollend', sync);
	addEventListener('resize', onResizeAll);
	addEventListener('orientationchange', onResizeAll);
	addEventListener('hashchange', sync);
	addEventListener('pageshow', sync);
	addEventListener('load', sync);

	return () => {
		stopped = true;
		clearTimeout(timer);
		cancelSetUp();
		scroller?.destroy();
		removeEventListener('scroll', onScroll);
		removeEventListener('scrollend', sync);
		removeEventListener('resize', onResizeAll);
		removeEventListener('orientationchange', onResizeAll);
		removeEventListener('hashchange', sync);
		removeEventListener('pageshow', sync);
		removeEventListener('load', sync);
	};
}
