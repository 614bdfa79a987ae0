import { error, json } from '@sveltejs/kit';
import { CHART_SLUGS, isChartSlug, stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { choiceName, parseChoiceName, type EmbedChoice } from '$lib/embed/code';
import { oembedAnswer } from '$lib/embed/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every choice the embed builder offers: state, theme, title and key (the defaults excepted). */
export const entries: EntryGenerator = () =>
	CHART_SLUGS.flatMap((slug) => {
		const steps = stepsOf(slug, story);
		const choices: EmbedChoice[] = [];
		for (const step of [...Array.from({ length: steps - 1 }, (_, i) => i), undefined])
			for (const theme of ['auto', 'light', 'dark'] as const)
				for (const title of [true, false]) for (const key of [true, false]) choices.push({ step, theme, title, key });
		return choices.map(choiceName).filter(Boolean).map((choice) => ({ slug, choice }));
	});

/** oEmbed answer for one choice of the embed builder: its code and its state's preview image. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	const choice = parseChoiceName(params.choice, stepsOf(params.slug, story));
	if (!choice) error(404, 'No such choice');
	return json(oembedAnswer(params.slug, url.origin, choice));
};
