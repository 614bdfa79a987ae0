/** The delegations' CSV: one row per person or group at a contact, as each article places them. */
import type { StoryData } from '$data/story';
import { citeColumns, sourceIds, sourceName } from '$lib/data/names';
import { delegationSeries } from '$lib/data/series';
import type { CsvRow } from '../types';

export function delegationRows(data: StoryData): CsvRow[] {
	return delegationSeries(data).flatMap((col) =>
		col.marks.map((m) => ({
			event: m.event,
			event_date: m.eventDate,
			account_of_name: col.claim ? sourceName(data, col.claim.source) : null,
			side: m.side,
			person: m.person,
			name: m.name,
			role: m.role,
			sector: m.sector,
			unnamed: m.unnamed ? 'yes' : 'no',
			one_article_only: m.oneSource ? 'yes' : 'no',
			one_article_name: m.oneSource ? sourceName(data, m.oneSource) : null,
			...citeColumns(data, m.citations),
			// Articles that give the title shown but do not place the person at this contact.
			title_only_sources:
				sourceIds(data, m.roleCitations)
					.filter((id) => !m.citations.some((c) => c.source === id))
					.map((id) => sourceName(data, id))
					.join('; ') || null
		}))
	);
}
