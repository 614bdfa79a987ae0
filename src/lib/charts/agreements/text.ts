/**
 * Words for the agreements chart, all generated from the data: how a status entry is dated and
 * who claims it, each row's latest status, the caption, the long description, the detail panel
 * and the table. layout.ts uses the helpers for its labels and annotations.
 */
import { speech } from '../speech';
import type { Agreement, StatusEntry, StoryData } from '$data/story';
import { dateBounds, sayDate, sayIso } from '$lib/data/dates';
import { claimant, sayEntryDate, sourceNames } from '$lib/data/names';
import { familyLabel, statusFamily, statusLabel, type StatusFamily } from '../palette';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { countWord, listText, upper } from '$lib/words';
import type { Detail, TableSpec } from '../types';
import { agreementStates, annotationFor } from './layout';

/** The chart's title, wherever it is shown. */
export const TITLE = 'What is being renegotiated';

/**
 * How an entry sits on the time axis: `before` the period (signed 2019, drawn from the left
 * edge), `undated` (only a year: drawn as a transition zone, never at a month), or `dated`.
 */
export type Timing = 'before' | 'undated' | 'dated';

export function timing(data: StoryData, h: StatusEntry): Timing {
	const [, last] = dateBounds(h.date);
	if (last < dateBounds(data.period.from)[0]) return 'before';
	return h.reportedOnly || h.precision === 'year' || h.date.split('-').length === 1 ? 'undated' : 'dated';
}

/**
 * "since 2019", "2025, date not given", "about January 2025", "October 2025", and for a status
 * the article does not date: "date not given (reported about October 2025)".
 */
export function when(data: StoryData, h: StatusEntry): string {
	const t = timing(data, h);
	if (t === 'before') return `since ${sayIso(h.date)}`;
	if (h.reportedOnly) return `date not given (reported ${sayDate(h)})`;
	if (t === 'undated') return `${sayIso(h.date)}, date not given`;
	return sayEntryDate(data, h);
}

/** Entries that share a date (several claims at once), in history order. */
export function dateGroups(history: StatusEntry[]): StatusEntry[][] {
	const groups: StatusEntry[][] = [];
	for (const h of history) {
		const g = groups.at(-1);
		if (g && g[0]!.date === h.date) g.push(h);
		else groups.push([h]);
	}
	return groups;
}

const distinct = <T>(xs: T[]) => [...new Set(xs)];

/** The statuses claimed at the latest date, in words: "Unresolved / Disputed" when claims differ. */
export function latestWords(a: Agreement): string {
	return distinct(dateGroups(a.history).at(-1)!.map((h) => statusLabel[h.status])).join(' / ');
}

/** True when the latest claims about an agreement differ. */
const latestConflict = (a: Agreement) => distinct(dateGroups(a.history).at(-1)!.map((h) => h.status)).length > 1;

/** The family of the latest status; conflicting latest claims count as contested. */
const latestFamily = (a: Agreement): StatusFamily =>
	latestConflict(a) ? 'contested' : statusFamily[a.history.at(-1)!.status];

/**
 * An agreement's history as one compact phrase, runs of the same claims collapsed: "in force
 * since 2019 → annulled about Jan 2025 → transferred (date not given)"; not `short`, in full
 * months and a sentence a step.
 */
export function chain(data: StoryData, a: Agreement, short = true): string {
	const items: { words: string; at: string; run: boolean }[] = [];
	for (const g of dateGroups(a.history)) {
		const words = listText(distinct(g.map((h) => statusLabel[h.status].toLowerCase()))).replace(/ and (?=[^,]*$)/, ' or ');
		const prev = items.at(-1);
		if (prev && prev.words === words) {
			prev.run = true;
			continue;
		}
		const at = when(data, g[0]!).replace(/(January|February|March|April|May|June|July|August|September|October|November|December)/, (m) => (short ? m.slice(0, 3) : m));
		items.push({ words, at: timing(data, g[0]!) === 'undated' ? '(date not given)' : at, run: false });
	}
	return items.map((i) => `${i.words} ${i.run && !/^(since|from) /.test(i.at) ? 'from ' : ''}${i.at}`).join(short ? ' → ' : '. Then ');
}

/** Family phrases for prose: "unresolved, disputed or suspended". */
const familyWords = (f: StatusFamily) => familyLabel[f].toLowerCase();
/** The order in which prose counts the families: the open questions first. */
export const FAMILIES: StatusFamily[] = ['contested', 'pending', 'active', 'ended'];

/**
 * How many agreements end the period in each status family, counted ONE way for the chart's
 * takeaway, its annotation and the story prose: by the claims at the latest date, where
 * conflicting claims (e.g. "requested" and "refused") count as contested.
 */
