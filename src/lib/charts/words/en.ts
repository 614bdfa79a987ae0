/**
 * The words every chart shares, in English: the labels that go with a colour (`palette.ts`) and
 * the figure's own words (hints, tools, table). Each edition translates them key for key
 * (`ru.ts`, `ar.ts`); a chart's own sentences live in its folder's `words.ts`.
 */
export const en = {
	labels: {
		direction: { 'to-damascus': 'Russians to Damascus', 'to-moscow': 'Syrians to Moscow', phone: 'Phone call', other: 'Context' },
		/** The same inside a sentence ("(phone call, ministers)"). */
		directionInline: { 'to-damascus': 'Russians to Damascus', 'to-moscow': 'Syrians to Moscow', phone: 'phone call', other: 'context' },
		level: { 'head-of-state': 'Top leaders', minister: 'Ministers', 'deputy-minister': 'Deputy minister', none: '—' },
		levelInline: { 'head-of-state': 'top leaders', minister: 'ministers', 'deputy-minister': 'deputy minister', none: '—' },
		sector: {
			presidency: 'Presidency',
			'foreign-affairs': 'Foreign affairs',
			defence: 'Defence',
			intelligence: 'Intelligence',
			economy: 'Economy, trade',
			health: 'Health',
			other: 'Other officials'
		},
		family: {
			active: 'In force or agreed',
			pending: 'Proposed, promised, requested, reported or under review',
			contested: 'Unresolved, disputed or suspended',
			ended: 'Annulled, transferred or refused'
		},
		status: {
			'in-force': 'In force',
			agreed: 'Agreed',
			proposed: 'Proposed',
			promised: 'Promised to respect',
			requested: 'Requested',
			reported: 'Reportedly signed',
			'under-review': 'Under review',
			unresolved: 'Unresolved',
			disputed: 'Disputed',
			suspended: 'Suspended',
			annulled: 'Annulled',
			transferred: 'Transferred',
			refused: 'Refused'
		}
	},
	/** Under the chart title: how to reach a mark's facts, with and without a script. */
	hint: 'Tap a mark, or tab to the chart and use the arrow keys, to see its facts and source.',
	tableHint: 'Every mark’s facts and sources are in the table under ‘Show data’.',
	/** The same, where the table is further down the page ("below the last chart"). */
	tableHintAt: 'Every mark’s facts and sources are in the table under ‘Show data’ {at}.',
	/** The same, for a story chart (its table follows the text that goes with it). */
	tableHintStory: 'Every mark’s facts and sources are in the table under ‘Show data’, after the text that goes with this chart.',
	/** What a screen reader calls a chart's key. */
	key: 'Key',
	/** Said by a screen reader when a story step changes the chart's state. */
	now: '{title}, now: {state}',
	/** The marks' toolbar, as a screen reader names it. */
	marks: '{title}: marks. Use arrow keys to move, Escape to clear.',
	marksInRows: '{title}: marks. Up and Down move between rows, Left and Right through one row, Escape clears.',
	sourceOne: 'Source: {names}.',
	sourceMany: 'Sources: {names}.',
	/** A span of days in a sentence, when the dates allow more than one value: "4 to 31". */
	daysRange: '{min} to {max}',
	/** Between the names of a source line. */
	namesSep: '; ',
	/** Before a mark's quote, in its detail panel. */
	detailSource: 'Source: {from}',
	showData: 'Show data',
	scrollable: '{caption} (scrollable)',
	downloadData: 'Download data:',
	imageOfState: 'Image of this state:',
	imageOfStateIn: 'Image of this state ({theme}):',
	themes: { light: 'light', dark: 'dark' },
	png2x: 'PNG 2× (print)',
	embed: 'Embed this chart',
	embedHow: 'Paste this into your page; the frame sizes itself to the chart.',
	copyCode: 'Copy code',
	/** Said after Copy code: copied, or (clipboard refused) selected for the reader to copy. */
	copied: 'Copied the embed code.',
	selectToCopy: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
	embedBuilder: 'Another state, theme, or without title or key: the embed builder'
};

export type ChartWords = typeof en;
