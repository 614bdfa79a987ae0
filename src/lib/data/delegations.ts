/**
 * Who the articles place at each Russia–Syria contact: the delegations chart's series, its
 * table and CSV rows, and the story's count of presences that rest on one article.
 *
 * Two rules are derived here, never typed by hand in the data:
 * - a participant is a single-source presence when every citation placing them at the meeting
 *   comes from one article (one article reporting and another silent is "one source", not a
 *   dispute);
 * - a contact whose date is disputed between articles is not merged: it gets one column per
 *   claim, each with that claim's date and only the people that claim's article places there
 *   (a person both articles name appears in both). The articles do not say whether such a
 *   contact is one visit or two, so every presence in one article's column rests on that article
 *   alone: it is a single-source presence there, even for a person the other article also names;
 * - a date an article gives only as the start of a visit (`visitFrom`) is said as such: "from
 *   31 July 2025 (TRT World: visit began “on the last day of July”)".
 * A person's role is the one the articles give for the meeting's date (`rolesAt`).
 */
import type { Citation, DateClaim, Direction, FuzzyDate, Participant, Sector, StoryData, StoryEvent } from '$data/story';
import { placeDate, sayDate, sayIso, sayShort, sayVisitFrom } from './dates';
import { sourceName } from './names';
import { rolesAt } from './validate';
import { en } from '$lib/i18n/ui/en';

export interface DelegationMark {
	/** `${column id}:${person or group index}` — stable across states. */
	key: string;
	event: string;
	eventTitle: string;
	/** The date of this mark's column (the claim's date for a disputed contact). */
	eventDate: string;
	side: 'russia' | 'syria';
	person: string | null;
	name: string;
	/** The title(s) the articles give the person for this date; null for groups or when none is given. */
	role: string | null;
	/** Why there is no role, when the articles give the person none for this date. */
	roleNotGiven: string | null;
	sector: Sector;
	unnamed: boolean;
	/** An unnamed participant who is one person (an office), not a group. */
	individual: boolean;
	/**
	 * The one source id behind this presence when only one article places them there, or, in one
	 * article's column of a differently dated contact, that article; else null.
	 */
	oneSource: string | null;
	citations: Citation[];
	/**
	 * The citations of any title shown that no article placing the person here gives (Bogdanov's
	 * envoy title, only in Asharq Al-Awsat): their articles are credited "(title only)".
	 */
	roleCitations: Citation[];
}

export interface DelegationColumn {
	/** The event id, or `${event}@${claimed date}` for one article's account of a disputed contact. */
	id: string;
	event: string;
	/** Index of the contact (0-based, in time order): the chart's state that focuses it. */
	contact: number;
	/** For one article's account of a disputed contact: that article and its date. */
	claim: { source: string; date: string; wording: string } | null;
	title: string;
	/** The date in words, for tables, CSV and descriptions. */
	dateLabel: string;
	/** The date as the chart writes it on one line: "from 31 July 2025 (TRT World)". */
	chartDate: string;
	shortLabel: string;
	direction: Direction;
	marks: DelegationMark[];
}

const sourcesOf = (citations: Citation[]) => [...new Set(citations.map((c) => c.source))];

/** The one source behind a participant's presence, or null when several articles place them. */
export function singleSource(p: Participant): string | null {
	const s = sourcesOf(p.citations);
	return s.length === 1 ? s[0]! : null;
}

/** The claims of a disputed date that come from different sources, one per source; else []. */
function claimsBySource(e: StoryEvent): (DateClaim & { source: string })[] {
	if (e.date.precision !== 'disputed' || !e.date.claims) return [];
	const claims = e.date.claims.map((c) => ({ ...c, source: c.citations[0]!.source }));
	return new Set(claims.map((c) => c.source)).size === claims.length ? claims : [];
}

/** The contacts in time order. */
const contactsOf = (data: StoryData) =>
	data.events
		.filter((e) => e.contact)
		.sort((a, b) => placeDate(a.date.date).getTime() - placeDate(b.date.date).getTime());

export function delegationSeries(data: StoryData): DelegationColumn[] {
	const people = new Map(data.people.map((p) => [p.id, p]));
	return contactsOf(data).flatMap((e, contact): DelegationColumn[] => {
		const mark = (p: Participant, i: number, col: string, when: FuzzyDate | string, citations: Citation[]): DelegationMark => {
			const person = p.person ? people.get(p.person) : undefined;
			const roles = person ? rolesAt(person, when) : [];
			roles.sort((a, b) => Number(b.sector === p.sector) - Number(a.sector === p.sector));
			return {
				key: `${col}:${p.person ?? `group-${i}`}`,
				event: e.id,
				eventTitle: e.title,
				eventDate: '',
				side: p.side,
				person: p.person,
				name: person?.name ?? p.group ?? 'Unnamed officials',
				role: roles.length ? roles.map((r) => r.title).join('; ') : null,
				roleNotGiven: person && !roles.length ? (p.roleNotGiven ?? null) : null,
				sector: p.sector,
				unnamed: !person,
				individual: !person && Boolean(p.individual),
				oneSource: singleSource(p),
				citations,
				roleCitations: roles
					.filter((r) => !r.citations.some((x) => citations.some((c) => c.source === x.source)))
					.flatMap((r) => r.citations)
			};
		};
		const claims = claimsBySource(e);
		if (!claims.length) {
			const dateLabel = sayDate(e.date);
			return [{
				id: e.id, event: e.id, contact, claim: null, title: e.title, dateLabel, chartDate: dateLabel, shortLabel: sayShort(e.date), direction: e.direction,
				marks: e.participants.map((p, i) => ({ ...mark(p, i, e.id, e.date, p.citations), eventDate: dateLabel }))
			}];
		}
		return claims.map((c) => {
			const id = `${e.id}@${c.date}`;
			const short = sourceName(data, c.source, 'short');
			const from = c.visitFrom ? 'from ' : '';
			const dateLabel = c.visitFrom ? sayVisitFrom(c.date, short, c.wording) : `${sayIso(c.date)} (${short})`;
			return {
				id, event: e.id, contact, claim: { source: c.source, date: c.date, wording: c.wording }, title: e.title, dateLabel,
				chartDate: `${from}${sayIso(c.date)} (${short})`,
				shortLabel: `${from}${sayShort({ date: c.date, precision: 'day' })} (${short})`, direction: e.direction,
				marks: e.participants
					.map((p, i) => ({ p, i, cites: p.citations.filter((x) => x.source === c.source) }))
					.filter(({ cites }) => cites.length > 0)
					// One article's account of a contact the other dates differently: it alone places them there.
					.map(({ p, i, cites }) => ({ ...mark(p, i, id, c.date, cites), oneSource: c.source, eventDate: dateLabel }))
			};
		});
	});
}

