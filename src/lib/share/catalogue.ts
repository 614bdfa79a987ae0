/** Every file a newsroom can take away, for the routes that draw them and for their links. */
import type { StoryData } from '$data/story';
import { CHART_SLUGS, chart, stepsOf } from '$lib/charts/registry';
import { fill } from '$lib/i18n/checked';
import type { Lang } from '$lib/i18n/editions';
import { ui } from '$lib/i18n/ui';
import { KINDS, THEMES, type Download, type Preview } from './files';

/** Every download of every chart, state, theme and kind. */
export function allDownloads(data: StoryData): Download[] {
	return CHART_SLUGS.flatMap((slug) =>
		Array.from({ length: stepsOf(slug, data) }, (_, step) => THEMES.flatMap((theme) => KINDS.map((kind) => ({ slug, step, theme, kind }))))
	).flat();
}

/**
 * Every link preview of an edition: the story's and each chart's; English also each step's
 * (the embed builder's choices, which are English only).
 */
export function allPreviews(data: StoryData, lang: Lang = 'en'): Preview[] {
	return [
		{ slug: null },
		...CHART_SLUGS.flatMap((slug): Preview[] => [
			{ slug, step: null },
			...(lang === 'en' ? Array.from({ length: stepsOf(slug, data) }, (_, step) => ({ slug, step })) : [])
		])
	];
}

/** What a preview image shows, in words (og:image:alt). */
export function previewAlt(p: Preview, data: StoryData, lang: Lang = 'en'): string {
	const slug = p.slug ?? CHART_SLUGS[0]!;
	const { title, takeaway } = chart(slug).text(data, lang);
	const which = p.slug !== null && p.step !== null ? `, step ${p.step + 1} of ${stepsOf(slug, data)}` : '';
	return fill(ui(lang).previewAlt, { title: `${title}${which}`, takeaway });
}
