/**
 * What names a chart without its data: title, the name of its table, and its anchor in the story
 * (from the story's sections). The gallery, embeds, downloads, the 404 page and the deck read it.
 */
import { CHART_SLUGS, type ChartSlug } from '$lib/data/slugs';
import { chartSection } from '$lib/story/sections';

const NAMES: Record<ChartSlug, { title: string; table: string }> = {
	'meeting-cadence': { title: 'How often Russia and Syria met', table: 'Contacts' },
	delegations: { title: 'Who sat at the table', table: 'Delegations' },
	agreements: { title: 'What is being renegotiated', table: 'Agreements' },
	'trade-range': { title: 'Money and reconstruction', table: 'Money and reconstruction' }
};

export const chartMeta: Record<ChartSlug, { title: string; table: string; anchor: string }> = Object.fromEntries(
	CHART_SLUGS.map((slug) => [slug, { ...NAMES[slug], anchor: chartSection(slug).id }])
) as Record<ChartSlug, { title: string; table: string; anchor: string }>;

/** The data downloads: the whole file and one table per chart. */
export const dataDownloads = [
	{ href: '/data/story.json', label: 'Whole data file (JSON)' },
	...CHART_SLUGS.map((slug) => ({ href: `/data/${slug}.csv`, label: `${NAMES[slug].table} (CSV)` }))
];
