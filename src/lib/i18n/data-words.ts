/**
 * The data's words in an edition: data/editions/LANG.ts translates, key for key, every string
 * of data/story.ts that readers see (titles, labels, notes, roles…) and every citation quote.
 * Keys are the English itself, so an English string added or reworded without its translation
 * stops the build, naming it, and so does a translation whose English is gone (stale).
 * Numbers, dates, ids and codes are not words: they are never translated.
 */
import type { StoryData } from '$data/story';

/** Fields that hold codes, ids, dates or names kept elsewhere, not words to translate. */
const NOT_WORDS = new Set([
	'id', 'source', 'date', 'file', 'precision', 'kind', 'status', 'side', 'sector', 'level', 'direction', 'url', 'slug',
	'currency', 'unit', 'type', 'role', 'person', 'event', 'agreement', 'claim', 'short', 'reportedBy', 'from', 'to', 'name', 'names',
	'variants', 'headline', 'outlet', 'checked', 'when', 'about'
]);

/** Every string readers see in the data, and every citation quote, in the data's order, once. */
function dataWords(data: StoryData): { strings: string[]; quotes: string[] } {
	const strings = new Set<string>([data.title]);
	const quotes = new Set<string>();
	// Inside a field that is not words (a date's claims), quotes are still quotes.
	const walk = (v: unknown, words = true) => {
		if (Array.isArray(v)) v.forEach((x) => (typeof x === 'string' ? words && strings.add(x) : walk(x, words)));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				if (k === 'citations') for (const c of x as { quote: string }[]) quotes.add(c.quote);
				else if (typeof x === 'string') {
					if (words && !NOT_WORDS.has(k)) strings.add(x);
				} else walk(x, words && !NOT_WORDS.has(k));
			}
	};
	const { title: _t, period: _p, checked: _c, ...records } = data;
	walk(records);
	return { strings: [...strings], quotes: [...quotes] };
}

export interface EditionWords {
	strings: Record<string, string>;
	quotes: Record<string, string>;
}

/** What an edition's file lacks (or leaves empty) and what it has that the data no longer says. */
export function wordProblems(data: StoryData, edition: EditionWords) {
	const want = dataWords(data);
	const gaps = (list: string[], have: Record<string, string>) => list.filter((s) => !have[s]?.trim());
	const stale = (list: string[], have: Record<string, string>) => Object.keys(have).filter((k) => !list.includes(k));
	return {
		missing: [...gaps(want.strings, edition.strings), ...gaps(want.quotes, edition.quotes)],
		stale: [...stale(want.strings, edition.strings), ...stale(want.quotes, edition.quotes)]
	};
}

/** The translation of one data string or quote; an unknown one stops the build, naming it. */
export function translator(edition: EditionWords, file: string) {
	const get = (table: Record<string, string>, what: string) => (english: string) => {
		const t = table[english];
		if (!t) throw new Error(`${file}: no ${what} for “${english}”`);
		return t;
	};
	return { t: get(edition.strings, 'translation'), quote: get(edition.quotes, 'translation of the quote') };
}
