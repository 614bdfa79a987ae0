/**
 * One CSV per chart, one row a mark (each chart's `rows`). Record keys and codes stay
 * machine-friendly (event and agreement slugs, sector and status codes), but articles are named
 * as readers know them, never by our internal source ids: the citations are flattened into
 * `sources` (outlet names, as names.ts gives them), `headlines` and `quotes`. Dates say only what
 * the articles say.
 */
import { csvFormat } from 'd3-dsv';
import type { StoryData } from '$data/story';
import { chart } from '$lib/charts/registry';
import type { CsvRow } from '$lib/charts/types';

export function chartRows(slug: string, data: StoryData): CsvRow[] {
	// Every row says how current it is: when the data were last checked against the articles.
	return chart(slug).rows(data).map((row) => ({ ...row, data_as_of: data.checked }));
}

export const chartCsv = (slug: string, data: StoryData) => csvFormat(chartRows(slug, data));
