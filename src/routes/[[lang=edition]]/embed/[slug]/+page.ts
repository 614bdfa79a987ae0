import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/charts/registry';
import { EDITIONS, type Lang } from '$lib/i18n/editions';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => EDITIONS.flatMap(({ lang }) => CHART_SLUGS.map((slug) => ({ lang: lang === 'en' ? undefined : lang, slug })));

export const load: PageLoad = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return { slug: params.slug, lang: (params.lang ?? 'en') as Lang };
};
// No Svelte runtime in the browser: the page is static HTML plus one small script (see +page.svelte).
export const csr = false;
