/**
 * The slides of /present as HTML, rendered on the server only (prerendering). The page passes
 * the markup to the deck, which keeps it as it is in the browser: hydrating some forty slides
 * of prose was most of the work of loading the deck. `head` holds the charts' own styles (they
 * are injected with their markup), for the charts in <noscript>.
 */
import { render } from 'svelte/server';
import PresentSlides from './PresentSlides.svelte';
import { slideRegistry } from './slides';

export function renderSlides(): { body: string; head: string } {
	// The title slide goes with the notes of the story's first section.
	const { body, head } = render(PresentSlides, { props: { registry: slideRegistry(['fall']) } });
	// Nothing hydrates this markup: drop Svelte's hydration comments (an empty one would also end
	// the deck's {@html} block early).
	return { body: body.replace(/<!--[^]*?-->/g, ''), head };
}
