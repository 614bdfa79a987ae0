import { error } from '@sveltejs/kit';
import { charts } from '$lib/charts/registry';
import { CHART_SLUGS, isChartSlug, story } from '$lib/data';
import { svgSnapshot } from '$lib/embed/snapshot';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

/** Static snapshot of the chart's default (complete, final) state. */
export const GET: RequestHandler = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	const step = charts[params.slug].steps(story) - 1;
	return new Response(svgSnapshot(params.slug, story, step), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
