import { json } from '@sveltejs/kit';
import { CHARTS, stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { storyLink } from '$lib/story/sections';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The charts of the registry and where each one's pieces are: for anyone reusing the data, and
 * for the browser tests and the bench, which take their list of charts from here.
 */
export const GET: RequestHandler = () =>
	json(
		CHARTS.map((c) => ({
			slug: c.slug,
			title: c.title,
			states: c.states(story),
			steps: stepsOf(c.slug, story),
			story: storyLink(c.slug),
			embed: `/embed/${c.slug}`,
			csv: `/data/${c.slug}.csv`,
			json: `/data/${c.slug}.json`
		}))
	);
