/**
 * One CSV per chart, one row a mark. Codes stay machine-friendly (ids, sector and status codes),
 * but every id a reader might meet has its words beside it: the citations are flattened into
 * `source_ids`, `sources` (outlet names, as names.ts gives them), `headlines` and `quotes`.
 */
import { csvFormat } from 'd3-dsv';
import type { Citation, StoryData } from '$data/story';
import type { ChartSlug } from './index';
import { claimant, sourceIds, sourceName } from './names';
import { agreementSeries, cadenceSeries, delegationSeries, tradeSeries } from './series';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The citations as four columns; lists are separated by "; ", quotes by " | ". */
export function citeColumns(data: StoryData, c: Citation[]) {
	const ids = sourceIds(data, c);
	return {
		source_ids: ids.join('; '),
		sources: ids.map((id) => sourceName(data, id)).join('; '),
		headlines: ids.map((id) => data.sources.find((s) => s.id === id)!.headline).join('; '),
		quotes: c.map((x) => x.quote).join(' | ')
	};
}

export function chartRows(slug: ChartSlug, data: StoryData): Record<string, string | number | null>[] {
	const cite = (c: Citation[]) => citeColumns(data, c);
	switch (slug) {
		case 'meeting-cadence':
			return cadenceSeries(data).map((m) => ({
				id: m.id,
				title: m.title,
				kind: m.kind,
				contact: m.contact ? 'yes' : 'no',
				date: m.dateLabel,
				plotted_at: iso(m.at),
				claimed_dates: m.claimed.map(iso).join('; '),
				disputed: m.disputed ? 'yes' : 'no',
				direction: m.direction,
				level: m.level,
				place: m.place,
				days_since_previous_contact: m.gap ? (m.gap.min === m.gap.max ? m.gap.min : `${m.gap.min}–${m.gap.max}`) : null,
				...cite(m.citations)
			}));
		case 'delegations':
			return delegationSeries(data).flatMap((col) =>
				col.marks.map((m) => ({
					event: m.event,
					event_date: m.eventDate,
					account_of: col.claim ? col.claim.source : null,
					account_of_name: col.claim ? sourceName(data, col.claim.source) : null,
					side: m.side,
					person: m.person,
					name: m.name,
					role: m.role,
					sector: m.sector,
					unnamed: m.unnamed ? 'yes' : 'no',
					one_article_only: m.oneSource ? 'yes' : 'no',
					one_article_name: m.oneSource ? sourceName(data, m.oneSource) : null,
					...cite(m.citations)
				}))
			);
		case 'agreements':
			return agreementSeries(data).flatMap((row) =>
				row.segments.map((s) => ({
					agreement: row.id,
					title: row.title,
					sector: row.sector,
					signed: row.signed,
					date: s.dateLabel,
					status: s.status,
					claimed_by: s.claimedBy,
					claimed_by_name: claimant(data, s.claimedBy),
					note: s.note ? claimant(data, s.note) : null,
					...cite(s.citations)
				}))
			);
		case 'trade-range':
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
				wording: m.wording,
				date: m.dateLabel,
				...cite(m.citations)
			}));
	}
}

export const chartCsv = (slug: ChartSlug, data: StoryData) => csvFormat(chartRows(slug, data));
