import type { PageLoad } from './$types';

/**
 * The deck is prerendered HTML with one small script of its own (see +page.svelte): no Svelte
 * runs in the browser, so the load runs on the server only.
 */
export const csr = false;

export const load: PageLoad = async () => {
	const { renderSlides } = await import('$lib/classroom/render-slides');
	return { slides: renderSlides() };
};
