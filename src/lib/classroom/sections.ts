/** Short names of the story's sections (the `<h2 id>`s of Story.svx), for notes and handouts. */
export const sectionTitles: Record<string, string> = {
	fall: 'The fall of Assad',
	meetings: 'The rhythm of contacts',
	delegations: 'Who sits at the table',
	agreements: 'What is being renegotiated',
	trade: 'Money and reconstruction',
	unresolved: 'What stays unresolved',
	disagreements: 'Where the sources disagree',
	sources: 'Sources and method'
};

/** Small counts as words, as the story writes them (“five articles”). */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const countWord = (n: number) => WORDS[n] ?? String(n);

/** The data downloads: the whole file and one table per chart. */
export const downloads = [
	{ href: '/data/story.json', label: 'Whole data file (JSON)' },
	{ href: '/data/meeting-cadence.csv', label: 'Contacts (CSV)' },
	{ href: '/data/delegations.csv', label: 'Delegations (CSV)' },
	{ href: '/data/agreements.csv', label: 'Agreements (CSV)' },
	{ href: '/data/trade-range.csv', label: 'Money and reconstruction (CSV)' }
];