export function statusCounts(agreements: Agreement[]): Record<StatusFamily, number> {
	const counts = { contested: 0, pending: 0, active: 0, ended: 0 } as Record<StatusFamily, number>;
	for (const a of agreements) counts[latestFamily(a)]++;
	return counts;
}

/** Those counts in words: "eight are unresolved, disputed or suspended; …; and one is …". */
export function statusSummary(agreements: Agreement[]): string {
	const counts = statusCounts(agreements);
	const parts = FAMILIES.filter((fam) => counts[fam] > 0).map(
		(fam) => `${counts[fam] <= 10 ? countWord(counts[fam]) : counts[fam]} ${counts[fam] === 1 ? 'is' : 'are'} ${familyWords(fam)}`
	);
	// Semicolons: the family labels contain commas.
	return parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The same counts as short sentences: "Eight are unresolved, disputed or suspended. Five are …"
 * (`led`: the first follows a lead-in, "By the latest claims, eight are …").
 */
export function statusSentences(agreements: Agreement[], led = false): string {
	const counts = statusCounts(agreements);
	return FAMILIES.filter((fam) => counts[fam] > 0)
		.map((fam, i) => {
			const n = counts[fam] <= 10 ? countWord(counts[fam]) : String(counts[fam]);
			return `${led && i === 0 ? n : upper(n)} ${counts[fam] === 1 ? 'is' : 'are'} ${familyWords(fam)}.`;
		})
		.join(' ');
}

export function agreementsText(data: StoryData) {
	// Still English in every edition (the editions show it marked so).
	const english = speech(data);
	const n = data.agreements.length;
	const end = sayIso(data.period.to);
	const takeaway = n
		? `The chart follows ${n} agreements, bases, requests and offers. By the latest reports (to ${end}), ${statusSentences(data.agreements, true)}`
		: 'No agreements in the data.';
	const conflicts = data.agreements.filter(latestConflict);

	// Short sentences (Chartability's reading level); every claim is in the table.
	const description = [
		`This timeline runs from ${sayIso(data.period.from)} to ${end}, with one bar for each of ${n} agreements or arrangements.`,
		`Each bar is split where its status changes. Colour and pattern show ${countWord(FAMILIES.length)} groups of status, named below.`,
		'Where several sources make claims for the same date, the bar splits into thin stacked lanes.',
		'Where the sources give only a year, the change is drawn as a fading zone marked ‘date not given’.',
		n ? `By the latest claims, ${statusSentences(data.agreements, true)}` : '',
		conflicts.length ? `The latest claims conflict for ${countWord(conflicts.length)}: ${listText(conflicts.map((a) => a.title))}.` : '',
		'Every claim, with its date and who makes it, is in the table under ‘Show data’.',
		'On the chart, Up and Down move between agreements. Left and Right move through one agreement’s claims.'
	]
		.filter(Boolean)
		.join(' ');

	const detailFor = (key: string): Detail | null => {
		const [id, i] = key.split(':');
		const a = data.agreements.find((x) => x.id === id);
		const h = a?.history[Number(i)];
		if (!a || !h) return null;
		const same = a.history.filter((x) => x !== h && x.date === h.date);
		const facts: Detail['facts'] = [
			['Status', `${statusLabel[h.status]} (${familyWords(statusFamily[h.status])})`],
			['Date', when(data, h)],
			['Claimed by', claimant(data, h.claimedBy)]
		];
		if (same.length)
			facts.push([
				'Other claims for the same date',
				same.map((x) => `${statusLabel[x.status]} (${claimant(data, x.claimedBy)})`).join('; ')
			]);
		if (h.note) facts.push(['Note', claimant(data, h.note)]);
		return { heading: a.title, facts, cites: cites(data, h.citations, english) };
	};

	const rows = data.agreements.flatMap((a) =>
		a.history.map((h) => ({
			title: a.title,
			date: when(data, h),
			status: statusLabel[h.status],
			claimed_by: claimant(data, h.claimedBy),
			note: h.note ? claimant(data, h.note) : null,
			sources: sourceNames(data, h.citations)
		}))
	);
	const table: TableSpec = {
		caption: `Status history of each agreement or arrangement, ${sayIso(data.period.from)} to ${end} (one row per status claim)`,
		columns: tableColumns(
			[['title', 'Agreement'], ['date', 'Date'], ['status', 'Status'], ['claimed_by', 'Claimed by'], ['note', 'Note'], ['sources', 'Sources']]
		),
		rows
	};

	const cited = data.agreements.flatMap((a) => [...a.citations, ...a.history.flatMap((h) => h.citations)]);
	// What to see in each state: the note the chart shows above its rows.
	const states = agreementStates(data).map((s) => annotationFor(data, s, false));
	return { title: TITLE, takeaway: upper(takeaway), sourceLine: sourceLine(data, cited, english), description, detailFor, table, states };
}
