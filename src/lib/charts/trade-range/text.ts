/** Words for the trade-range chart, all generated from the data: caption, description, details, table. */
import { format } from 'd3-format';
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { sourceIds } from '$lib/data/names';
import { tradeSeries, type TradeMark } from '$lib/data/series';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { speech, type Speech } from '../speech';
import { tradeWords } from './words';
import type { Detail, TableSpec } from '../types';

const num = format(',~r');
const short = format('~g');

/** A number as this chart has always printed it in English (`english`), or as the edition's `Intl` does. */
export const numIn = (sp: Speech, v: number, english: (v: number) => string = num) => (sp.lang === 'en' ? english(v) : sp.say.num(v));

/** Axis ticks: "$0", "$250M", "$1B", "$1.2B"; «250 млн $», «1 مليار $». */
export function moneyTick(v: number, sp: Speech): string {
	const w = tradeWords[sp.lang];
	const n = (x: number) => numIn(sp, +x.toPrecision(6), short);
	if (v === 0) return sp.fill(w.tick, { n: numIn(sp, 0) });
	if (v >= 1e9) return sp.fill(w.tickB, { n: n(v / 1e9) });
	if (v >= 1e6) return sp.fill(w.tickM, { n: n(v / 1e6) });
	if (v >= 1e3) return sp.fill(w.tickK, { n: n(v / 1e3) });
	return sp.fill(w.tick, { n: numIn(sp, v) });
}

/** The article's qualifier ("around") in the edition's words; English prints the data's own. */
export function qualifierIn(sp: Speech, q: string): string {
	const word = (tradeWords[sp.lang].qualifiers as Record<string, string>)[q];
	if (word) return word;
	if (sp.lang === 'en') return q;
	throw new Error(`src/lib/charts/trade-range/words.ts (${sp.lang}): no wording for the qualifier "${q}"`);
}

/** The first quote that states the constraints, else the record's first quote (read in English). */
function constraintQuote(m: TradeMark) {
	return m.citations.find((c) => m.items.every((i) => c.quote.includes(i))) ?? m.citations[0] ?? null;
}

/**
 * The chart's marks with their words in one edition (labels, items, periods, dates, wording),
 * plus what the English data says of each: its constraint quote and its "reportedly" hedge.
 */
export function tradeMarks(data: StoryData, sp: Speech) {
	return tradeSeries(data).map((m) => {
		const event = m.kind === 'event' ? data.events.find((e) => e.id === m.id) : undefined;
		const record = data.economy.find((r) => r.id === m.id);
		const period = record?.kind === 'range' && record.period !== null ? sp.t(record.period) : null;
		// The data's units have no translation: an edition names what is counted by its label.
		const what = sp.lang !== 'en' ? sp.t(m.label) : m.value === 0 && m.unit && m.label.startsWith(m.unit) ? m.label : (m.unit ?? '');
		return {
			...m,
			label: sp.t(m.label),
			items: m.items.map((i) => sp.t(i)),
			wording: event ? event.outcomes.map((o) => sp.t(o)).join(sp.w.namesSep) : m.wording && sp.t(m.wording),
			dateLabel: event ? sp.say.fuzzy(event.date) : null,
			period,
			what,
			constraint: constraintQuote(m),
			/** Does the source hedge the record? Read from the quotes and our context line. */
			reportedly: /\breportedly\b/i.test([m.wording, ...m.citations.map((c) => c.quote)].join(' '))
		};
	});
}
type SaidMark = ReturnType<typeof tradeMarks>[number];

/** "around 40 ongoing investment projects", "no Russian companies on the list…"; «Текущие … проекты (…): около 40». */
export function countPhrase(m: SaidMark, sp: Speech): string {
	const w = tradeWords[sp.lang];
	if (m.value === 0) return sp.fill(w.countNone, { what: m.what }).trim();
	const n = numIn(sp, m.value ?? 0);
	return (m.qualifier ? sp.fill(w.countQualified, { qualifier: qualifierIn(sp, m.qualifier), n, what: m.what }) : sp.fill(w.count, { n, what: m.what })).trim();
}

/** The constraint's quote as the chart shows it: the article's English, or our translation in an edition. */
export const quoteOf = (m: SaidMark, sp: Speech) => (m.constraint ? (sp.quote(m.constraint.quote) ?? m.constraint.quote) : m.wording);

