import { error } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug, stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { siteTitle } from '$lib/i18n/data-editions';
import { EDITIONS, langOf } from '$lib/i18n/editions';
import { allPreviews } from '$lib/share/catalogue';
import { parsePreview, previewPath } from '$lib/share/files';
import { png } from '$lib/share/raster';
import { PREVIEW } from '$lib/share/dimensions';
import { previewSvg } from '$lib/share/standalone';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang, prefix }) =>
		allPreviews(story, lang).map((p) => ({ lang: lang === 'en' ? undefined : lang, file: previewPath(p, lang).slice(`${prefix}/og/`.length) }))
	);

/** Link previews (og:image), 1200×630, in each edition: the story's, each chart's final state; in English each step's too. */
export const GET: RequestHandler = async ({ params }) => {
	const lang = langOf(params);
	const p = parsePreview(params.file);
	if (!p || (p.slug !== null && !isChartSlug(p.slug)) || (lang !== 'en' && p.slug !== null && p.step !== null)) error(404, 'No such image');
	// The story's preview is the first chart's final state.
	const first = CHART_SLUGS[0]!;
	const svg =
		p.slug === null
			? previewSvg(first, story, stepsOf(first, story) - 1, siteTitle(lang), lang)
			: previewSvg(p.slug, story, p.step ?? stepsOf(p.slug, story) - 1, p.step === null ? '' : `Step ${p.step + 1} of ${stepsOf(p.slug, story)}`, lang);
	return new Response(await png(svg, PREVIEW.width), { headers: { 'content-type': 'image/png' } });
};
