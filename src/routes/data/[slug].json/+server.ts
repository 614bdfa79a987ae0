import { error, json } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/charts/registry';
import { story } from '$lib/data';
import { chartRows } from '$lib/data/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

/** One chart's marks as JSON: the same rows as its CSV. */
export const GET: RequestHandler = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return json(chartRows(params.slug, story));
};
