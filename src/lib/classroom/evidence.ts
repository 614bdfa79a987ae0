/**
 * What the sources say on each section's discussion questions: the disagreements and money
 * figures of the data that bear on it, each claim with its source and exact words. In an edition
 * the data's words are translated and each quote is our translation, with the article's English.
 */
import { story } from '$lib/data';
import { claimant } from '$lib/data/names';
import { nameIn } from '$lib/cite/book';
import { claimantIn, dataTranslator } from '$lib/i18n/data-editions';
import type { Lang } from '$lib/i18n/editions';

interface Evidence {
	heading: string;
	claims: { who: string; says: string; quotes: { quote: string; original?: string; from: string }[] }[];
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

export function evidenceFor(section: string, lang: Lang = 'en'): Evidence[] {
	const said =
		lang === 'en'
			? { t: (s: string) => s, who: (s: string) => claimant(story, s), quote: (s: string) => s }
			: { ...dataTranslator(lang), who: claimantIn(lang) };
	const quotes = (cites: { source: string; quote: string }[]) =>
		cites.map((c) => ({ quote: said.quote(c.quote), original: lang === 'en' ? undefined : c.quote, from: nameIn(c.source, 'full', lang) }));
	return (RELATED[section] ?? []).flatMap((id): Evidence[] => {
		const d = story.disagreements.find((x) => x.id === id);
		if (d)
			return [
				{
					heading: said.t(d.topic),
					claims: d.claims.map((c) => ({ who: said.who(c.claimedBy), says: said.t(c.says), quotes: quotes(c.citations) })),
					note: said.who(d.note)
				}
			];
		const e = story.economy.find((x) => x.id === id);
		if (e) return [{ heading: said.t(e.label), claims: [{ who: '', says: '', quotes: quotes(e.citations) }], note: null }];
		return [];
	});
}
