/** The agreements' CSV: one row per status claim, with who claims it. */
import type { StatusEntry, StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { citeColumns, sourceIds } from '$lib/data/names';
import { agreementSeries } from '$lib/data/series';
import type { CsvRow } from '../types';
import { speech, type Speech } from '../speech';
import { claimantOf } from './text';
import { agreementsWords } from './words';

/**
 * A status entry's date as the article gives it: "about January 2025", "from 31 July 2025 (TRT
 * World: visit began “…”)"; one the article does not date is placed when it was reported, and says so.
 */
function dateOf(h: StatusEntry, sp: Speech): string {
	const w = agreementsWords[sp.lang];
	const said = h.visitFrom
		? sp.fill(w.visitFrom, { date: sp.say.date(h.date), source: sp.source(h.visitFrom.source, 'short'), wording: sp.t(h.visitFrom.wording) })
		: sp.say.fuzzy(h);
	return h.reportedOnly ? sp.fill(w.reportedOnly, { date: said }) : said;
}

/**
 * One row per status claim in one edition: ids and codes as English has them; titles, dates,
 * claimants, notes and source names in the edition's words (headlines and quotes stay English).
 */
export function agreementRows(data: StoryData, lang: Lang = 'en'): CsvRow[] {
	const sp = speech(data, lang);
	const who = claimantOf(data, lang);
	return agreementSeries(data).flatMap((row) => {
		const history = data.agreements.find((a) => a.id === row.id)!.history;
		return row.segments.map((s, i) => ({
			agreement: row.id,
			title: sp.t(row.title),
			sector: row.sector,
			signed: row.signed,
			date: dateOf(history[i]!, sp),
			status: s.status,
			claimed_by_name: who(s.claimedBy),
			note: s.note ? who(s.note) : null,
			...citeColumns(data, s.citations),
			sources: sourceIds(data, s.citations).map((id) => sp.source(id)).join(sp.w.namesSep)
		}));
	});
}
