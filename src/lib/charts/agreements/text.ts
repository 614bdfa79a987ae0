/**
 * Words for the agreements chart, all generated from the data: how a status entry is dated and
 * who claims it, each row's latest status, the caption, the long description, the detail panel
 * and the table, in one edition (`words.ts`). layout.ts uses the helpers for its labels and annotations.
 */
import { speech, type Speech } from '../speech';
import type { Agreement, StatusEntry, StoryData } from '$data/story';
import { edition, type Lang } from '$lib/i18n/editions';
import { fill } from '$lib/i18n/checked';
import { sayFor } from '$lib/i18n/say';
import { claimantIn } from '$lib/i18n/data-editions';
import { dateBounds } from '$lib/data/dates';
import { claimant, sourceIds } from '$lib/data/names';
import { familyLabel, statusFamily, type StatusFamily } from '../palette';
import { chartWords } from '../words';
import { cites, tableColumns, sourceLine } from '../shared/text';
import { countWord, listText } from '$lib/words';
import type { Detail, TableSpec } from '../types';
import { agreementStates, annotationFor } from './layout';
import { agreementsWords } from './words';

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
export function when(data: StoryData, h: StatusEntry, sp: Speech): string {
	const w = agreementsWords[sp.lang];
	const t = timing(data, h);
	if (t === 'before') return sp.fill(w.since, { date: sp.say.date(h.date) });
	if (h.reportedOnly) return sp.fill(w.reportedOnly, { date: sp.say.fuzzy(h) });
	if (t === 'undated') return sp.fill(w.yearOnly, { date: sp.say.date(h.date) });
	// A status the article ties only to a visit whose start it dates.
	if (h.visitFrom) return sp.fill(w.visitFrom, { date: sp.say.date(h.date), source: sp.source(h.visitFrom.source, 'short'), wording: sp.t(h.visitFrom.wording) });
	return sp.say.fuzzy(h);
}

/** Who makes a claim (ids named), in the edition. */
export const claimantOf = (data: StoryData, lang: Lang) => (lang === 'en' ? (text: string) => claimant(data, text) : claimantIn(lang));

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
export function latestWords(a: Agreement, sp: Speech): string {
	return distinct(dateGroups(a.history).at(-1)!.map((h) => sp.w.labels.status[h.status])).join(' / ');
}

/** True when the latest claims about an agreement differ. */
const latestConflict = (a: Agreement) => distinct(dateGroups(a.history).at(-1)!.map((h) => h.status)).length > 1;

/** The family of the latest status; conflicting latest claims count as contested. */
const latestFamily = (a: Agreement): StatusFamily =>
	latestConflict(a) ? 'contested' : statusFamily[a.history.at(-1)!.status];

/** Statuses claimed for one date, lower case, with "or": "promised to respect, suspended or disputed". */
function eitherOf(items: string[], lang: Lang): string {
	const lower = items.map((s) => s.toLocaleLowerCase(lang));
	if (lang === 'en') return listText(lower).replace(/ and (?=[^,]*$)/, ' or ');
	return new Intl.ListFormat(edition(lang).intl, { type: 'disjunction' }).format(lower);
}

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December)/;

/**
 * An agreement's history as one compact phrase, runs of the same claims collapsed: "in force
 * since 2019 → annulled about Jan 2025 → transferred (date not given)"; not `short`, in full
 * months and a sentence a step. (Only English has short months here: "Jan".)
 */
export function chain(data: StoryData, a: Agreement, sp: Speech, short = true): string {
	const w = agreementsWords[sp.lang];
	const items: { words: string; at: string; run: boolean; from: boolean }[] = [];
	for (const g of dateGroups(a.history)) {
		const words = eitherOf(distinct(g.map((h) => sp.w.labels.status[h.status])), sp.lang);
		const prev = items.at(-1);
		if (prev && prev.words === words) {
			prev.run = true;
			continue;
		}
		const said = when(data, g[0]!, sp);
		const at = short && sp.lang === 'en' ? said.replace(MONTH, (m) => m.slice(0, 3)) : said;
		const t = timing(data, g[0]!);
		// A date that already says "since" or "from" takes no second one in a run.
		items.push({ words, at: t === 'undated' ? w.stepUndated : at, run: false, from: t === 'before' || (t === 'dated' && !!g[0]!.visitFrom) });
	}
	const steps = items.map((i) => sp.fill(w.step, { status: i.words, date: i.run && !i.from ? sp.fill(w.stepFrom, { date: i.at }) : i.at }));
	return steps.slice(1).reduce((c, step) => sp.fill(short ? w.arrow : w.then, { chain: c, step }), steps[0] ?? '');
}

