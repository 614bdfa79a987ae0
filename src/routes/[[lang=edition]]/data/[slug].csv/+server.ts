import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/charts/registry';
import { EDITIONS } from '$lib/i18n/editions';
import { story } from '$lib/data';
import { chartCsv } from '$lib/data/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EDITIONS.flatMap(({ lang }) => CHART_SLUGS.map((slug) => ({ lang: lang === 'en' ? undefined : lang, slug })));

/** One chart's rows as CSV, in one edition: `/data/SLUG.csv` (English), `/ru/data/SLUG.csv`, `/ar/data/SLUG.csv`. */
export const GET: RequestHandler = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return new Response(chartCsv(params.slug, story, params.lang ?? 'en'), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
