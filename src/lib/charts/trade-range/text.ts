/** Words for the trade-range chart, all generated from the data: caption, description, details, table. */
import { speech } from '../speech';
import { format } from 'd3-format';
import type { StoryData } from '$data/story';
import { sourceName, sourceNames } from '$lib/data/names';
import { tradeSeries, type TradeMark } from '$lib/data/series';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { listText, money, upper } from '$lib/words';
import type { Detail, TableSpec } from '../types';

/** The chart's title, wherever it is shown. */
export const TITLE = 'Money and reconstruction';

const num = format(',~r');
const short = format('~g');

/** Axis ticks: "$0", "$250M", "$1B", "$1.2B". */
export function moneyTick(v: number): string {
	if (v === 0) return '$0';
	if (v >= 1e9) return `$${short(+(v / 1e9).toPrecision(6))}B`;
	if (v >= 1e6) return `$${short(+(v / 1e6).toPrecision(6))}M`;
	if (v >= 1e3) return `$${short(+(v / 1e3).toPrecision(6))}K`;
	return `$${num(v)}`;
}

/** "around 40 ongoing investment projects", "no Russian companies". */
export function countPhrase(m: TradeMark): string {
	if (m.value === 0) return `no ${m.unit ?? ''}`.trim();
	return [m.qualifier, num(m.value ?? 0), m.unit].filter(Boolean).join(' ');
}

/** "$650 million to $1 billion". */
const rangePhrase = (m: TradeMark) => `${money(m.low ?? 0)} to ${money(m.high ?? 0)}`;

/** The period as the source gives it; null when it gives none (we never invent one). */
export const periodOf = (data: StoryData, id: string): string | null => {
	const r = data.economy.find((e) => e.id === id);
	return r?.kind === 'range' ? r.period : null;
};

/** Does the source hedge the record ("reportedly")? Read from the quotes and our context line. */
export const hedgeOf = (m: TradeMark): string | null =>
	/\breportedly\b/i.test([m.wording, ...m.citations.map((c) => c.quote)].join(' ')) ? 'reportedly' : null;


/** The first quote that states the constraints, else the record's first quote. */
export function constraintQuote(m: TradeMark) {
	return m.citations.find((c) => m.items.every((i) => c.quote.includes(i))) ?? m.citations[0] ?? null;
}

