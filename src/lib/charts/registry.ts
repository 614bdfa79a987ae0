/**
 * The charts, in story order: every page, file, test and the bench find charts here. To add a
 * chart: a folder with its definition (`index.ts`: states, layout, text, rows, view), one line in
 * this list, and a section of the story that tells it (README, "Adding a chart").
 */
import type { StoryData } from '$data/story';
import { story } from '$lib/data';
import { inEdition, type Lang } from '$lib/i18n/editions';
import { agreements } from './agreements';
import { delegations } from './delegations';
import { meetingCadence } from './meeting-cadence';
import { tradeRange } from './trade-range';
import type { ChartDefinition } from './types';

export const CHARTS: readonly ChartDefinition[] = [meetingCadence, delegations, agreements, tradeRange];

export const CHART_SLUGS = CHARTS.map((c) => c.slug);
const bySlug = new Map(CHARTS.map((c) => [c.slug, c]));
export const isChartSlug = (slug: string) => bySlug.has(slug);

/** A chart by slug; a slug the registry does not list stops the build. */
export function chart(slug: string): ChartDefinition {
	const c = bySlug.get(slug);
	if (!c) throw new Error(`No chart "${slug}" in the registry (src/lib/charts/registry.ts)`);
	return c;
}

/** How many states a chart has for this data. */
export const stepsOf = (slug: string, data: StoryData) => chart(slug).states(data).length;

/** The number of a chart's state named `key`; a name the data does not give stops the build. */
export function stateIndex(slug: string, data: StoryData, key: string): number {
	const states = chart(slug).states(data);
	const i = states.indexOf(key);
	if (i < 0) throw new Error(`A story step names the state "${key}" of the chart "${slug}", which has only: ${states.join(', ')}.`);
	return i;
}

/** The data downloads: the whole file and one table per chart. */
export const dataDownloads = [
	{ href: '/data/story.json', label: 'Whole data file (JSON)' },
	...CHARTS.map((c) => ({ href: `/data/${c.slug}.csv`, label: `${c.table} (CSV)` }))
];

/** A chart's title in an edition. */
export const chartTitleIn = (c: ChartDefinition, lang: Lang) => (lang === 'en' ? c.title : c.text(story, lang).title);

/**
 * The data downloads in an edition: the JSON stays English (one file of facts); each chart's CSV
 * has the edition's headers and words (`/ru/data/SLUG.csv`), named by the chart's title.
 */
export const dataDownloadsIn = (lang: Lang, jsonLabel?: string) =>
	lang === 'en'
		? dataDownloads
		: [
				{ href: '/data/story.json', label: jsonLabel ?? dataDownloads[0]!.label },
				...CHARTS.map((c) => ({ href: inEdition(`/data/${c.slug}.csv`, lang), label: `${chartTitleIn(c, lang)} (CSV)` }))
			];