export function tradeText(data: StoryData, lang: Lang = 'en') {
	const sp = speech(data, lang);
	const { say, fill, upper } = sp;
	const w = tradeWords[lang];
	const series = tradeMarks(data, sp);
	const ranges = series.filter((m) => m.kind === 'range');
	const counts = series.filter((m) => m.kind === 'count');
	const events = series.filter((m) => m.kind === 'event');
	const span = (m: SaidMark) => ({ label: m.label, low: say.money(m.low ?? 0), high: say.money(m.high ?? 0) });
	const count = (m: SaidMark) => countPhrase(m, sp);

	// Short sentences (Chartability's reading level).
	const rangeLine = (m: SaidMark) => fill(m.period ? w.rangeLine : w.rangeLineNoPeriod, { ...span(m), label: upper(m.label), period: m.period ?? '' });
	const countLine = (m: SaidMark) => fill(m.value === 0 && m.reportedly ? w.thereAreReportedly : w.thereAre, { count: count(m) });
	const takeaway = [...ranges.map(rangeLine), ...counts.map(countLine)].join(' ');

	const description = [
		...ranges.map(
			(m) =>
				fill(w.descRange, span(m)) +
				(m.period ? fill(w.descPeriod, { period: m.period }) : w.descNoPeriod) +
				(m.items.length ? fill(w.descConstraint, { items: say.list(m.items), quote: quoteOf(m, sp) }) : '')
		),
		...counts.map((m) =>
			m.value === 0
				? m.items.length
					? fill(m.reportedly ? w.thereAreReportedlyIncludes : w.thereAreIncludes, { count: count(m), items: say.list(m.items) })
					: countLine(m)
				: fill(w.drawnAs, { count: upper(count(m)), squares: fill(say.form(m.value ?? 0, w.squares), { n: numIn(sp, m.value ?? 0) }) }) +
					(m.qualifier ? fill(w.approximate, { qualifier: qualifierIn(sp, m.qualifier) }) : '') +
					(m.items.length ? fill(w.spans, { items: say.list(m.items) }) : '')
		),
		...events.map((m) => fill(w.eventLine, { date: m.dateLabel ?? '', label: m.label, wording: m.wording }))
	].join(' ');

	const detailFor = (key: string): Detail | null => {
		const m = series.find((s) => s.id === key);
		if (!m) return null;
		const facts: Detail['facts'] = [];
		if (m.kind === 'range') {
			facts.push([w.low, say.money(m.low ?? 0)], [w.high, say.money(m.high ?? 0)]);
			facts.push([w.period, m.period ?? w.notGiven]);
			if (m.items.length) facts.push([w.constrainedBy, say.list(m.items)]);
			facts.push([w.wording, m.wording]);
		} else if (m.kind === 'count') {
			const n = numIn(sp, m.value ?? 0);
			facts.push([w.number, m.value === 0 ? fill(w.noneNumber, { what: m.unit ?? '' }) : m.qualifier ? fill(w.qualified, { qualifier: qualifierIn(sp, m.qualifier), n }) : n]);
			if (m.qualifier) facts.push([w.precision, fill(w.approx, { qualifier: qualifierIn(sp, m.qualifier) })]);
			if (m.items.length) facts.push([m.value === 0 ? w.listedInstead : w.spanning, say.list(m.items)]);
			if (m.reportedly) facts.push([w.hedge, w.hedgeSays]);
		} else {
			if (m.dateLabel) facts.push([w.date, m.dateLabel]);
			if (m.items.length) facts.push([w.context, say.list(m.items)]);
		}
		return { heading: m.label, facts, cites: cites(data, m.citations, sp) };
	};

	const table: TableSpec = {
		caption: w.caption,
		columns: tableColumns(
			[['label', w.item], ['kind', w.kind], ['low_usd', w.low], ['high_usd', w.high], ['value', w.number], ['qualifier', w.qualifier], ['items', w.listedWith], ['date', w.date], ['sources', w.sources]],
			['low_usd', 'high_usd', 'value']
		),
		rows: series.map((m) => ({
			label: m.label,
			kind: w.kinds[m.kind],
			low_usd: m.low === null ? null : say.money(m.low),
			high_usd: m.high === null ? null : say.money(m.high),
			value: m.value === null ? null : numIn(sp, m.value),
			qualifier: m.qualifier && qualifierIn(sp, m.qualifier),
			items: m.items.length ? say.list(m.items) : null,
			date: m.dateLabel,
			sources: sourceIds(data, m.citations).map((id) => sp.source(id)).join(sp.w.namesSep)
		}))
	};

	// Each state's sentence names the outlet that reports what it shows.
	const credit = (m: SaidMark) => sp.source(m.citations[0]!.source);
	const first = ranges[0];
	const states = [
		first ? fill(first.period ? w.stateRange : w.stateRangeNoPeriod, { ...span(first), source: credit(first), period: first.period ?? '' }) : w.noRange,
		first?.items.length ? fill(w.stateConstraints, { label: first.label, items: say.list(first.items), source: sp.source(first.constraint!.source) }) : w.noConstraints,
		...(counts.length ? counts : [null]).map((m, i) => {
			const last = i === Math.max(0, counts.length - 1);
			const shipments = last && events.length ? fill(w.alsoOnChart, { events: say.list(events.map((e) => fill(w.eventCredit, { label: e.label, source: credit(e) }))) }) : '';
			const said = !m ? '' : fill(m.value !== 0 ? w.stateCount : m.reportedly ? w.stateNoneReportedly : w.stateNone, { source: credit(m), count: count(m) });
			return `${said}${shipments}${last ? w.nothingGrey : ''}`.trim();
		})
	];
	return { title: w.title, takeaway, sourceLine: sourceLine(data, series.flatMap((m) => m.citations), sp), description, detailFor, table, states };
}
