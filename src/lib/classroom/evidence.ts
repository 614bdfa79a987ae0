/**
 * What the sources say on each section's discussion questions: the disagreements and money
 * figures of the data that bear on it, each claim with its source and exact words.
 */
import { story } from '$lib/data';
import { claimant, sourceName } from '$lib/data/names';

interface Evidence {
	heading: string;
	claims: { who: string; says: string; quotes: { quote: string; from: string }[] }[];
	note: string | null;
}

/** Data records per story section: disagreement ids, or economy record ids. */
const RELATED: Record<string, string[]> = {
	fall: ['assad-escape'],
	meetings: ['july-date'],
	delegations: ['july-attendees'],
	agreements: ['old-agreements'],
	trade: ['trade-range', 'investment-projects', 'reconstruction-list'],
	unresolved: ['extradition-for-bases', 'bases-future'],
	disagreements: ['russia-standing', 'summit-outcome']
};

const quotes = (cites: { source: string; quote: string }[]) =>
	cites.map((c) => ({ quote: c.quote, from: sourceName(story, c.source) }));

export function evidenceFor(section: string): Evidence[] {
	return (RELATED[section] ?? []).flatMap((id): Evidence[] => {
		const d = story.disagreements.find((x) => x.id === id);
		if (d)
			return [
				{
					heading: d.topic,
					claims: d.claims.map((c) => ({ who: claimant(story, c.claimedBy), says: c.says, quotes: quotes(c.citations) })),
					note: claimant(story, d.note)
				}
			];
		const e = story.economy.find((x) => x.id === id);
		if (e) return [{ heading: e.label, claims: [{ who: '', says: '', quotes: quotes(e.citations) }], note: null }];
		return [];
	});
}
