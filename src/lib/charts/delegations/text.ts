/** Words for the delegations chart, generated from the data. */
import { speech } from '../speech';
import type { Sector, StoryData } from '$data/story';
import { sayIso } from '$lib/data/dates';
import { sourceIds, sourceName, sourceNames } from '$lib/data/names';
import { delegationSeries, type DelegationColumn, type DelegationMark } from '$lib/data/series';
import { sectorLabel } from '../palette';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { countWord, listText, upper } from '$lib/words';
import type { Detail, TableSpec } from '../types';
import { chipName, oneSourceWords } from './layout';

/** The chart's title, wherever it is shown. */
export const TITLE = 'Who sat at the table';


/** Sectors present at a meeting, in a fixed order, in words. */
const sectorsIn = (sectors: Sector[]) =>
	(Object.keys(sectorLabel) as Sector[]).filter((s) => sectors.includes(s)).map((s) => sectorLabel[s].toLowerCase());

/** The month of a contact in words ("July 2025"). */
const monthOf = (data: StoryData, event: string) => sayIso(data.events.find((e) => e.id === event)!.date.date.slice(0, 7));

/** "3 July 2025 (A pragmatic rapprochement), Syrian ministerial delegation in Moscow, as … reports it". */
const columnWords = (data: StoryData, c: DelegationColumn) =>
	`${c.dateLabel}, ${c.title}${c.claim ? `, as ${sourceName(data, c.claim.source)} reports it` : ''}`;

export function delegationsText(data: StoryData) {
	// Still English in every edition (the editions show it marked so).
	const english = speech(data);
	const columns = delegationSeries(data);
	const marks = columns.flatMap((c) => c.marks);
	const named = (ms: DelegationMark[]) => ms.filter((m) => !m.unnamed);
	const people = new Set(named(marks).map((m) => m.person));
	const contacts = [...new Set(columns.map((c) => c.event))];
	const split = contacts.filter((e) => columns.filter((c) => c.event === e).length > 1);

	// Sectors the articles name officials from at one or two contacts only (not at the first).
	const first = named(columns.filter((c) => c.event === contacts[0]).flatMap((c) => c.marks));
	const later = sectorsIn([...new Set(named(marks).map((m) => m.sector))].filter((s) => !first.some((m) => m.sector === s)))
		.map((label) => {
			const at = contacts.filter((e) => named(marks).some((m) => m.event === e && sectorLabel[m.sector].toLowerCase() === label));
			return { label, at: listText(at.map((e) => monthOf(data, e))) };
		});
	const sameAt = later.every((l) => l.at === later[0]?.at);
	const takeaway = contacts.length
		? `The articles name ${people.size} people across ${countWord(contacts.length)} contacts, and the names change from one meeting to the next.` +
			(later.length
				? sameAt
					? ` They name ${listText(later.map((l) => l.label))} officials only in ${later[0]!.at}.`
					: ` ${upper(listText(later.map((l) => `${l.label} officials are named only in ${l.at}`)))}.`
				: '') +
			(split.length ? ` For ${listText(split.map((e) => monthOf(data, e)))}, two articles give different dates and names; each account is shown on its own.` : '')
		: 'No contacts in the data.';

	// Short sentences (Chartability's reading level): one for each contact and each person.
	const person = (m: DelegationMark) =>
		`${chipName(m)} (${sectorLabel[m.sector].toLowerCase()}${m.oneSource ? `; ${oneSourceWords(data, m).replace(/^./, (x) => x.toLowerCase())}` : ''}).`;
	const side = (c: DelegationColumn, s: DelegationMark['side']) => {
		const ms = c.marks.filter((m) => m.side === s);
		return `${s === 'russia' ? 'Russia' : 'Syria'}: ${ms.length ? ms.map(person).join(' ') : 'none named.'}`;
	};
	const description = [
		'For each Russia–Syria contact, the chart shows the people the articles name. Russia is on the left and Syria on the right.',
		'Colours show each person’s sector. A question mark and a note mark anyone named in one article only.',
		'Where two articles give different dates for a contact, each article’s date and people are shown separately.',
		...columns.map((c) => `${upper(columnWords(data, c))}. ${side(c, 'russia')} ${side(c, 'syria')}`)
	].join(' ');

	/**
	 * The articles behind a row: those placing the person there, then any that give only the
	 * title shown ("Asharq Al-Awsat, translated by The Syrian Observer (title only)").
	 */
	const rowSources = (m: DelegationMark) => {
		const placing = sourceIds(data, m.citations);
		const titleOnly = sourceIds(data, m.roleCitations).filter((id) => !placing.includes(id));
		return [sourceNames(data, m.citations), ...titleOnly.map((id) => `${sourceName(data, id)} (title only)`)].filter(Boolean).join('; ');
	};

	const roleWords = (m: DelegationMark) => m.role ?? (m.unnamed ? null : 'No title given for this date');

	const detailFor = (key: string): Detail | null => {
		const col = columns.find((c) => c.marks.some((x) => x.key === key));
		const m = col?.marks.find((x) => x.key === key);
		if (!col || !m) return null;
		const facts: Detail['facts'] = [
			['Meeting', `${m.eventTitle}, ${m.eventDate}`],
			['Side', m.side === 'russia' ? 'Russia' : 'Syria'],
			['Sector', sectorLabel[m.sector]]
		];
		const role = roleWords(m);
		if (role) facts.push(['Role at this date', m.roleNotGiven ? `${role}: ${m.roleNotGiven}` : role]);
		if (col.claim)
			facts.push(['Date in this account', `“${col.claim.wording}” (${sourceName(data, col.claim.source)}); the other article gives another date`]);
		if (m.oneSource) facts.push(['Named in one article only', sourceName(data, m.oneSource)]);
		return { heading: chipName(m), facts, cites: cites(data, m.citations, english) };
	};

	const table: TableSpec = {
		caption: 'Participants at each Russia–Syria contact, by side and sector, as each article names them',
		columns: tableColumns(
			[['date', 'Date'], ['contact', 'Contact'], ['side', 'Side'], ['name', 'Participant'], ['role', 'Role at this date'], ['sector', 'Sector'], ['one', 'Named in one article only'], ['sources', 'Sources']]
		),
		rows: columns.flatMap((c) =>
			c.marks.map((m) => ({
				date: c.dateLabel,
				contact: c.title,
				side: m.side === 'russia' ? 'Russia' : 'Syria',
				name: chipName(m),
				role: roleWords(m),
				sector: sectorLabel[m.sector],
				one: m.oneSource ? sourceName(data, m.oneSource) : 'No',
				sources: rowSources(m)
			}))
		)
	};

	const states = [
		...contacts.map((e) => {
			const cols = columns.filter((col) => col.event === e);
			const c = cols[0]!;
			// A contact two articles date differently is shown as each tells it.
			return cols.length > 1
				? `${monthOf(data, e)}, ${c.title}: who took part, by side and sector, as each of ${countWord(cols.length)} articles tells it. Other contacts are in grey.`
				: `${c.dateLabel}, ${c.title}: who took part, by side and sector. Other contacts are in grey.`;
		}),
		`Who took part in all ${countWord(contacts.length)} contacts, by side and sector.`
	];
	return { title: TITLE, takeaway, sourceLine: sourceLine(data, marks.flatMap((m) => m.citations), english), description, detailFor, table, states };
}
