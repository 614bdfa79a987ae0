/**
 * How readers see a source or a claimant: the one place that names them. Internal ids
 * ("seed-004", "trt") never reach a reader; every view names sources through here.
 */
import type { Citation, Source, StatusEntry, StoryData } from '$data/story';
import { sayDate, sayIso, sayVisitFrom } from './dates';
import { en } from '$lib/i18n/ui/en';

/** How much of the name a place has room for. */
type NameForm =
	/** A source marker: "TRT World", "A pragmatic rapprochement". */
	| 'short'
	/** Prose and tables: the reporting outlet, the relay, or the headline where no outlet is named. */
	| 'full';

function find(data: StoryData, id: string): Source | undefined {
	return data.sources.find((x) => x.id === id);
}

/** The article's title in quotes; for a text without a headline, says so. */
export function headlineOf(s: Source): string {
	return s.untitled ? en.untitled.replace('{quote}', `“${s.headline}”`) : `“${s.headline}”`;
}

/**
 * A source as readers see it. The reporting outlet comes first, then who relayed it:
 * "Asharq Al-Awsat, translated by The Syrian Observer"; an article with no named outlet is
 * named by its headline: "“Syria - Russia: A pragmatic rapprochement”".
 */
export function sourceName(data: StoryData, id: string, form: NameForm = 'full'): string {
	const s = find(data, id);
	if (!s) throw new Error(`src/lib/data/names.ts: no source "${id}" in data/story.ts.`);
	if (form === 'short') return s.short;
	if (!s.outlet) return `“${s.headline}”`;
	if (s.reportedBy && s.relay?.role === 'translated') return `${s.reportedBy}, translated by ${s.outlet}`;
	return s.outlet;
}

/**
 * A source with its headline, as a note or a quotation credits it: "TRT World, “Can Russia…”",
 * "Asharq Al-Awsat, translated by The Syrian Observer, no headline; it opens “…”"; an article
 * with no named outlet by its headline alone, saying so.
 */
export function sourceCredit(data: StoryData, id: string): string {
	const s = find(data, id)!;
	return s.outlet ? `${sourceName(data, id)}, ${headlineOf(s)}` : `${headlineOf(s)}, no named outlet`;
}

/** When an article was published, as precisely as we know it: "about January 2025". */
export function publishedWhen(data: StoryData, id: string): string {
	const s = find(data, id);
	if (!s) return '';
	return `${s.published.precision === 'approximate' ? 'about ' : ''}${sayIso(s.published.date)}`;
}

/** What the relaying outlet says of the text, for source lists and notes; '' where nothing. */
export function relayNote(data: StoryData, id: string): string {
	const s = find(data, id);
	if (!s?.relay || !s.outlet) return '';
	return s.relay.role === 'translated'
		? en.relayTranslated.replace('{outlet}', s.outlet).replace('{quote}', `“${s.relay.disclaimer}.”`)
		: en.relaySyndicated.replace('{outlet}', s.outlet).replace('{quote}', `“${s.relay.disclaimer}”`);
}

/**
 * A status entry's date in words; one the article ties only to a visit whose start it dates
 * reads "from 31 July 2025 (TRT World: visit began “on the last day of July”)".
 */
export function sayEntryDate(data: StoryData, h: StatusEntry): string {
	return h.visitFrom ? sayVisitFrom(h.date, sourceName(data, h.visitFrom.source, 'short'), h.visitFrom.wording) : sayDate(h);
}

/** Replaces every source or person id in `text` with its name. */
export function claimant(data: StoryData, text: string): string {
	const names = new Map<string, string>([
		...data.sources.map((s) => [s.id, sourceName(data, s.id)] as [string, string]),
		...data.people.map((p) => [p.id, p.name] as [string, string])
	]);
	return text.replace(/[a-z0-9]+(?:-[a-z0-9]+)*/g, (tok) => names.get(tok) ?? tok);
}

/** The distinct sources of some citations, in the order the data lists sources. */
export function sourceIds(data: StoryData, citations: { source: string }[]): string[] {
	const used = new Set(citations.map((c) => c.source));
	return data.sources.filter((s) => used.has(s.id)).map((s) => s.id);
}

/** The citations as three columns; lists are separated by "; ", quotes by " | ". */
export function citeColumns(data: StoryData, c: Citation[]) {
	const ids = sourceIds(data, c);
	return {
		sources: ids.map((id) => sourceName(data, id)).join('; '),
		headlines: ids.map((id) => data.sources.find((s) => s.id === id)!.headline).join('; '),
		quotes: c.map((x) => x.quote).join(' | ')
	};
}
