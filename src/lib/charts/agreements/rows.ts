/** The agreements' CSV: one row per status claim, with who claims it. */
import type { StoryData } from '$data/story';
import { citeColumns, claimant } from '$lib/data/names';
import { agreementSeries } from '$lib/data/series';
import type { CsvRow } from '../types';

export function agreementRows(data: StoryData): CsvRow[] {
	return agreementSeries(data).flatMap((row) =>
		row.segments.map((s, i) => ({
			agreement: row.id,
			title: row.title,
			sector: row.sector,
			signed: row.signed,
			// A status the article does not date is placed when it was reported; say so.
			date: data.agreements.find((a) => a.id === row.id)?.history[i]?.reportedOnly
				? `date not given (reported ${s.dateLabel})`
				: s.dateLabel,
			status: s.status,
			claimed_by_name: claimant(data, s.claimedBy),
			note: s.note ? claimant(data, s.note) : null,
			...citeColumns(data, s.citations)
		}))
	);
}
