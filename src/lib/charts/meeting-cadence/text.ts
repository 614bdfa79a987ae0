/** Words for the cadence chart, all generated from the data: caption, description, details, table. */
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { dateBounds, daysBetween } from '$lib/data/dates';
import { cadenceSeries } from '$lib/data/series';
import { sourceIds } from '$lib/data/names';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { speech, type Speech } from '../speech';
import { cadenceWords } from './words';
import type { Detail, TableSpec } from '../types';

/** The cadence chart's marks with their words in one edition (dates, titles, places). */
export function cadenceMarks(data: StoryData, sp: Speech) {
	return cadenceSeries(data).map((m) => {
		const date = data.events.find((e) => e.id === m.id)!.date;
		return { ...m, title: sp.t(m.title), place: m.place && sp.t(m.place), firsts: m.firsts.map(sp.t), dateLabel: sp.say.fuzzy(date), shortLabel: sp.say.short(date) };
	});
}

/** "4 to 31" (a span of days in a sentence), "76" when the dates allow one value. */
const daysIn = (sp: Speech, g: { min: number; max: number }) =>
	g.min === g.max ? sp.say.num(g.min) : sp.fill(sp.w.daysRange, { min: sp.say.num(g.min), max: sp.say.num(g.max) });
/** "4–31" in a table cell or on the plot. */
export const daysCell = (sp: Speech, g: { min: number; max: number }) =>
	g.min === g.max ? sp.say.num(g.min) : `${sp.say.num(g.min)}–${sp.say.num(g.max)}`;

export function cadenceText(data: StoryData, lang: Lang = 'en') {
	const sp = speech(data, lang);
	const { say, fill, upper } = sp;
	const w = cadenceWords[lang];
	const L = sp.w.labels;
	const series = cadenceMarks(data, sp);
	const contacts = series.filter((m) => m.contact);
	const first = contacts[0];
	const last = contacts.at(-1);
	const gaps = contacts.slice(1).map((m) => daysIn(sp, m.gap!));
	const numberWord = (n: number) => say.count(n, { other: '#' });

	// A contact the articles date differently may be one event or several (one per date).
	const disputed = contacts.filter((m) => m.disputed);
	const split = disputed.reduce((n, m) => n + m.claimed.length - 1, 0);
	const one = disputed.length === 1 ? disputed[0]! : null;
	const claimsOf = (id: string) => data.events.find((e) => e.id === id)?.date.claims ?? [];
	const oneMonth = one ? { k: numberWord(one.claimed.length), month: say.month(claimsOf(one.id)[0]!.date.slice(0, 7)) } : null;
	const upTo = !split ? '' : oneMonth ? fill(w.upToSplit, { total: numberWord(contacts.length + split), ...oneMonth }) : fill(w.upToApart, { total: numberWord(contacts.length + split) });
	// The same gaps if each date of the differently dated contact is a visit of its own.
	const apart = (() => {
		if (!one) return null;
		const spans = contacts
			.flatMap((m) => (m === one ? claimsOf(m.id).map((c) => dateBounds(c.date)) : [m.bounds]))
			.sort((a, b) => +a[0] - +b[0]);
		return spans.slice(1).map((b, i) => daysIn(sp, { min: Math.max(0, daysBetween(spans[i]![1], b[0])), max: daysBetween(spans[i]![0], b[1]) }));
	})();
	const where = (m: (typeof contacts)[number]) => (m.place ? fill(w.inPlace, { place: m.place }) : w.aCall);
	const takeaway =
		first && last
			? fill(w.takeaway, {
					contacts: say.count(contacts.length, w.contacts),
					upTo,
					firstWhere: where(first),
					firstDate: first.dateLabel,
					firstWho: w.who[first.level],
					lastWhere: where(last),
					lastDate: last.dateLabel,
					lastWho: w.who[last.level]
				})
			: w.noContacts;

	// Short sentences (Chartability's reading level): one for each contact and each context event.
	const context = series.filter((m) => !m.contact);
	const description = [
		fill(w.span, { from: series[0]?.dateLabel ?? '', to: series.at(-1)?.dateLabel ?? '' }),
		w.rows,
		...contacts.map((m) => fill(w.contact, { date: upper(m.dateLabel), title: m.title, direction: L.directionInline[m.direction], level: L.levelInline[m.level] })),
		gaps.length
			? oneMonth && apart
				? fill(w.gapsSplit, { ...oneMonth, gaps: say.list(gaps), apart: say.list(apart) })
				: fill(w.gaps, { gaps: say.list(gaps) })
			: '',
		context.length ? fill(w.contextEvents, { events: context.map((m) => fill(w.contextEvent, { date: upper(m.dateLabel), title: m.title })).join(' ') }) : '',
		...disputed.map((m) => {
			const says = claimsOf(m.id).map((c) => fill(w.gives, { source: sp.source(c.citations[0]!.source), date: say.date(c.date) }));
			return fill(w.disputed, { title: m.title, says: upper(says.join(w.saysSep)) });
		})
	]
		.filter(Boolean)
		.join(' ');

	const detailFor = (key: string): Detail | null => {
		const m = series.find((s) => s.id === key);
		if (!m) return null;
		const facts: Detail['facts'] = [[w.date, m.dateLabel]];
		if (m.place) facts.push([w.place, m.place]);
		if (m.contact) facts.push([w.direction, L.direction[m.direction]], [w.level, L.level[m.level]]);
		if (m.gap) facts.push([w.daysSince, daysCell(sp, m.gap)]);
		if (m.firsts[0]) facts.push([w.first, m.firsts[0]]);
		const claimCites = claimsOf(key).flatMap((c) => c.citations);
		return { heading: m.title, facts, cites: cites(data, [...claimCites, ...m.citations].slice(0, 4), sp) };
	};

	const rows = series.map((m) => ({
		date: m.dateLabel,
		title: m.title,
		contact: m.contact ? w.yes : w.noContext,
		direction: m.contact ? L.direction[m.direction] : null,
		level: m.contact ? L.level[m.level] : null,
		place: m.place,
		days_since_previous_contact: m.gap ? daysCell(sp, m.gap) : null,
		sources: sourceIds(data, m.citations).map((id) => sp.source(id)).join(sp.w.namesSep)
	}));
	const table: TableSpec = {
		caption: fill(w.caption, { from: say.date(data.period.from), to: say.date(data.period.to) }),
		columns: tableColumns(
			[['date', w.date], ['title', w.event], ['contact', w.isContact], ['direction', w.direction], ['level', w.level], ['place', w.place], ['days_since_previous_contact', w.daysSince], ['sources', w.sourcesColumn]],
			['days_since_previous_contact']
		),
		rows
	};

	const states = [
		context[0] ? fill(w.stateContext, { date: context[0].dateLabel, title: context[0].title }) : w.stateContextNone,
		...contacts.map(
			(m, i) =>
				fill(w.stateContact, { i: say.num(i + 1), n: say.num(contacts.length), date: m.dateLabel, title: m.title, direction: L.directionInline[m.direction] }) + (i ? w.earlierGrey : '')
		),
		fill(w.stateAll, { contacts: say.count(contacts.length, w.allContacts) })
	];
	return { title: w.title, takeaway, sourceLine: sourceLine(data, series.flatMap((m) => m.citations), sp), description, detailFor, table, states };
}