/** Family phrases for prose: "unresolved, disputed or suspended". */
const familyWords = (f: StatusFamily, lang: Lang = 'en') => chartWords(lang).labels.family[f].toLocaleLowerCase(lang);
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

/** Those counts in words, for the English prose: "eight are unresolved, disputed or suspended; …; and one is …". */
export function statusSummary(agreements: Agreement[]): string {
	const counts = statusCounts(agreements);
	const parts = FAMILIES.filter((fam) => counts[fam] > 0).map(
		(fam) => `${counts[fam] <= 10 ? countWord(counts[fam]) : counts[fam]} ${counts[fam] === 1 ? 'is' : 'are'} ${familyLabel[fam].toLowerCase()}`
	);
	// Semicolons: the family labels contain commas.
	return parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The same counts as short sentences: "Eight are unresolved, disputed or suspended. Five are …"
 * (`led`: the first follows a lead-in, "By the latest claims, eight are …").
 */
export function statusSentences(agreements: Agreement[], led = false, lang: Lang = 'en'): string {
	const counts = statusCounts(agreements);
	const say = sayFor(lang);
	const forms = agreementsWords[lang].familyCount;
	return FAMILIES.filter((fam) => counts[fam] > 0)
		.map((fam, i) => {
			const sentence = fill(say.count(counts[fam], forms), { family: familyWords(fam, lang) });
			return led && i === 0 ? sentence : sentence.replace(/^./, (c) => c.toLocaleUpperCase(lang));
		})
		.join(' ');
}

export function agreementsText(data: StoryData, lang: Lang = 'en') {
	const sp = speech(data, lang);
	const { say, fill, upper } = sp;
	const w = agreementsWords[lang];
	const L = sp.w.labels;
	const who = claimantOf(data, lang);
	const n = data.agreements.length;
	const [from, end] = [say.date(data.period.from), say.date(data.period.to)];
	const counts = statusSentences(data.agreements, true, lang);
	const takeaway = n ? `${fill(say.form(n, w.follows), { n: say.num(n) })} ${fill(w.byLatestReports, { end, counts })}` : w.noAgreements;
	const conflicts = data.agreements.filter(latestConflict);

	// Short sentences (Chartability's reading level); every claim is in the table.
	const description = [
		fill(say.form(n, w.span), { from, to: end, n: say.num(n) }),
		fill(w.split, { groups: say.count(FAMILIES.length, w.statusGroups) }),
		w.stacked,
		w.fading,
		n ? fill(w.latestClaims, { counts }) : '',
		conflicts.length ? fill(w.conflicts, { n: say.count(conflicts.length, w.conflictCount), titles: say.list(conflicts.map((a) => sp.t(a.title))) }) : '',
		w.inTable,
		w.keys
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
			[w.status, fill(w.statusIn, { status: L.status[h.status], family: familyWords(statusFamily[h.status], lang) })],
			[w.date, when(data, h, sp)],
			[w.claimedBy, who(h.claimedBy)]
		];
		if (same.length) facts.push([w.sameDate, same.map((x) => fill(w.otherClaim, { status: L.status[x.status], who: who(x.claimedBy) })).join(sp.w.namesSep)]);
		if (h.note) facts.push([w.note, who(h.note)]);
		return { heading: sp.t(a.title), facts, cites: cites(data, h.citations, sp) };
	};

	const rows = data.agreements.flatMap((a) =>
		a.history.map((h) => ({
			title: sp.t(a.title),
			date: when(data, h, sp),
			status: L.status[h.status],
			claimed_by: who(h.claimedBy),
			note: h.note ? who(h.note) : null,
			sources: sourceIds(data, h.citations).map((id) => sp.source(id)).join(sp.w.namesSep)
		}))
	);
	const table: TableSpec = {
		caption: fill(w.caption, { from, to: end }),
		columns: tableColumns([['title', w.agreement], ['date', w.date], ['status', w.status], ['claimed_by', w.claimedBy], ['note', w.note], ['sources', w.sources]]),
		rows
	};

	const cited = data.agreements.flatMap((a) => [...a.citations, ...a.history.flatMap((h) => h.citations)]);
	// What to see in each state: the note the chart shows above its rows.
	const states = agreementStates(data).map((s) => annotationFor(data, s, sp, false));
	return { title: w.title, takeaway: upper(takeaway), sourceLine: sourceLine(data, cited, sp), description, detailFor, table, states };
}
