/**
 * One CSV per chart, one row a mark. Record keys and codes stay machine-friendly (event and
 * agreement slugs, sector and status codes), but articles are named as readers know them, never
 * by our internal source ids: the citations are flattened into `sources` (outlet names, as
 * names.ts gives them), `headlines` and `quotes`. Dates say only what the articles say.
 */
import { csvFormat } from 'd3-dsv';
import type { Citation, StoryData } from '$data/story';
import type { ChartSlug } from './index';
import { claimant, sourceIds, sourceName } from './names';
import { agreementSeries, cadenceSeries, delegationSeries, tradeSeries } from './series';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The citations as three columns; lists are separated by "; ", quotes by " | ". */
export function citeColumns(data: StoryData, c: Citation[]) {
	const ids = sourceIds(data, c);
	return {
		sources: ids.map((id) => sourceName(data, id)).join('; '),
		headlines: ids.map((id) => data.sources.find((s) => s.id === id)!.headline).join('; '),
		quotes: c.map((x) => x.quote).join(' | ')
	};
}

/**
 * The dates an event's articles give, at the precision they give them: "2025-01-28", "2025-02"
 * (a month), "2025-01 (approximate)", "2025-07-03; 2025-07-31" for a date the articles differ on.
 */
function claimedDates(data: StoryData, id: string): string {
	const d = data.events.find((e) => e.id === id)?.date;
	if (!d) return '';
	if (d.claims?.length) return d.claims.map((c) => c.date).join('; ');
	return d.precision === 'approximate' ? `${d.date} (approximate)` : d.date;
}

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

export function chartRows(slug: ChartSlug, data: StoryData): Record<string, string | number | null>[] {
	// Every row says how current it is: when the data were last checked against the articles.
	return rowsOf(slug, data).map((row) => ({ ...row, data_as_of: data.checked }));
}

function rowsOf(slug: ChartSlug, data: StoryData): Record<string, string | number | null>[] {
	const cite = (c: Citation[]) => citeColumns(data, c);
	switch (slug) {
		case 'meeting-cadence':
			return cadenceSeries(data).map((m) => ({
				id: m.id,
				title: m.title,
				kind: m.kind,
				contact: m.contact ? 'yes' : 'no',
				date: m.dateLabel,
				// Where the chart draws the mark (mid-month when only a month is known): a plotting
				// position, not a date from the articles. Those are in `claimed_dates`.
				plotted_at: iso(m.at),
				claimed_dates: claimedDates(data, m.id),
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
					account_of_name: col.claim ? sourceName(data, col.claim.source) : null,
					side: m.side,
					person: m.person,
					name: m.name,
					role: m.role,
					sector: m.sector,
					unnamed: m.unnamed ? 'yes' : 'no',
					one_article_only: m.oneSource ? 'yes' : 'no',
					one_article_name: m.oneSource ? sourceName(data, m.oneSource) : null,
					...cite(m.citations),
					// Articles that give the title shown but do not place the person at this contact.
					title_only_sources:
						sourceIds(data, m.roleCitations)
							.filter((id) => !m.citations.some((c) => c.source === id))
							.map((id) => sourceName(data, id))
							.join('; ') || null
				}))
			);
		case 'agreements':
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
				// The article's own words; our description of the record goes under `note`.
				wording: wordingOf(data, m.id) ?? m.wording,
				note: noteOf(data, m.id),
				date: m.dateLabel,
				...cite(m.citations)
			}));
	}
}

export const chartCsv = (slug: ChartSlug, data: StoryData) => csvFormat(chartRows(slug, data));
