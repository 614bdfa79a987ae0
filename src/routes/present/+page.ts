import { browser } from '$app/environment';
import type { PageLoad } from './$types';

/**
 * The slides are rendered on the server only (prerendering): in the browser the deck keeps the
 * server's markup, so neither the narrative nor its numbers are loaded or run there. A universal
 * load's result is not sent to the browser; there it returns a placeholder (see Deck).
 */
export const load: PageLoad = async () => {
	if (browser) return { slides: { body: '<!-- prerendered -->', head: '' } };
	const { renderSlides } = await import('$lib/classroom/render-slides');
	return { slides: renderSlides() };
};
