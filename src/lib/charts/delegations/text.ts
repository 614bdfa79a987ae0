/** Words for the delegations chart, generated from the data, in each edition. */
import type { Sector, StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { sourceIds } from '$lib/data/names';
import { isolated } from '$lib/cite/book';
import { speech } from '../speech';
import { cites, tableColumns, sourceLine } from '../shared/text';
import type { Detail, TableSpec } from '../types';
import { delegationColumns, delegationsLayout, type EditionMark } from './layout';
import { delegationWords } from './words';

export function delegationsText(data: StoryData, lang: Lang = 'en') {
	const sp = speech(data, lang);
	const { say, fill, upper } = sp;
	const w = delegationWords[lang];
	const sectorLabel = sp.w.labels.sector;
	/** A sector inside a sentence. */
	const sectorIn = (s: Sector) => sectorLabel[s].toLocaleLowerCase(lang);
	const columns = delegationColumns(data, sp);
	const marks = columns.flatMap((c) => c.marks);
	const named = (ms: EditionMark[]) => ms.filter((m) => !m.unnamed);
	const people = new Set(named(marks).map((m) => m.person));
	const contacts = [...new Set(columns.map((c) => c.event))];
	const split = contacts.filter((e) => columns.filter((c) => c.event === e).length > 1);
	// How many articles each tell a differently dated contact their own way (two, for July).
	const accounts = Math.max(0, ...split.map((e) => columns.filter((c) => c.event === e).length));

	/** The month of a contact in words ("July 2025"). */
	const monthOf = (event: string) => say.date(data.events.find((e) => e.id === event)!.date.date.slice(0, 7));

	// Sectors the articles name officials from at some contacts only (not at the first), in the key's order.
	const first = named(columns.filter((c) => c.event === contacts[0]).flatMap((c) => c.marks));
	const later = (Object.keys(sectorLabel) as Sector[])
		.filter((s) => named(marks).some((m) => m.sector === s) && !first.some((m) => m.sector === s))
		.map((s) => ({ sector: sectorIn(s), months: say.list(contacts.filter((e) => named(marks).some((m) => m.event === e && m.sector === s)).map(monthOf)) }));
	const sameAt = later.every((l) => l.months === later[0]?.months);
	const takeaway = contacts.length
		? [
				fill(w.takeaway, { people: fill(say.form(people.size, w.people), { n: say.num(people.size) }), contacts: say.count(contacts.length, w.contacts) }),
				...(later.length
					? [
							sameAt
								? fill(w.laterSame, { sectors: say.list(later.map((l) => l.sector)), months: later[0]!.months })
								: upper(fill(w.laterApart, { list: say.list(later.map((l) => fill(w.laterEach, l))) }))
						]
					: []),
				...(split.length
					? [fill(w.split, { months: say.list(split.map(monthOf)), articles: say.count(accounts, w.articles) })]
					: [])
			].join(' ')
		: w.noContacts;

	// Which side is where, as the plot draws it (mirrored in a right-to-left edition).
	const plot = delegationsLayout(data, 400, 0, lang);
	const at = (side: EditionMark['side']) => (plot.sides[side].x < plot.mid ? w.left : w.right);

	// Short sentences (Chartability's reading level): one for each contact and each person.
	const person = (m: EditionMark) => fill(m.only ? w.personOne : w.person, { name: m.label, sector: sectorIn(m.sector), only: m.onlyInline });
	const side = (c: (typeof columns)[number], s: EditionMark['side']) => {
		const ms = c.marks.filter((m) => m.side === s);
		return fill(w.sideList, { side: w.side[s], people: ms.length ? ms.map(person).join(' ') : w.noneNamed });
	};
	const description = [
		w.intro,
		fill(w.sidesAt, { russia: at('russia'), syria: at('syria') }),
		w.colours,
		w.separately,
		...columns.flatMap((c) => [
			upper(fill(c.claim ? w.columnClaim : w.column, { date: c.dateLabel, title: c.title, source: c.claim ? sp.source(c.claim.source) : '' })),
			side(c, 'russia'),
			side(c, 'syria')
		])
	].join(' ');

	/**
	 * The articles behind a row: those placing the person there, then any that give only the
	 * title shown ("Asharq Al-Awsat, translated by The Syrian Observer (title only)").
	 */
	const rowSources = (m: EditionMark) => {
		const placing = sourceIds(data, m.citations);
		const titleOnly = sourceIds(data, m.roleCitations).filter((id) => !placing.includes(id));
		return [...placing.map((id) => sp.source(id)), ...titleOnly.map((id) => fill(w.titleOnly, { source: sp.source(id) }))].join(sp.w.namesSep);
	};

	const roleWords = (m: EditionMark) => m.role ?? (m.unnamed ? null : w.noTitle);

	const detailFor = (key: string): Detail | null => {
		const col = columns.find((c) => c.marks.some((x) => x.key === key));
		const m = col?.marks.find((x) => x.key === key);
		if (!col || !m) return null;
		const facts: Detail['facts'] = [
			[w.meeting, fill(w.meetingValue, { title: m.eventTitle, date: m.eventDate })],
			[w.sideColumn, w.side[m.side]],
			[w.sector, sectorLabel[m.sector]]
		];
		const role = roleWords(m);
		if (role) facts.push([w.role, m.roleNotGiven ? fill(w.roleNotGiven, { role, why: m.roleNotGiven }) : role]);
		if (col.claim) facts.push([w.claimLabel, fill(w.claimValue, { wording: isolated(col.claim.wording, lang), source: sp.source(col.claim.source) })]);
		if (m.oneSource) facts.push([w.oneArticle, sp.source(m.oneSource)]);
		return { heading: m.label, facts, cites: cites(data, m.citations, sp) };
	};

	const table: TableSpec = {
		caption: w.caption,
		columns: tableColumns(
			[['date', w.date], ['contact', w.contact], ['side', w.sideColumn], ['name', w.participant], ['role', w.role], ['sector', w.sector], ['one', w.oneArticle], ['sources', w.sources]]
		),
		rows: columns.flatMap((c) =>
			c.marks.map((m) => ({
				date: c.dateLabel,
				contact: c.title,
				side: w.side[m.side],
				name: m.label,
				role: roleWords(m),
				sector: sectorLabel[m.sector],
				one: m.oneSource ? sp.source(m.oneSource) : w.no,
				sources: rowSources(m)
			}))
		)
	};

	const states = [
		...contacts.map((e) => {
			const cols = columns.filter((col) => col.event === e);
			const c = cols[0]!;
			// A contact two articles date differently is shown as each tells it. A month opens a
			// sentence in the editions' words ("февраль 2025 г.").
			return upper(
				cols.length > 1
					? fill(w.stateSplit, { month: monthOf(e), title: c.title, articles: say.count(cols.length, w.eachOf) })
					: fill(w.stateOne, { date: c.dateLabel, title: c.title })
			);
		}),
		fill(w.stateAll, { contacts: say.count(contacts.length, w.allContacts) })
	];
	return { title: w.title, takeaway, sourceLine: sourceLine(data, marks.flatMap((m) => m.citations), sp), description, detailFor, table, states };
}
