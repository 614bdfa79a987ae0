/** Words for the cadence chart, all generated from the data: caption, description, details, table. */
import type { StoryData } from '$data/story';
import { dateBounds, daysBetween, sayIso } from '$lib/data/dates';
import { utcFormat } from 'd3-time-format';

const monthName = utcFormat('%B');
import { sourceName, sourceNames } from '$lib/data/names';
import { cadenceSeries } from '$lib/data/series';
import { directionLabel, levelLabel } from '../palette';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { countWord, daysPlain, daysShort, listText, upper } from '$lib/words';
import type { Detail, TableSpec } from '../types';

/** The chart's title, wherever it is shown. */
export const TITLE = 'How often Russia and Syria met';

export function cadenceText(data: StoryData) {
	const series = cadenceSeries(data);
	const contacts = series.filter((m) => m.contact);
	const first = contacts[0];
	const last = contacts.at(-1);
		const gaps = contacts.slice(1).map((m) => daysPlain(m.gap!));

	// A contact the articles date differently may be one event or several (one per date).
	const disputed = contacts.filter((m) => m.disputed);
	const split = disputed.reduce((n, m) => n + m.claimed.length - 1, 0);
	const one = disputed.length === 1 ? disputed[0]! : null;
	const upTo = !split
		? ''
		: one
			? ` (${countWord(contacts.length + split)} if the ${countWord(one.claimed.length)} ${monthName(one.claimed[0]!)} dates are ${countWord(one.claimed.length)} visits)`
			: ` (${countWord(contacts.length + split)} if the differently dated contacts are separate visits)`;
	// The same gaps if each date of the differently dated contact is a visit of its own.
	const apart = (() => {
		if (!one) return null;
		const spans = contacts
			.flatMap((m) =>
				m === one ? (data.events.find((e) => e.id === m.id)?.date.claims ?? []).map((c) => dateBounds(c.date)) : [m.bounds]
			)
			.sort((a, b) => +a[0] - +b[0]);
		return spans.slice(1).map((b, i) => daysPlain({ min: Math.max(0, daysBetween(spans[i]![1], b[0])), max: daysBetween(spans[i]![0], b[1]) }));
	})();
	const where = (m: (typeof contacts)[number]) => (m.place ? `in ${m.place}` : 'a call');
	const who: Record<(typeof contacts)[number]['level'], string> = {
		'head-of-state': 'top leaders',
		minister: 'ministers',
		'deputy-minister': 'a deputy minister',
		none: 'no level given'
	};
	const takeaway =
		first && last
			? `The articles report ${countWord(contacts.length)} high-level contacts${upTo}. ` +
				`The first was ${where(first)} on ${first.dateLabel}, with ${who[first.level]}. ` +
				`The last was ${where(last)} on ${last.dateLabel}, with ${who[last.level]}.`
			: 'No contacts in the data.';

	// Short sentences (Chartability's reading level): one for each contact and each context event.
	const context = series.filter((m) => !m.contact);
	const description = [
		`This timeline runs from ${series[0]?.dateLabel ?? ''} to ${series.at(-1)?.dateLabel ?? ''}.`,
		'It has a row for each level of contact: top leaders, ministers and deputy minister. It also has a row of context events.',
		...contacts.map((m) => `${upper(m.dateLabel)}: ${m.title} (${directionLabel[m.direction].replace(/^Phone/, 'phone')}, ${levelLabel[m.level].toLowerCase()}).`),
		gaps.length
			? one && apart
				? `Days between contacts, if the ${countWord(one.claimed.length)} ${monthName(one.claimed[0]!)} dates are one visit: ${listText(gaps)}. If they are ${countWord(one.claimed.length)} visits: ${listText(apart)}.`
				: `Days between contacts: ${listText(gaps)}.`
			: '',
		context.length ? `Context events: ${context.map((m) => `${upper(m.dateLabel)}: ${m.title}.`).join(' ')}` : '',
		...disputed.map((m) => {
			const claims = data.events.find((e) => e.id === m.id)?.date.claims ?? [];
			const says = claims.map((c) => `${sourceName(data, c.citations[0]!.source)} gives ${sayIso(c.date)}`);
			return `The articles give different dates for one contact (${m.title}). ${upper(says.join('; '))}. The chart draws both dates, joined by a dashed line. The articles do not say whether this was one visit or two.`;
		})
	]
		.filter(Boolean)
		.join(' ');

	const detailFor = (key: string): Detail | null => {
		const m = series.find((s) => s.id === key);
		if (!m) return null;
		const facts: Detail['facts'] = [['Date', m.dateLabel]];
		if (m.place) facts.push(['Place', m.place]);
		if (m.contact) facts.push(['Direction', directionLabel[m.direction]], ['Level', levelLabel[m.level]]);
		if (m.gap) facts.push(['Days since previous contact', daysShort(m.gap)]);
		if (m.firsts[0]) facts.push(['First', m.firsts[0]]);
		const event = data.events.find((e) => e.id === key);
		const claimCites = event?.date.claims?.flatMap((c) => c.citations) ?? [];
		return { heading: m.title, facts, cites: cites(data, [...claimCites, ...m.citations].slice(0, 4)) };
	};

	const rows = series.map((m) => ({
		date: m.dateLabel,
		title: m.title,
		contact: m.contact ? 'Yes' : 'No, context',
		direction: m.contact ? directionLabel[m.direction] : null,
		level: m.contact ? levelLabel[m.level] : null,
		place: m.place,
		days_since_previous_contact: m.gap ? (daysShort(m.gap)) : null,
		sources: sourceNames(data, m.citations)
	}));
	const table: TableSpec = {
		caption: 'Russia–Syria contacts and context events, December 2024 to October 2025',
		columns: tableColumns(
			[['date', 'Date'], ['title', 'Event'], ['contact', 'Contact?'], ['direction', 'Direction'], ['level', 'Level'], ['place', 'Place'], ['days_since_previous_contact', 'Days since previous contact'], ['sources', 'Sources']],
			['days_since_previous_contact']
		),
		rows
	};

	const states = [
		context[0] ? `Only the context events are shown. The first is in ${context[0].dateLabel}: ${context[0].title}.` : 'Only the context events are shown.',
		...contacts.map(
			(m, i) =>
				`Contact ${i + 1} of ${contacts.length}: ${m.dateLabel}, ${m.title} (${directionLabel[m.direction].replace(/^Phone/, 'phone')}).${i ? ' Earlier contacts are in grey.' : ''}`
		),
		`All ${countWord(contacts.length)} contacts, with the days between them.`
	];
	return { title: TITLE, takeaway, sourceLine: sourceLine(data, series.flatMap((m) => m.citations)), description, detailFor, table, states };
}
