/**
 * The story's numbers and dates as values, read from the data: what every edition's prose says,
 * each in its own words (`facts.ts` words them in English; an edition words them with
 * `$lib/i18n/say`). A record the prose needs that goes missing stops the build, naming its id.
 */
import { story, type StoryData } from '$lib/data';
import { CHART_SLUGS } from '$lib/charts/registry';
import type { Figure, FuzzyDate, MoneyRange } from '$lib/data';
import { cadenceSeries, delegationSeries, singleSourcePresences } from '$lib/data/series';

/** Throws a clear error when the prose needs a record the data no longer has. */
function need<T extends { id: string }>(list: T[], id: string, what: string): T {
	const found = list.find((r) => r.id === id);
	if (!found) throw new Error(`src/lib/story/values.ts: the story prose needs ${what} "${id}", which data/story.ts does not have.`);
	return found;
}

/** A span of days the dates allow, and the same in whole months. */
export interface Gap {
	min: number;
	max: number;
}

const months = (g: Gap): Gap => ({ min: Math.round(g.min / 30.44), max: Math.round(g.max / 30.44) });

/** The claims of a disputed date, each with its article, ISO date and wording. */
function claimsOf(d: FuzzyDate, id: string) {
	if (d.precision !== 'disputed' || !d.claims || d.claims.length < 2)
		throw new Error(`src/lib/story/values.ts: event "${id}" should have a disputed date with two claims.`);
	return d.claims.map((c) => ({ source: c.citations[0]?.source ?? '', date: c.date, wording: c.wording }));
}