export function tradeText(data: StoryData) {
	// Still English in every edition (the editions show it marked so).
	const english = speech(data);
	const series = tradeSeries(data);
	const ranges = series.filter((m) => m.kind === 'range');
	const counts = series.filter((m) => m.kind === 'count');
	const events = series.filter((m) => m.kind === 'event');

	// Short sentences (Chartability's reading level).
	const rangeLine = (m: TradeMark) => {
		const period = periodOf(data, m.id);
		return `${upper(m.label)} ranges from ${rangePhrase(m)}${period ? ` ${period}` : ', with no period given'}.`;
	};
	const countLine = (m: TradeMark) =>
		m.value === 0 ? `${hedgeOf(m) ? `${upper(hedgeOf(m)!)}, there are` : 'There are'} ${noLabel(m)}.` : `There are ${countPhrase(m)}.`;
	const takeaway = [...ranges.map(rangeLine), ...counts.map(countLine)].join(' ');

	const description = [
		...ranges.map((m) => {
			const period = periodOf(data, m.id);
			return (
				`A US-dollar axis shows ${m.label} as a band from ${money(m.low ?? 0)} to ${money(m.high ?? 0)}. ` +
				`It is a range, not a single estimate. ${period ? `The period is ${period}.` : 'The article gives no period for it.'}` +
				(m.items.length ? ` The source says it is constrained by ${listText(m.items)}: “${constraintQuote(m)?.quote ?? m.wording}”.` : '')
			);
		}),
		...counts.map((m) =>
			m.value === 0
				? `${hedgeOf(m) ? `${upper(hedgeOf(m)!)}, there are` : 'There are'} ${noLabel(m)}` +
					(m.items.length ? `; it includes ${listText(m.items)} firms.` : '.')
				: `${upper(countPhrase(m))} are drawn as ${num(m.value ?? 0)} small squares.` +
					(m.qualifier ? ` The number is approximate (“${m.qualifier}”).` : '') +
					(m.items.length ? ` They span ${listText(m.items)}, with no breakdown given.` : '')
		),
		...events.map((m) => `${m.dateLabel}: ${m.label}. ${m.wording}`)
	].join(' ');

	const detailFor = (key: string): Detail | null => {
		const m = series.find((s) => s.id === key);
		if (!m) return null;
		const facts: Detail['facts'] = [];
		if (m.kind === 'range') {
			facts.push(['Low', money(m.low ?? 0)], ['High', money(m.high ?? 0)]);
			facts.push(['Period', periodOf(data, m.id) ?? 'Not given in the source']);
			if (m.items.length) facts.push(['Constrained by', listText(m.items)]);
			facts.push(['Source’s wording', m.wording]);
		} else if (m.kind === 'count') {
			facts.push(['Number', m.value === 0 ? `0 (${m.unit ?? ''}: none listed)` : `${m.qualifier ? `${m.qualifier} ` : ''}${num(m.value ?? 0)}`]);
			if (m.qualifier) facts.push(['Precision', `approximate (“${m.qualifier}”)`]);
			if (m.items.length) facts.push([m.value === 0 ? 'Listed instead' : 'Spanning', listText(m.items)]);
			if (hedgeOf(m)) facts.push(['Hedge', `the source says “${hedgeOf(m)}”`]);
		} else {
			if (m.dateLabel) facts.push(['Date', m.dateLabel]);
			if (m.items.length) facts.push(['Context', listText(m.items)]);
		}
		return { heading: m.label, facts, cites: cites(data, m.citations, english) };
	};

	const table: TableSpec = {
		caption: 'Russia–Syria trade, investment projects, the reconstruction list and wheat shipments, as the sources give them',
		columns: tableColumns(
			[['label', 'Item'], ['kind', 'Kind'], ['low_usd', 'Low'], ['high_usd', 'High'], ['value', 'Number'], ['qualifier', 'Qualifier'], ['items', 'Listed with it'], ['date', 'Date'], ['sources', 'Sources']],
			['low_usd', 'high_usd', 'value']
		),
		rows: series.map((m) => ({
			label: m.label,
			kind: m.kind === 'range' ? 'Money range' : m.kind === 'count' ? 'Count' : 'Event',
			low_usd: m.low === null ? null : money(m.low),
			high_usd: m.high === null ? null : money(m.high),
			value: m.value === null ? null : num(m.value),
			qualifier: m.qualifier,
			items: m.items.length ? listText(m.items) : null,
			date: m.dateLabel,
			sources: sourceNames(data, m.citations)
		}))
	};

	// Each state's sentence names the outlet that reports what it shows.
	const credit = (m: TradeMark) => sourceName(data, m.citations[0]!.source);
	const states = [
		ranges[0]
			? `According to ${credit(ranges[0])}, ${ranges[0].label} ranges from ${rangePhrase(ranges[0])}${periodOf(data, ranges[0].id) ? ` ${periodOf(data, ranges[0].id)}` : '; the article gives no period'}.`
			: 'No range is given.',
		ranges[0]?.items.length
			? `${ranges[0].label} is constrained by ${listText(ranges[0].items)}, ${sourceName(data, constraintQuote(ranges[0])!.source)} reports.`
			: 'The source gives no constraints.',
		...(counts.length ? counts : [null]).map((m, i) => {
			const last = i === Math.max(0, counts.length - 1);
			const shipments = last && events.length ? ` Also on the chart: ${listText(events.map((e) => `${e.label} (${credit(e)})`))}.` : '';
			const said = !m ? '' : m.value === 0 ? `According to ${credit(m)}, there are ${hedgeOf(m) ? `${hedgeOf(m)} ` : ''}${noLabel(m)}.` : `${credit(m)} reports ${countPhrase(m)}.`;
			return `${said}${shipments}${last ? ' Nothing is greyed out.' : ''}`.trim();
		})
	];
	return { title: TITLE, takeaway, sourceLine: sourceLine(data, series.flatMap((m) => m.citations), english), description, detailFor, table, states };
}

/** "no Russian companies on the list of firms…" when the label starts with the unit. */
function noLabel(m: TradeMark): string {
	const unit = m.unit ?? '';
	return unit && m.label.startsWith(unit) ? `no ${m.label}` : countPhrase(m);
}
