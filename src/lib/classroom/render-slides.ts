/**
 * The slides of /present as HTML, rendered on the server only (prerendering). `head` holds the
 * charts' own styles (they are injected with their markup), for the charts in <noscript> and
 * for the states the deck's script swaps in.
 */
import { render } from 'svelte/server';
import PresentSlides from './PresentSlides.svelte';
import { slideRegistry } from './slides';

export function renderSlides(): { body: string; head: string; total: number } {
	// The title slide goes with the notes of the story's first section.
	const registry = slideRegistry(['fall']);
	const { body, head } = render(PresentSlides, { props: { registry } });
	// Nothing hydrates this markup: Svelte's hydration comments are dropped.
	return { body: body.replace(/<!--[^]*?-->/g, ''), head, total: registry.slides.length };
}
