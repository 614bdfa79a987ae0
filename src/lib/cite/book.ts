/**
 * The notes of one page: each source marker takes a number (the same refs share one), and
 * each section's notes list shows the notes first used since the last list. Rendering is
 * server-only and in document order, so a list always follows its markers.
 */
import { getContext, setContext } from 'svelte';
import { story } from '$lib/data';
import { resolveRef, sourcesOf, type Resolved } from '$lib/data/cite';
import { publishedWhen, sourceCredit, sourceName } from '$lib/data/names';
import { sayFor } from '$lib/i18n/say';
import { misquotes } from './quotes';
import type { Lang } from '$lib/i18n/editions';
import { ui } from '$lib/i18n/ui';

interface Note {
	n: number;
	id: string;
	refs: string;
	resolved: Resolved[];
	/** Source ids, in the data's order. */
	sources: string[];
}

interface CiteBook {
	prefix: string;
	/** Notes: markers show numbers and the notes are endnotes (the handout). */
	numbered: boolean;
	cite(refs: string, at: string): Note;
	/** The notes first used since the last call. */
	flush(): Note[];
}

const KEY = Symbol('cite-book');

function makeBook(prefix: string, numbered: boolean): CiteBook {
	// A note is a set of refs; on paper (numbered), where a note lists only its articles, one
	// number per set of articles keeps the endnotes short.
	const byKey = new Map<string, Note>();
	let pending: Note[] = [];
	return {
		prefix,
		numbered,
		cite(refs, at) {
			const sorted = refs.trim().split(/\s+/).sort().join(' ');
			let resolved: Resolved[];
			try {
				resolved = sorted.split(' ').map((r) => resolveRef(story, r));
			} catch (e) {
				throw new Error(`${at}: ${(e as Error).message}`);
			}
			const sources = sourcesOf(story, resolved);
			const key = numbered ? sources.join(' ') : sorted;
			let note = byKey.get(key);
			if (!note) {
				const n = byKey.size + 1;
				note = { n, id: `${prefix}${n}`, refs: sorted, resolved, sources };
				byKey.set(key, note);
				pending.push(note);
			}
			return note;
		},
		flush() {
			const out = pending;
			pending = [];
			return out;
		}
	};
}

/** Starts a page's (or a panel's) notes; `prefix` keeps its note ids apart from others'. */
export function setCiteBook(prefix = 'cn-', numbered = false): CiteBook {
	return setContext(KEY, makeBook(prefix, numbered));
}

/** The notes a page started (the handout gathers all of its notes at its end), or new ones. */
export function ensureCiteBook(prefix: string, numbered: boolean): CiteBook {
	return getContext<CiteBook | undefined>(KEY) ?? setCiteBook(prefix, numbered);
}

export function getCiteBook(): CiteBook {
	const book = getContext<CiteBook | undefined>(KEY);
	if (!book) throw new Error('A source marker (<Cite>) is rendered outside a page that keeps notes (setCiteBook).');
	return book;
}

/** Latin words in right-to-left text, isolated (FSI…PDI, as <bdi> does) so that they read whole. */
export const isolated = (text: string, lang: Lang) => (lang === 'ar' && /[A-Za-z]/.test(text) ? `\u2068${text}\u2069` : text);

/** A source's name in an edition: on a marker (`short`) or in full. */
export const nameIn = (id: string, form: 'short' | 'full', lang: Lang) =>
	lang === 'en' ? sourceName(story, id, form) : isolated(story.sources.find((s) => s.id === id)!.names[lang][form], lang);

/** A source with its headline, as a list credits it (`sourceCredit`), in an edition: headlines stay English. */
export function creditIn(id: string, lang: Lang): string {
	if (lang === 'en') return sourceCredit(story, id);
	const s = story.sources.find((x) => x.id === id)!;
	const w = ui(lang);
	const headline = isolated(s.untitled ? w.untitled.replace('{quote}', `“${s.headline}”`) : `“${s.headline}”`, lang);
	return s.outlet ? `${nameIn(id, 'full', lang)}, ${headline}` : `${headline}, ${w.noOutlet.replace(/^./, (c) => c.toLowerCase())}`;
}

/** When a source was published, as precisely as the data knows, in an edition's words. */
export const publishedIn = (id: string, lang: Lang) =>
	lang === 'en' ? publishedWhen(story, id) : sayFor(lang).fuzzy(story.sources.find((x) => x.id === id)!.published);

/**
 * "TRT World · MENAFN": what a marker shows. It never breaks at a hyphen ("Al‑Awsat"), but may at
 * a space: with the reader's text at 200% on a phone, "A pragmatic rapprochement" kept on one
 * line is wider than the column.
 */
export const markerText = (note: Note, lang: Lang = 'en') => note.sources.map((s) => nameIn(s, 'short', lang).replace(/-/g, '\u2011')).join(' · ');

/** A source's name that holds the marker's words (a label's text must be in its name). */
function spoken(id: string, lang: Lang): string {
	const [short, full] = [nameIn(id, 'short', lang), nameIn(id, 'full', lang)];
	return full.includes(short) ? full : `${short}, ${full}`;
}

/** What a screen reader hears: "Sources: TRT World; MENAFN. Note 3". */
export function markerName(note: Note, lang: Lang = 'en'): string {
	const words = ui(lang);
	return `${note.sources.length > 1 ? words.sources : words.source}: ${note.sources.map((s) => spoken(s, lang)).join('; ')}. ${words.note} ${note.n}`;
}

/**
 * Throws, naming where, when a quotation in `text` is not verbatim in the quotes of `refs`.
 * Headlines count: naming an article by its title is not quoting it.
 */
export function checkQuotes(text: string, refs: string[], at: string): void {
	const cited = refs.flatMap((r) => resolveRef(story, r).citations.map((c) => c.quote));
	const bad = misquotes(text, [...cited, ...story.sources.map((s) => s.headline)]);
	if (bad.length)
		throw new Error(
			`${at}: ${bad.map((b) => `“${b}”`).join(', ')} ${bad.length > 1 ? 'are' : 'is'} not verbatim in the records this sentence cites (${refs.join(' ') || 'none'}). Quote the article word for word, or cite the record that holds the quote.`
		);
}
