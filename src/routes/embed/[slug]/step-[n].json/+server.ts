import { error, json } from '@sveltejs/kit';
import { render } from 'svelte/server';
import Chart from '$lib/charts/Chart.svelte';
import { CHART_SLUGS, isChartSlug, stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { EMBED_WIDTHS } from '$lib/embed/variants';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	CHART_SLUGS.flatMap((slug) => Array.from({ length: stepsOf(slug, story) }, (_, n) => ({ slug, n: String(n) })));

/**
 * One state of an embedded chart as the embed page draws it (same components, same props but
 * the step), for the page's script to swap in when ?step asks for it. JSON, not a page.
 */
export const GET: RequestHandler = ({ params }) => {
	const steps = isChartSlug(params.slug) ? stepsOf(params.slug, story) : 0;
	const step = /^\d{1,3}$/.test(params.n) ? Number(params.n) : -1;
	if (!isChartSlug(params.slug) || step < 0 || step >= steps) error(404, 'No such chart state');
	const { body } = render(Chart, {
		props: { slug: params.slug, data: story, step, widths: EMBED_WIDTHS, idPrefix: 'embed-', headingLevel: 1, tools: false }
	});
	return json({ step, html: body });
};