/** One presence that rests on one article: who, at which contact, and which article. */
export interface SingleSourcePresence {
	event: string;
	/** The contact's date in words ("28 January 2025", "3 July and/or 31 July 2025 (two articles, …)"). */
	date: string;
	person: string | null;
	/** The person's name, or the group's description. */
	name: string;
	side: 'russia' | 'syria';
	source: string;
	/** The date that source gives: its own claim where the contact's date is disputed ("from 31 July 2025" for a visit's start). */
	sourceDate: string;
	/** The article's words, when it dates only the start of the visit ("on the last day of July"). */
	visitFrom: string | null;
	/** That date as data, for an edition to word: ISO, and whether the article gives it only roughly. */
	sourceIso: string;
	sourceApprox: boolean;
}

/**
 * Every participant of a contact whom only one article places there, in time order. For a
 * contact the articles date differently (one visit or two), each article's account is its own:
 * a person both name is a single-source presence in each (the chart's columns, the same rule).
 */
export function singleSourcePresences(data: StoryData): SingleSourcePresence[] {
	const people = new Map(data.people.map((p) => [p.id, p]));
	return contactsOf(data).flatMap((e) => {
		const claims = claimsBySource(e);
		return e.participants.flatMap((p): SingleSourcePresence[] => {
			const name = (p.person && people.get(p.person)?.name) || p.group || 'Unnamed officials';
			const base = { event: e.id, date: sayDate(e.date), person: p.person, name, side: p.side };
			if (claims.length)
				return claims
					.filter((c) => p.citations.some((x) => x.source === c.source))
					.map((c) => ({
						...base,
						source: c.source,
						sourceDate: `${c.visitFrom ? 'from ' : ''}${sayIso(c.date)}`,
						visitFrom: c.visitFrom ? c.wording : null,
						sourceIso: c.date,
						sourceApprox: false
					}));
			const source = singleSource(p);
			const only = { sourceDate: sayDate(e.date), visitFrom: null, sourceIso: e.date.date, sourceApprox: e.date.precision === 'approximate' };
			return source ? [{ ...base, source, ...only }] : [];
		});
	});
}

const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** One contact as one article tells it: whom it names, and which sides' officials it leaves unnamed. */
interface PresenceGroup {
	/** The presences it names (people, or an office held by one: "the defence minister (not named …)"). */
	named: SingleSourcePresence[];
	unnamed: 'both' | 'russia' | 'syria' | null;
	/** The group's first presence: its date, source and how the article dates the contact. */
	first: SingleSourcePresence;
}

/** The presences grouped by contact and article, for a list in prose (in any edition). */
export function presenceGroups(presences: SingleSourcePresence[]): PresenceGroup[] {
	const groups = new Map<string, SingleSourcePresence[]>();
	for (const p of presences) groups.set(`${p.event}|${p.source}`, [...(groups.get(`${p.event}|${p.source}`) ?? []), p]);
	return [...groups.values()].map((g) => {
		// A group described as one office ("the defence minister (not named …)") reads as a name.
		const asName = (p: SingleSourcePresence) => Boolean(p.person) || /^the /.test(p.name);
		const sides = [...new Set(g.filter((p) => !asName(p)).map((p) => p.side))];
		return { named: g.filter(asName), unnamed: sides.length === 2 ? 'both' : (sides[0] ?? null), first: g[0]! };
	});
}

/**
 * The presences in words, grouped by contact and article: "Alexander Lavrentyev (28 January
 * 2025, TRT World); … (31 July 2025, TRT World)". Unnamed groups are described, never named.
 */
export function presencesText(data: StoryData, presences: SingleSourcePresence[]): string {
	return presenceGroups(presences)
		.map(({ named, unnamed, first }) => {
			const names = [...named.map((p) => p.name), ...(unnamed ? [en.unnamed[unnamed]] : [])];
			// A visit the article dates only by its start: "the visit from 31 July 2025" (no quotation
			// here: the prose that uses this list may cite no record to check a quotation against).
			const when = first.visitFrom ? `the visit ${first.sourceDate}` : first.sourceDate;
			return `${list(names)} (${when}, ${sourceName(data, first.source)})`;
		})
		.join('; ');
}
