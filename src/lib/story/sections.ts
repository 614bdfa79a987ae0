/**
 * The story's sections, in order: the one list behind the headings of Story.svx, the table of
 * contents, the charts' anchors, the teacher's guide, the notes and the slide plan. Without the
 * data, so the deck's script can name sections without loading it.
 */
import type { ChartSlug } from '$lib/data/slugs';

interface Section {
	/** The heading's id: `/#meetings`. */
	id: string;
	/** Its short name (table of contents, notes, guide). */
	title: string;
	/** The heading in the story, where it says more than the short name. */
	heading?: string;
	/** The chart told in this section's steps. */
	chart?: ChartSlug;
}

export const SECTIONS: readonly Section[] = [
	{ id: 'fall', title: 'The fall of Assad', heading: 'The fall of Assad and the old patronage' },
	{ id: 'meetings', title: 'The rhythm of contacts', chart: 'meeting-cadence' },
	{ id: 'delegations', title: 'Who sits at the table', chart: 'delegations' },
	{ id: 'agreements', title: 'What is being renegotiated', chart: 'agreements' },
	{ id: 'trade', title: 'Money and reconstruction', chart: 'trade-range' },
	{ id: 'unresolved', title: 'What stays unresolved' },
	{ id: 'disagreements', title: 'Where the sources disagree' },
	{ id: 'sources', title: 'Sources and method' }
];

export function section(id: string): Section {
	const s = SECTIONS.find((x) => x.id === id);
	if (!s) throw new Error(`No story section "${id}" (src/lib/story/sections.ts)`);
	return s;
}

/** The section that tells a chart: its anchor in the story. */
export function chartSection(slug: ChartSlug): Section {
	const s = SECTIONS.find((x) => x.chart === slug);
	if (!s) throw new Error(`No story section tells the chart "${slug}" (src/lib/story/sections.ts)`);
	return s;
}

/** Where a chart is told in the story: its section, or the story's top for a chart it does not tell. */
export const storyLink = (slug: ChartSlug) => {
	const s = SECTIONS.find((x) => x.chart === slug);
	return s ? `/#${s.id}` : '/';
};