function buildValues(data: StoryData) {
	const event = (id: string) => need(data.events, id, 'the event');
	const figure = (id: string) => need(data.figures, id, 'the figure');
	const economy = (id: string) => need(data.economy, id, 'the economy record');
	const countRecord = (id: string): Figure => {
		const r = economy(id);
		if (r.kind !== 'count') throw new Error(`src/lib/story/values.ts: economy record "${id}" should be a count.`);
		return r;
	};
	const rangeRecord = (id: string): MoneyRange => {
		const r = economy(id);
		if (r.kind !== 'range') throw new Error(`src/lib/story/values.ts: economy record "${id}" should be a range.`);
		return r;
	};
	/** A date the prose says exactly: a day or a month, never a vague one. */
	const exact = (id: string) => {
		const e = event(id);
		if (e.date.precision !== 'day' && e.date.precision !== 'month')
			throw new Error(`src/lib/story/values.ts: event "${id}" has a ${e.date.precision} date; the prose needs a day or a month.`);
		return e.date.date;
	};
	const july = claimsOf(event('july-ministers').date, 'july-ministers');
	const julyFrom = (src: string) => {
		const c = july.find((x) => x.source === src);
		if (!c) throw new Error(`src/lib/story/values.ts: the July date has no claim from source "${src}".`);
		return c;
	};
	const port = need(data.agreements, 'tartus-port-2019', 'the agreement');
	if (port.signed === null) throw new Error('src/lib/story/values.ts: agreement "tartus-port-2019" has no signing year.');

	const marks = cadenceSeries(data);
	const contacts = marks.filter((m) => m.contact);
	const gapOf = (id: string): Gap => {
		const m = need(contacts, id, 'the contact');
		if (!m.gap) throw new Error(`src/lib/story/values.ts: contact "${id}" has no previous contact to measure a gap from.`);
		return m.gap;
	};
	const longest = contacts.filter((m) => m.gap).sort((a, b) => b.gap!.max - a.gap!.max)[0];
	if (!longest?.gap) throw new Error('src/lib/story/values.ts: fewer than two contacts; the story needs gaps.');
	const before = contacts[contacts.indexOf(longest) - 1]!;

	const columns = delegationSeries(data);
	// A contact the articles date differently has one column per article: count its people once.
	const named = (id: string) => {
		if (!columns.some((c) => c.event === id)) throw new Error(`src/lib/story/values.ts: no delegation column for event "${id}".`);
		return new Set(columns.filter((c) => c.event === id).flatMap((c) => c.marks.filter((m) => !m.unnamed).map((m) => m.person))).size;
	};
	const allMarks = columns.flatMap((c) => c.marks);
	// Unnamed groups only: an unnamed office held by one person ("the defence minister") is a presence, not a group.
	const unnamed = allMarks.filter((m) => m.unnamed && !m.individual);
	const kinds = (k: string) => data.agreements.filter((a) => a.kind === k).length;
	const iso = (d: Date) => d.toISOString().slice(0, 7);

	return {
		/** ISO dates (YYYY-MM-DD or YYYY-MM) and years. */
		dates: {
			fall: exact('fall-of-assad'),
			periodFrom: data.period.from,
			periodTo: data.period.to,
			checked: data.checked,
			januaryVisit: exact('january-visit'),
			februaryCall: exact('february-call'),
			/** The July ministers' visit: one date per article ("seed-004", "trt"), with its wording. */
			july,
			julySeed004: julyFrom('seed-004').date,
			julyTrt: julyFrom('trt').date,
			summit: exact('october-summit'),
			elections: exact('parliamentary-elections'),
			wheat: exact('wheat-shipments-resumed'),
			warrant: event('court-warrant').date.date,
			alawite: exact('alawite-clashes'),
			druze: event('druze-clashes').date.date,
			insider: event('insider-report').date.date,
			rpolitik: event('rpolitik-note').date.date,
			dieZeit: event('die-zeit-report').date.date,
			reuters: exact('israel-lobbying-report'),
			portDealYear: port.signed,
			annulmentYear: Number(event('tartus-port-annulled').date.date.slice(0, 4))
		},
		/** Spans between contacts in days (`…Months`: the same in whole months). */
		gaps: {
			toCall: gapOf('february-call'),
			toJuly: gapOf('july-ministers'),
			toJulyMonths: months(gapOf('july-ministers')),
			toSummit: gapOf('october-summit'),
			longest: longest.gap,
			longestMonths: months(longest.gap),
			/** The months the longest gap runs from and to (YYYY-MM). */
			longestFrom: iso(before.at),
			longestTo: iso(longest.at)
		},
		/** Counts. */
		n: {
			contacts: contacts.length,
			context: marks.filter((m) => !m.contact).length,
			monthsToFirstVisit: figure('months-to-first-visit').value,
			januaryNamed: named('january-visit'),
			februaryNamed: named('february-call'),
			julyNamed: named('july-ministers'),
			octoberNamed: named('october-summit'),
			oneSource: singleSourcePresences(data).length,
			unnamed: new Set(unnamed.map((m) => `${m.event}:${m.name}`)).size,
			namedPeople: new Set(allMarks.filter((m) => m.person).map((m) => m.person)).size,
			agreements: data.agreements.length,
			bases: kinds('base'),
			contracts: kinds('contract'),
			requests: kinds('request'),
			offers: kinds('offer'),
			operationalBases: figure('operational-bases').value,
			sources: data.sources.length,
			unsigned: data.sources.filter((s) => s.outlet === null).length,
			disagreements: data.disagreements.length,
			events: data.events.length,
			people: data.people.length,
			charts: CHART_SLUGS.length,
			russianFirmsOnList: countRecord('reconstruction-list').value
		},
		/** Figures the articles qualify ("around 40", "more than 80", "20 or so"). */
		figures: {
			projects: countRecord('investment-projects'),
			students: figure('syrian-students-in-russia'),
			airstrikes: figure('israeli-airstrikes'),
			summitHours: figure('summit-duration'),
			droughtYears: figure('drought-years')
		},
		/** Money and the data's lists (their items are the data's English words). */
		trade: rangeRecord('trade-range'),
		projectSectors: countRecord('investment-projects').items ?? [],
		reconstructionCountries: countRecord('reconstruction-list').items ?? []
	};
}

type Values = ReturnType<typeof buildValues>;

/** The values of the published data. */
export const v: Values = buildValues(story);
