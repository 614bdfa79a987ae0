import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug, stepsOf } from '$lib/charts/registry';
import { EDITIONS } from '$lib/i18n/editions';
import { story } from '$lib/data';
import { standaloneSvg } from '$lib/share/standalone';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => EDITIONS.flatMap(({ lang }) => CHART_SLUGS.map((slug) => ({ lang: lang === 'en' ? undefined : lang, slug })));

/** A standalone SVG of the chart's complete, final state (light), in one edition; every state (English) is in /downloads. */
export const GET: RequestHandler = ({ params }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	const svg = standaloneSvg(params.slug, story, stepsOf(params.slug, story) - 1, 'light', undefined, params.lang ?? 'en');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
