/**
 * One derived series per chart: the marks each chart draws, in order. Charts, tables, CSV
 * downloads and prose all read these, so a mark, a table row and a CSV row are the same thing.
 */
import type {
	Agreement,
	AgreementStatus,
	Citation,
	Direction,
	EventKind,
	Level,
	Sector,
	StoryData,
	StoryEvent
} from '$data/story';
import { compareDates } from './validate';
import { dateBounds, daysBetween, placeDate, sayDate, sayShort } from './dates';
import { sayEntryDate } from './names';


/** Context kinds drawn on the cadence chart; reports are sources about events, not events. */
const CONTEXT_KINDS: EventKind[] = [
	'regime-change',
	'annulment',
	'conflict',
	'shipment',
	'court',
	'election',
	'statement'
];

export interface CadenceMark {
	id: string;
	title: string;
	kind: EventKind;
	contact: boolean;
	direction: Direction;
	level: Level;
	at: Date;
	/** Every claimed date, for disputed dates (otherwise just `at`). */
	claimed: Date[];
	disputed: boolean;
	dateLabel: string;
	shortLabel: string;
	place: string | null;
	/** Earliest and latest day the date can mean, over every claim. */
	bounds: [Date, Date];
	/** Days since the previous contact, shortest and longest the dates allow (null for the first). */
	gap: { min: number; max: number } | null;
	people: number;
	outcomes: string[];
	firsts: string[];
	citations: Citation[];
}

function boundsOf(e: StoryEvent): [Date, Date] {
	const all = (e.date.claims?.length ? e.date.claims.map((c) => c.date) : [e.date.date]).map(dateBounds);
	return [all.map((b) => b[0]).sort((a, b) => +a - +b)[0]!, all.map((b) => b[1]).sort((a, b) => +b - +a)[0]!];
}

export function cadenceSeries(data: StoryData): CadenceMark[] {
	const inPeriod = (e: StoryEvent) =>
		compareDates(e.date.date, data.period.from) >= 0 && compareDates(e.date.date, data.period.to) <= 0;
	const marks = data.events
		.filter((e) => inPeriod(e) && (e.contact || CONTEXT_KINDS.includes(e.kind)))
		.map((e) => {
			const claimed = e.date.claims?.length ? e.date.claims.map((c) => placeDate(c.date)) : [placeDate(e.date.date)];
			return {
				id: e.id,
				title: e.title,
				kind: e.kind,
				contact: e.contact,
				direction: e.direction,
				level: e.level,
				at: placeDate(e.date.date),
				claimed,
				disputed: e.date.precision === 'disputed',
				dateLabel: sayDate(e.date),
				shortLabel: sayShort(e.date),
				place: e.place,
				bounds: boundsOf(e),
				gap: null as { min: number; max: number } | null,
				people: e.participants.filter((p) => p.person).length,
				outcomes: e.outcomes,
				firsts: e.firsts,
				citations: e.citations
			};
		})
		// Ids are lowercase ASCII slugs (validate.ts), so plain comparison orders them as
		// localeCompare would, without loading the ICU collator (~40 ms of hydration on a phone).
		.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let previous: CadenceMark | undefined;
	for (const m of marks) {
		if (!m.contact) continue;
		if (previous) {
			const min = Math.max(0, daysBetween(previous.bounds[1], m.bounds[0]));
			m.gap = { min, max: daysBetween(previous.bounds[0], m.bounds[1]) };
		}
		previous = m;
	}
	return marks;
}

export {
	delegationSeries,
	presenceGroups,
	presencesText,
	singleSource,
	singleSourcePresences,
	type DelegationColumn,
	type DelegationMark,
	type SingleSourcePresence
} from './delegations';

export interface StatusSegment {
	key: string;
	agreement: string;
	status: AgreementStatus;
	claimedBy: string;
	from: Date;
	/** Where the segment ends: the next entry, or the end of the period. */
	to: Date;
	dateLabel: string;
	/** Set when an entry starts before the period (e.g. signed 2019). */
	before: boolean;
	note: string | null;
	citations: Citation[];
}

export interface AgreementRow {
	id: string;
	title: string;
	kind: Agreement['kind'];
	sector: Sector;
	signed: number | null;
	parties: string[];
	segments: StatusSegment[];
	/** The status at the end of the period. */
	latest: AgreementStatus;
	citations: Citation[];
}

export function agreementSeries(data: StoryData): AgreementRow[] {
	const start = placeDate(`${data.period.from}-01`);
	const [ey, em] = data.period.to.split('-').map(Number) as [number, number];
	const end = new Date(Date.UTC(ey, em, 1));
	return data.agreements.map((a) => {
		const segments = a.history.map((h, i): StatusSegment => {
			const next = a.history[i + 1];
			const from = placeDate(h.date);
			return {
				key: `${a.id}:${i}`,
				agreement: a.id,
				status: h.status,
				claimedBy: h.claimedBy,
				from: from < start ? start : from,
				to: next ? placeDate(next.date) : end,
				dateLabel: sayEntryDate(data, h),
				before: from < start,
				note: h.note ?? null,
				citations: h.citations
			};
		});
		return {
			id: a.id,
			title: a.title,
			kind: a.kind,
			sector: a.sector,
			signed: a.signed,
			parties: a.parties,
			segments,
			latest: a.history.at(-1)!.status,
			citations: a.citations
		};
	});
}

export interface TradeMark {
	id: string;
	kind: 'range' | 'count' | 'event';
	label: string;
	low: number | null;
	high: number | null;
	value: number | null;
	qualifier: string | null;
	unit: string | null;
	items: string[];
	/** The seed's wording or our context line. */
	wording: string;
	dateLabel: string | null;
	citations: Citation[];
}

/** Economy records, then the events the trade chart annotates (wheat shipments). */
export function tradeSeries(data: StoryData): TradeMark[] {
	const economy = data.economy.map(
		(r): TradeMark =>
			r.kind === 'range'
				? { id: r.id, kind: 'range', label: r.label, low: r.low, high: r.high, value: null, qualifier: null,
					unit: r.currency, items: r.constraints, wording: r.wording, dateLabel: null, citations: r.citations }
				: { id: r.id, kind: 'count', label: r.label, low: null, high: null, value: r.value, qualifier: r.qualifier,
					unit: r.unit, items: r.items ?? [], wording: r.context ?? '', dateLabel: null, citations: r.citations }
	);
	const events = data.events
		.filter((e) => e.kind === 'shipment')
		.map(
			(e): TradeMark => ({ id: e.id, kind: 'event', label: e.title, low: null, high: null, value: null,
				qualifier: null, unit: null, items: e.topics, wording: e.outcomes.join('; '),
				dateLabel: sayDate(e.date), citations: e.citations })
		);
	return [...economy, ...events];
}
