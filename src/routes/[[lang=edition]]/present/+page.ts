import { editionEntries, langOf } from '$lib/i18n/editions';
import type { EntryGenerator, PageLoad } from './$types';

/**
 * The deck is prerendered HTML with one small script of its own (see +page.svelte): no Svelte
 * runs in the browser, so the load runs on the server only.
 */
export const csr = false;

export const entries: EntryGenerator = editionEntries;

export const load: PageLoad = async ({ params }) => {
	const lang = langOf(params);
	const { renderSlides } = await import('$lib/classroom/render-slides');
	return { lang, slides: renderSlides(lang) };
};
