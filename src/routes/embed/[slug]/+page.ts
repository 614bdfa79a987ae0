import { error } from '@sveltejs/kit';
import { loadChart } from '$lib/charts/load';
import { CHART_SLUGS, isChartSlug } from '$lib/data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

export const load: PageLoad = async ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	// Only this chart's code: an embed is a guest on someone else's page.
	return { slug: params.slug, chart: await loadChart[params.slug]() };
};
