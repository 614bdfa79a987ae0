/**
 * Every number, date and count the story prose uses, computed from the data (never typed by
 * hand). Story.svx drops these strings into its sentences as `{f.name}`, so a data edit changes
 * the prose with it, and a record the prose needs that goes missing stops the build with a
 * message naming its id.
 */
import { format } from 'd3-format';
import { utcFormat } from 'd3-time-format';
import { story, type StoryData } from '$lib/data';
import { CHART_SLUGS } from '$lib/charts/registry';
import type { Figure, FuzzyDate, MoneyRange, StoryEvent } from '$lib/data';
import { placeDate, sayIso } from '$lib/data/dates';
import { cadenceSeries, delegationSeries, presencesText, singleSourcePresences } from '$lib/data/series';
import { counted, countWord, daysWords, listText, money, numberWords, upper } from '$lib/words';
import { statusSummary as agreementStatusSummary } from '$lib/charts/agreements/text';

const thousands = format(',');
const dayMonth = utcFormat('%-d %B');
const monthOnly = utcFormat('%B');
const year = utcFormat('%Y');

/** Throws a clear error when the prose needs a record the data no longer has. */
function need<T extends { id: string }>(list: T[], id: string, what: string): T {
	const found = list.find((r) => r.id === id);
	if (!found) throw new Error(`src/lib/story/facts.ts: the story prose needs ${what} "${id}", which data/story.ts does not have.`);
	return found;
}

/** A figure with its qualifier, as the seed words it: "around 40", "more than 80", "20 or so". */
function qualified(fig: Pick<Figure, 'value' | 'qualifier'>, words = false): string {
	const n = words ? numberWords(fig.value) : thousands(fig.value);
	if (!fig.qualifier) return n;
	return fig.qualifier.startsWith('or ') ? `${n} ${fig.qualifier}` : `${fig.qualifier} ${n}`;
}

/** An unambiguous date in words: "28 January 2025", "February 2025"; refuses vague dates. */
function exactDate(e: StoryEvent): string {
	if (e.date.precision !== 'day' && e.date.precision !== 'month')
		throw new Error(`src/lib/story/facts.ts: event "${e.id}" has a ${e.date.precision} date; the prose needs a day or a month.`);
	return sayIso(e.date.date);
}

/** The same gap in whole months: "four to six months". */
function monthsRange(gap: { min: number; max: number }): string {
	const lo = Math.round(gap.min / 30.44);
	const hi = Math.round(gap.max / 30.44);
	return lo === hi ? `about ${counted(lo, 'month', 'months')}` : `${numberWords(lo)} to ${numberWords(hi)} months`;
}

/** The claims of a disputed date, in words: days "3 or 31", month "July 2025". */
function disputedDays(d: FuzzyDate, id: string) {
	if (d.precision !== 'disputed' || !d.claims || d.claims.length < 2)
		throw new Error(`src/lib/story/facts.ts: event "${id}" should have a disputed date with two claims.`);
	const dates = d.claims.map((c) => placeDate(c.date));
	return {
		days: dates.map((x) => String(x.getUTCDate())).join(' or '),
		month: sayIso(d.claims[0]!.date.slice(0, 7)),
		each: d.claims.map((c, i) => ({ source: c.citations[0]?.source ?? '', date: dayMonth(dates[i]!), wording: c.wording }))
	};
}

