import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/charts/registry';
import { story } from '$lib/data';
import { chartCsv } from '$lib/data/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return new Response(chartCsv(params.slug, story), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
