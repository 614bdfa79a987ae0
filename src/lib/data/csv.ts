/** One CSV per chart, one row a mark, with the citations flattened into two columns. */
import { csvFormat } from 'd3-dsv';
import type { Citation, StoryData } from '$data/story';
import type { ChartSlug } from './index';
import { agreementSeries, cadenceSeries, delegationSeries, tradeSeries } from './series';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const cite = (c: Citation[]) => ({
	sources: [...new Set(c.map((x) => x.source))].join('; '),
	quotes: c.map((x) => x.quote).join(' | ')
});

export function chartRows(slug: ChartSlug, data: StoryData): Record<string, string | number | null>[] {
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
					side: m.side,
					person: m.person,
					name: m.name,
					role: m.role,
					sector: m.sector,
					unnamed: m.unnamed ? 'yes' : 'no',
					disputed: m.disputed,
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
					note: s.note,
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