function buildFacts(data: StoryData) {
	const event = (id: string) => need(data.events, id, 'the event');
	const agreement = (id: string) => need(data.agreements, id, 'the agreement');
	const source = (id: string) => need(data.sources, id, 'the source');
	const figure = (id: string) => need(data.figures, id, 'the figure');
	const economy = (id: string) => need(data.economy, id, 'the economy record');
	const countRecord = (id: string): Figure => {
		const r = economy(id);
		if (r.kind !== 'count') throw new Error(`src/lib/story/facts.ts: economy record "${id}" should be a count.`);
		return r;
	};
	const rangeRecord = (id: string): MoneyRange => {
		const r = economy(id);
		if (r.kind !== 'range') throw new Error(`src/lib/story/facts.ts: economy record "${id}" should be a range.`);
		return r;
	};

	// --- Dates ---------------------------------------------------------------------------------
	const fall = event('fall-of-assad');
	const july = disputedDays(event('july-ministers').date, 'july-ministers');
	const julyFrom = (src: string) => {
		const c = july.each.find((x) => x.source === src);
		if (!c) throw new Error(`src/lib/story/facts.ts: the July date has no claim from source "${src}".`);
		return c;
	};
	const summit = event('october-summit');
	const airstrikes = figure('israeli-airstrikes');
	const airstrikesPeriod = airstrikes.label.match(/the first \w+ months of \d{4}/)?.[0];
	if (!airstrikesPeriod) throw new Error('src/lib/story/facts.ts: figure "israeli-airstrikes" no longer names its period ("the first … months of …").');
	const port = agreement('tartus-port-2019');
	if (port.signed === null) throw new Error('src/lib/story/facts.ts: agreement "tartus-port-2019" has no signing year.');

	// --- Contacts and gaps ------------------------------------------------------------------------
	const marks = cadenceSeries(data);
	const contacts = marks.filter((m) => m.contact);
	const gapOf = (id: string) => {
		const m = need(contacts, id, 'the contact');
		if (!m.gap) throw new Error(`src/lib/story/facts.ts: contact "${id}" has no previous contact to measure a gap from.`);
		return m.gap;
	};
	const longest = contacts.filter((m) => m.gap).sort((a, b) => b.gap!.max - a.gap!.max)[0];
	if (!longest?.gap) throw new Error('src/lib/story/facts.ts: fewer than two contacts; the story needs gaps.');
	const before = contacts[contacts.indexOf(longest) - 1]!;

	// --- Delegations ------------------------------------------------------------------------------
	const columns = delegationSeries(data);
	const column = (id: string) => {
		const c = columns.find((x) => x.event === id);
		if (!c) throw new Error(`src/lib/story/facts.ts: no delegation column for event "${id}".`);
		return c;
	};
	// A contact the articles date differently has one column per article: count its people once.
	const named = (id: string) => {
		column(id);
		return new Set(columns.filter((c) => c.event === id).flatMap((c) => c.marks.filter((m) => !m.unnamed).map((m) => m.person))).size;
	};
	const allMarks = columns.flatMap((c) => c.marks);
	const oneSource = singleSourcePresences(data);
	// Unnamed groups only: an unnamed office held by one person ("the defence minister") is a presence, not a group.
	const unnamed = allMarks.filter((m) => m.unnamed && !m.individual);

	// --- Agreements -------------------------------------------------------------------------------
	// Counted exactly as the agreements chart's takeaway and annotation count them (one function).
	const statusSummary = agreementStatusSummary(data.agreements);
	const kinds = (k: string) => data.agreements.filter((a) => a.kind === k).length;

	// --- Economy ----------------------------------------------------------------------------------
	const trade = rangeRecord('trade-range');
	const projects = countRecord('investment-projects');
	const list = countRecord('reconstruction-list');

	// --- Sources ----------------------------------------------------------------------------------
	const unsigned = data.sources.filter((s) => s.outlet === null);

	return {
		// Dates
		fallMonth: exactDate(fall),
		periodFrom: sayIso(data.period.from),
		periodTo: sayIso(data.period.to),
		januaryVisitDate: exactDate(event('january-visit')),
		februaryCallMonth: exactDate(event('february-call')),
		julyDates: `${july.days} ${july.month}`,
		julyMonth: july.month,
		julyDateSeed004: julyFrom('seed-004').date,
		julyDateTrt: julyFrom('trt').date,
		julyWordingTrt: julyFrom('trt').wording,
		summitDate: exactDate(summit),
		summitDayMonth: dayMonth(placeDate(summit.date.date)),
		electionsMonth: exactDate(event('parliamentary-elections')),
		wheatMonth: exactDate(event('wheat-shipments-resumed')),
		wheatYear: year(placeDate(event('wheat-shipments-resumed').date.date)),
		warrantMonth: monthOnly(placeDate(event('court-warrant').date.date)),
		alawiteMonth: exactDate(event('alawite-clashes')),
		druzeMonth: monthOnly(placeDate(event('druze-clashes').date.date)),
		insiderDayMonth: dayMonth(placeDate(event('insider-report').date.date)),
		rpolitikDayMonth: dayMonth(placeDate(event('rpolitik-note').date.date)),
		dieZeitDayMonth: dayMonth(placeDate(event('die-zeit-report').date.date)),
		reutersDate: exactDate(event('israel-lobbying-report')),
		portDealYear: String(port.signed),
		annulmentYear: year(placeDate(event('tartus-port-annulled').date.date)),
		airstrikesPeriod,

		// Contacts and gaps
		contactCount: numberWords(contacts.length),
		contactCountCap: upper(numberWords(contacts.length)),
		gapToCall: daysWords(gapOf('february-call')),
		gapToJuly: daysWords(gapOf('july-ministers')),
		gapToJulyMonths: monthsRange(gapOf('july-ministers')),
		gapToSummit: daysWords(gapOf('october-summit')),
		longestGap: daysWords(longest.gap),
		longestGapMonths: monthsRange(longest.gap),
		longestGapFrom: monthOnly(before.at),
		longestGapTo: monthOnly(longest.at),
		contextCount: numberWords(marks.filter((m) => !m.contact).length),
		monthsToFirstVisit: counted(figure('months-to-first-visit').value, 'month', 'months'),

		// Delegations
		januaryNamed: numberWords(named('january-visit')),
		februaryNamed: numberWords(named('february-call')),
		julyNamed: numberWords(named('july-ministers')),
		octoberNamed: numberWords(named('october-summit')),
		oneSourceCount: numberWords(oneSource.length),
		oneSourceNames: presencesText(data, oneSource),
		unnamedCount: numberWords(new Set(unnamed.map((m) => `${m.event}:${m.name}`)).size),
		namedPeopleCount: numberWords(new Set(allMarks.filter((m) => m.person).map((m) => m.person)).size),

		// Agreements
		agreementCount: numberWords(data.agreements.length),
		basesCount: numberWords(kinds('base')),
		contractsCount: numberWords(kinds('contract')),
		requestsCount: numberWords(kinds('request')),
		offersCount: numberWords(kinds('offer')),
		statusSummary,
		operationalBases: numberWords(figure('operational-bases').value),

		// Money and figures
		tradeLow: money(trade.low),
		tradeHigh: money(trade.high),
		tradeConstraints: listText(trade.constraints),
		projects: qualified(projects),
		projectSectors: listText(projects.items ?? []),
		reconstructionCountries: listText(list.items ?? []),
		russianFirmsOnList: list.value === 0 ? 'not a single' : numberWords(list.value),
		students: qualified(figure('syrian-students-in-russia')),
		airstrikes: qualified(airstrikes),
		summitHours: `${qualified(figure('summit-duration'), true)} hours`,
		droughtYears: qualified(figure('drought-years')),

		// Sources and disagreements
		sourceCount: numberWords(data.sources.length),
		checked: sayIso(data.checked),
		unsignedCountCap: upper(numberWords(unsigned.length)),
		headlineSeed000: source('seed-000').headline,
		headlineSeed004: source('seed-004').headline,
		disagreementCount: numberWords(data.disagreements.length),
		eventCount: numberWords(data.events.length),
		peopleCount: numberWords(data.people.length),
		chartCount: numberWords(CHART_SLUGS.length),
		/** The story's description (its dek and its search and share text). */
		description: `How Russia and Syria’s new authorities dealt with each other after Assad’s fall, ${sayIso(data.period.from)} – ${sayIso(data.period.to)}: was Moscow still a patron, or a partner that must negotiate, as TRT World argues? Told with ${numberWords(CHART_SLUGS.length)} charts built from ${numberWords(data.sources.length)} cited news articles that do not always agree.`
	};
}

type Facts = ReturnType<typeof buildFacts>;

/** The facts for the published data. */
export const f: Facts = buildFacts(story);
