import { editionEntries, langOf } from '$lib/i18n/editions';
import type { EntryGenerator, PageLoad } from './$types';

// The guide is text, links and native <details>: it needs no Svelte in the browser.
export const csr = false;

export const entries: EntryGenerator = editionEntries;

export const load: PageLoad = async ({ params }) => {
	const lang = langOf(params);
	const { renderSlides } = await import('$lib/classroom/render-slides');
	const { slidePlan } = await import('$lib/classroom/plan');
	return { lang, plan: slidePlan(renderSlides(lang).slides) };
};
