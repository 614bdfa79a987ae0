/**
 * Which slides of /present draw their chart. Loading the deck draws only the slide on screen:
 * parsing, laying out and hydrating some twenty charts at once made a phone wait, and even one
 * neighbour's chart doubled the work of loading. The server draws slide 1's chart (the title
 * slide has none); every other chart it puts in <noscript>, which readers without JavaScript see
 * (the deck then reads top to bottom) and browsers running the deck do not even parse. Once the
 * presenter moves, the new slide draws its chart before it shows, and its neighbours draw theirs
 * when the browser is idle, so that the next turn is instant. A drawn chart is kept.
 */
import { SvelteSet } from 'svelte/reactivity';
import { browser } from '$app/environment';
import { slideFromHash } from './slides';

/** Far more slides than a deck has: the hash is checked against the real count later. */
const ANY = 9999;

const whenIdle = (fn: () => void) =>
	typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

export function nearbySlides() {
	const seen = new SvelteSet<number>();
	const draw = (n: number) => {
		if (!seen.has(n)) seen.add(n);
	};
	// Known before hydration: the slide on screen keeps its prerendered chart.
	const first = (browser && slideFromHash(location.hash, ANY)) || 1;
	draw(first);
	return {
		/** Whether slide `n` draws its chart now. */
		draws: (n: number) => seen.has(n),
		/** The presenter is at (or jumping to) slide `n`. */
		visit(n: number) {
			draw(n);
			// On load (the deck shows the first slide) nothing more is drawn until the presenter moves.
			if (n === first && seen.size === 1) return;
			// One chart per idle period: each is a task of its own.
			whenIdle(() => {
				draw(n + 1);
				whenIdle(() => draw(n - 1));
			});
		}
	};
}
