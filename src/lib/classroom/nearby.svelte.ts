/**
 * Which slides of /present draw their chart. The server draws every one (the deck reads top to
 * bottom without JavaScript); in the browser only the slide on screen and its neighbours do, so
 * that loading the deck does not hydrate some twenty charts at once. Hydration drops the
 * prerendered charts of the other slides; each is drawn when the presenter comes near it, and
 * kept from then on.
 */
import { SvelteSet } from 'svelte/reactivity';
import { browser } from '$app/environment';
import { slideFromHash } from './slides';

/** Far more slides than a deck has: the hash is checked against the real count later. */
const ANY = 9999;

export function nearbySlides() {
	const seen = new SvelteSet<number>();
	const visit = (n: number) => {
		for (const k of [n - 1, n, n + 1]) if (!seen.has(k)) seen.add(k);
	};
	// Known before hydration, so the slide on screen keeps its prerendered chart.
	if (browser) visit(slideFromHash(location.hash, ANY) ?? 1);
	return {
		/** Whether slide `n` draws its chart now. */
		draws: (n: number) => !browser || seen.has(n),
		/** The presenter is at (or jumping to) slide `n`. */
		visit
	};
}
