import { error, json } from '@sveltejs/kit';
import { render } from 'svelte/server';
import Chart from '$lib/charts/Chart.svelte';
import { CHART_SLUGS, isChartSlug, stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { STORY_WIDTHS, type StoryStates } from '$lib/story/widths';
import { EDITIONS } from '$lib/i18n/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => CHART_SLUGS.flatMap((slug) => STORY_WIDTHS.map((w) => ({ lang: lang === 'en' ? undefined : lang, slug, w: String(w) }))));

/**
 * Every state of one story chart drawn at one plot width, in one edition, by the same components
 * as the page.
 * The story runs no Svelte: its script fetches the file for the width that fits and swaps the
 * plot of the step in view. Svelte's hydration comments are dropped (nothing hydrates them).
 */
export const GET: RequestHandler = ({ params }) => {
	const width = Number(params.w);
	if (!isChartSlug(params.slug) || !(STORY_WIDTHS as readonly number[]).includes(width)) error(404, 'No such chart width');
	const slug = params.slug;
	const lang = params.lang ?? 'en';
	const html = (part: 'plots' | 'details', step = 0) =>
		render(Chart, { props: { slug, data: story, step, widths: [width], idPrefix: 'story-', part, lang } }).body.replace(/<!--[^]*?-->/g, '').trim();
	// A mark's facts are the same in every state: each once, apart from the plots.
	const steps = Array.from({ length: stepsOf(slug, story) }, (_, step) => html('plots', step));
	return json({ slug, width, steps, details: html('details') } satisfies StoryStates);
};
