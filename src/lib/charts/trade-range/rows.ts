/** The money chart's CSV: one row per range, count or shipment, in the articles' own words. */
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { citeColumns, sourceIds } from '$lib/data/names';
import type { CsvRow } from '../types';
import { speech } from '../speech';
import { qualifierIn, tradeMarks } from './text';

/** A count's wording as the article gives it (its first quote); ranges keep their own `wording`. */
function wordingOf(data: StoryData, id: string): string | null {
	const r = data.economy.find((e) => e.id === id);
	if (!r) return null;
	return r.kind === 'range' ? r.wording : (r.citations[0]?.quote ?? null);
}

/** Our words about an economy record (what the number is about), kept apart from the source's. */
function noteOf(data: StoryData, id: string): string | null {
	const r = data.economy.find((e) => e.id === id);
	return r && r.kind === 'count' ? (r.context ?? null) : null;
}

/**
 * One row per mark in one edition: ids, kinds, numbers and the data's units as English has them;
 * labels, qualifiers, items, our notes, dates and source names in the edition's words. An
 * article's own wording stays its English, as headlines and quotes do (they are the evidence).
 */
export function tradeRows(data: StoryData, lang: Lang = 'en'): CsvRow[] {
	const sp = speech(data, lang);
	return tradeMarks(data, sp).map((m) => {
		const note = noteOf(data, m.id);
		return {
			id: m.id,
			kind: m.kind,
			label: m.label,
			low_usd: m.low,
			high_usd: m.high,
			value: m.value,
			qualifier: m.qualifier && qualifierIn(sp, m.qualifier),
			unit: m.unit,
			items: m.items.join(sp.w.namesSep),
			// The article's own words; our description of the record goes under `note`.
			wording: wordingOf(data, m.id) ?? m.wording,
			note: note && sp.t(note),
			date: m.dateLabel,
			...citeColumns(data, m.citations),
			sources: sourceIds(data, m.citations).map((id) => sp.source(id)).join(sp.w.namesSep)
		};
	});
}
