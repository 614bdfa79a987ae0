import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return { slug: params.slug };
};
