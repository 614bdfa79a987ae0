import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/charts/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return { slug: params.slug };
};
// No Svelte runtime in the browser: the page is static HTML plus one small script (see +page.svelte).
export const csr = false;
