import { error, json } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug } from '$lib/charts/registry';
import { EDITIONS } from '$lib/i18n/editions';
import { oembedAnswer } from '$lib/embed/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => EDITIONS.flatMap(({ lang }) => CHART_SLUGS.map((slug) => ({ lang: lang === 'en' ? undefined : lang, slug })));

/** oEmbed answer for a chart as embedded by default (its complete state, the reader's theme), in one edition. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	return json(oembedAnswer(params.slug, url.origin, { lang: params.lang ?? 'en' }));
};
