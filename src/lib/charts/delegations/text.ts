/** Words for the delegations chart, generated from the data. */
import type { Sector, StoryData } from '$data/story';
import { chartRows } from '$lib/data/csv';
import { delegationSeries } from '$lib/data/series';
import { chartMeta } from '../meta';
import { sectorLabel } from '../palette';
import { cites, listText, sourceLine } from '../shared/text';
import type { Detail, TableSpec } from '../types';
import { chipName } from './layout';

/** Sectors present at a meeting, in a fixed order, in words. */
const sectorsAt = (sectors: Sector[]) =>
	(Object.keys(sectorLabel) as Sector[]).filter((s) => sectors.includes(s)).map((s) => sectorLabel[s].toLowerCase());

export function delegationsText(data: StoryData) {
	const columns = delegationSeries(data);
	const named = (c: (typeof columns)[number]) => c.marks.filter((m) => !m.unnamed);
	const first = columns[0];
	const last = columns.at(-1);
	const people = new Set(columns.flatMap((c) => named(c).map((m) => m.person)));

	const takeaway =
		first && last
			? `${people.size} named officials across ${columns.length} contacts. The sectors at the table widen from ${listText(sectorsAt(named(first).map((m) => m.sector)))} (${first.dateLabel}) to include ${listText(sectorsAt([...new Set(columns.flatMap((c) => named(c).map((m) => m.sector)))].filter((s) => !named(first).some((m) => m.sector === s))))} later in the year.`
			: 'No contacts in the data.';

	const description =
		'For each Russia–Syria contact, the Russian participants on the left and the Syrian participants on the right, coloured by sector. ' +
		columns
			.map(
				(c) =>
					`${c.dateLabel}, ${c.title}: Russia — ${listText(c.marks.filter((m) => m.side === 'russia').map((m) => `${chipName(m)} (${sectorLabel[m.sector].toLowerCase()}${m.disputed ? ', presence disputed' : ''})`)) || 'none named'}; Syria — ${listText(c.marks.filter((m) => m.side === 'syria').map((m) => `${chipName(m)} (${sectorLabel[m.sector].toLowerCase()}${m.disputed ? ', presence disputed' : ''})`)) || 'none named'}.`
			)
			.join(' ');

	const detailFor = (key: string): Detail | null => {
		const m = columns.flatMap((c) => c.marks).find((x) => x.key === key);
		if (!m) return null;
		const facts: Detail['facts'] = [
			['Meeting', `${m.eventTitle}, ${m.eventDate}`],
			['Side', m.side === 'russia' ? 'Russia' : 'Syria'],
			['Sector', sectorLabel[m.sector]]
		];
		if (m.role) facts.push(['Role', m.role]);
		if (m.disputed) facts.push(['Presence disputed', m.disputed]);
		return { heading: chipName(m), facts, cites: cites(data, m.citations) };
	};

	const table: TableSpec = {
		caption: 'Participants at each Russia–Syria contact, by side and sector',
		columns: [
			{ key: 'event_date', label: 'Date' },
			{ key: 'event', label: 'Contact' },
			{ key: 'side', label: 'Side' },
			{ key: 'name', label: 'Participant' },
			{ key: 'role', label: 'Role' },
			{ key: 'sector', label: 'Sector' },
			{ key: 'disputed', label: 'Presence disputed' },
			{ key: 'sources', label: 'Sources' }
		],
		rows: chartRows('delegations', data)
	};

	return {
		title: chartMeta.delegations.title,
		takeaway,
		sourceLine: sourceLine(data, columns.flatMap((c) => c.marks.flatMap((m) => m.citations))),
		description,
		detailFor,
		table
	};
}
