/**
 * One CSV per chart, one row a mark (each chart's `rows`). Record keys and codes stay
 * machine-friendly (event and agreement slugs, sector and status codes), but articles are named
 * as readers know them, never by our internal source ids: the citations are flattened into
 * `sources` (outlet names, as names.ts gives them), `headlines` and `quotes`. Dates say only what
 * the articles say.
 *
 * In an edition (`/ru/data/SLUG.csv`) the rows are the same rows, with the same columns in the
 * same order and every code, ISO date and number as English has them; the words readers read
 * (titles, names, roles, places, date words, source names, labels) are the edition's, and so is
 * the header row (each chart's `csvHeaders`, words.ts). Headlines and quotes stay the articles'
 * English: they are the evidence. The JSON (`/data/SLUG.json`) is English only.
 */
import { csvFormat, csvFormatBody, csvFormatRows } from 'd3-dsv';
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { chart } from '$lib/charts/registry';
import type { CsvRow } from '$lib/charts/types';

export function chartRows(slug: string, data: StoryData, lang: Lang = 'en'): CsvRow[] {
	// Every row says how current it is: when the data were last checked against the articles.
	return chart(slug).rows(data, lang).map((row) => ({ ...row, data_as_of: data.checked }));
}

export function chartCsv(slug: string, data: StoryData, lang: Lang = 'en'): string {
	const rows = chartRows(slug, data, lang);
	const labels = lang === 'en' ? undefined : chart(slug).csvHeaders?.(lang);
	if (!labels) return csvFormat(rows);
	// The columns as English has them (d3 takes them from the rows, in order of appearance).
	const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
	const header = keys.map((k) => {
		const label = labels[k];
		if (!label) throw new Error(`src/lib/charts/${slug}/words.ts (${lang}): no csvHeaders label for the column "${k}"`);
		return label;
	});
	return `${csvFormatRows([header])}\n${csvFormatBody(rows, keys)}`;
}
