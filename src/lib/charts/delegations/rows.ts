/** The delegations' CSV: one row per person or group at a contact, as each article places them. */
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { citeColumns, sourceIds } from '$lib/data/names';
import { delegationSeries } from '$lib/data/series';
import type { CsvRow } from '../types';
import { speech } from '../speech';
import { delegationColumns } from './layout';

/**
 * One row per person or group in one edition: codes and flags as English has them; dates, names,
 * groups, roles and source names in the edition's words (headlines and quotes stay English).
 */
export function delegationRows(data: StoryData, lang: Lang = 'en'): CsvRow[] {
	const sp = speech(data, lang);
	const names = (ids: string[]) => ids.map((id) => sp.source(id)).join(sp.w.namesSep);
	// The same columns and marks, in the edition's words.
	const said = delegationColumns(data, sp);
	return delegationSeries(data).flatMap((col, i) =>
		col.marks.map((m, j) => {
			const e = said[i]!.marks[j]!;
			return {
				event: m.event,
				event_date: e.eventDate,
				account_of_name: col.claim ? sp.source(col.claim.source) : null,
				side: m.side,
				person: m.person,
				// A group as the article describes it, a cut quotation's "..." kept.
				name: m.person ? e.name : sp.t(m.name),
				role: e.role,
				sector: m.sector,
				unnamed: m.unnamed ? 'yes' : 'no',
				one_article_only: m.oneSource ? 'yes' : 'no',
				one_article_name: m.oneSource ? sp.source(m.oneSource) : null,
				...citeColumns(data, m.citations),
				sources: names(sourceIds(data, m.citations)),
				// Articles that give the title shown but do not place the person at this contact.
				title_only_sources: names(sourceIds(data, m.roleCitations).filter((id) => !m.citations.some((c) => c.source === id))) || null
			};
		})
	);
}
