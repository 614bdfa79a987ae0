/**
 * How a chart speaks in one edition: its words (`words/`), numbers and dates (`$lib/i18n/say`),
 * the data's own words translated (`data/editions`) and sources named as that edition names
 * them. English is an edition like the others here: its words are the ones the charts always had.
 */
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { sayFor, type Say } from '$lib/i18n/say';
import { dataTranslator } from '$lib/i18n/data-editions';
import { isolated } from '$lib/cite/book';
import { sourceCredit, sourceName } from '$lib/data/names';
import { fill } from '$lib/i18n/checked';
import { chartWords, type ChartWords } from './words';

export interface Speech {
	lang: Lang;
	say: Say;
	w: ChartWords;
	/** A string of the data (a title, a place) in the edition. */
	t: (english: string) => string;
	/** Our translation of a citation's quote; null in English, where the quote is the article's own. */
	quote: (english: string) => string | null;
	/** A source's name: `short` on a label, `full` in a sentence or a table. */
	source: (id: string, form?: 'short' | 'full') => string;
	/** A source as a quote is credited: with its headline in English, the name alone in an edition. */
	credit: (id: string) => string;
	fill: typeof fill;
	/** A word at the start of a sentence. */
	upper: (s: string) => string;
}

export function speech(data: StoryData, lang: Lang = 'en'): Speech {
	const words = lang === 'en' ? null : dataTranslator(lang);
	const t = words ? words.t : (s: string) => s;
	const source = (id: string, form: 'short' | 'full' = 'full') => {
		if (lang === 'en') return sourceName(data, id, form);
		const s = data.sources.find((x) => x.id === id);
		if (!s) throw new Error(`citation of unknown source "${id}"`);
		return isolated(s.names[lang][form], lang);
	};
	return {
		lang,
		say: sayFor(lang),
		w: chartWords(lang),
		t,
		quote: (english) => (words ? words.quote(english) : null),
		source,
		credit: (id) => (lang === 'en' ? sourceCredit(data, id) : source(id)),
		fill,
		upper: (s) => s.replace(/^./, (c) => c.toLocaleUpperCase(lang))
	};
}
