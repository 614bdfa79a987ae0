/** The money chart's CSV: one row per range, count or shipment, in the articles' own words. */
import type { StoryData } from '$data/story';
import { citeColumns } from '$lib/data/names';
import { tradeSeries } from '$lib/data/series';
import type { CsvRow } from '../types';

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

export function tradeRows(data: StoryData): CsvRow[] {
	return tradeSeries(data).map((m) => ({
		id: m.id,
		kind: m.kind,
		label: m.label,
		low_usd: m.low,
		high_usd: m.high,
		value: m.value,
		qualifier: m.qualifier,
		unit: m.unit,
		items: m.items.join('; '),
		// The article's own words; our description of the record goes under `note`.
		wording: wordingOf(data, m.id) ?? m.wording,
		note: noteOf(data, m.id),
		date: m.dateLabel,
		...citeColumns(data, m.citations)
	}));
}
