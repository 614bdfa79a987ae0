/**
 * Every number, date and count the English prose uses, in words, from the data's values
 * (`values.ts`, which every edition words in its own language): never typed by hand. Story.svx
 * drops these strings into its sentences as `{f.name}`, so a data edit changes the prose with it,
 * and a record the prose needs that goes missing stops the build with a message naming its id.
 */
import { format } from 'd3-format';
import { utcFormat } from 'd3-time-format';
import { story } from '$lib/data';
import type { Figure } from '$lib/data';
import { placeDate, sayIso } from '$lib/data/dates';
import { presencesText, singleSourcePresences } from '$lib/data/series';
import { counted, daysWords, listText, money, numberWords, upper } from '$lib/words';
import { statusSummary as agreementStatusSummary } from '$lib/charts/agreements/text';
import { v, type Gap } from './values';

const thousands = format(',');
const dayMonth = utcFormat('%-d %B');
const monthOnly = utcFormat('%B');
const year = utcFormat('%Y');
const at = (iso: string) => placeDate(iso);

/** A figure with its qualifier, as the seed words it: "around 40", "more than 80", "20 or so". */
function qualified(fig: Pick<Figure, 'value' | 'qualifier'>, words = false): string {
	const n = words ? numberWords(fig.value) : thousands(fig.value);
	if (!fig.qualifier) return n;
	return fig.qualifier.startsWith('or ') ? `${n} ${fig.qualifier}` : `${fig.qualifier} ${n}`;
}

/** The same gap in whole months: "four to six months". */
const monthsRange = ({ min, max }: Gap) =>
	min === max ? `about ${counted(min, 'month', 'months')}` : `${numberWords(min)} to ${numberWords(max)} months`;

function buildFacts() {
	const { dates, gaps, n, figures } = v;
	const julyTrt = dates.july.find((c) => c.source === 'trt')!;
	// "the first five months of 2025", as the figure's label words it.
	const airstrikesPeriod = figures.airstrikes.label.match(/the first \w+ months of \d{4}/)?.[0];
	if (!airstrikesPeriod) throw new Error('src/lib/story/facts.ts: figure "israeli-airstrikes" no longer names its period ("the first … months of …").');
	const sources = (id: string) => story.sources.find((s) => s.id === id)!.headline;

	return {
		// Dates
		fallMonth: sayIso(dates.fall),
		periodFrom: sayIso(dates.periodFrom),
		periodTo: sayIso(dates.periodTo),
		januaryVisitDate: sayIso(dates.januaryVisit),
		februaryCallMonth: sayIso(dates.februaryCall),
		julyDates: `${dates.july.map((c) => at(c.date).getUTCDate()).join(' or ')} ${sayIso(dates.july[0]!.date.slice(0, 7))}`,
		julyMonth: sayIso(dates.july[0]!.date.slice(0, 7)),
		julyDateSeed004: dayMonth(at(dates.julySeed004)),
		julyDateTrt: dayMonth(at(dates.julyTrt)),
		julyWordingTrt: julyTrt.wording,
		summitDate: sayIso(dates.summit),
		summitDayMonth: dayMonth(at(dates.summit)),
		electionsMonth: sayIso(dates.elections),
		wheatMonth: sayIso(dates.wheat),
		wheatYear: year(at(dates.wheat)),
		warrantMonth: monthOnly(at(dates.warrant)),
		alawiteMonth: sayIso(dates.alawite),
		druzeMonth: monthOnly(at(dates.druze)),
		insiderDayMonth: dayMonth(at(dates.insider)),
		rpolitikDayMonth: dayMonth(at(dates.rpolitik)),
		dieZeitDayMonth: dayMonth(at(dates.dieZeit)),
		reutersDate: sayIso(dates.reuters),
		portDealYear: String(dates.portDealYear),
		annulmentYear: String(dates.annulmentYear),
		airstrikesPeriod,

		// Contacts and gaps
		contactCount: numberWords(n.contacts),
		contactCountCap: upper(numberWords(n.contacts)),
		gapToCall: daysWords(gaps.toCall),
		gapToJuly: daysWords(gaps.toJuly),
		gapToJulyMonths: monthsRange(gaps.toJulyMonths),
		gapToSummit: daysWords(gaps.toSummit),
		longestGap: daysWords(gaps.longest),
		longestGapMonths: monthsRange(gaps.longestMonths),
		longestGapFrom: monthOnly(at(gaps.longestFrom)),
		longestGapTo: monthOnly(at(gaps.longestTo)),
		contextCount: numberWords(n.context),
		monthsToFirstVisit: counted(n.monthsToFirstVisit, 'month', 'months'),

		// Delegations
		januaryNamed: numberWords(n.januaryNamed),
		februaryNamed: numberWords(n.februaryNamed),
		julyNamed: numberWords(n.julyNamed),
		octoberNamed: numberWords(n.octoberNamed),
		oneSourceCount: numberWords(n.oneSource),
		oneSourceNames: presencesText(story, singleSourcePresences(story)),
		unnamedCount: numberWords(n.unnamed),
		namedPeopleCount: numberWords(n.namedPeople),

		// Agreements (counted exactly as the agreements chart's takeaway and annotation count them)
		agreementCount: numberWords(n.agreements),
		basesCount: numberWords(n.bases),
		contractsCount: numberWords(n.contracts),
		requestsCount: numberWords(n.requests),
		offersCount: numberWords(n.offers),
		statusSummary: agreementStatusSummary(story.agreements),
		operationalBases: numberWords(n.operationalBases),

		// Money and figures
		tradeLow: money(v.trade.low),
		tradeHigh: money(v.trade.high),
		tradeConstraints: listText(v.trade.constraints),
		projects: qualified(figures.projects),
		projectSectors: listText(v.projectSectors),
		reconstructionCountries: listText(v.reconstructionCountries),
		russianFirmsOnList: n.russianFirmsOnList === 0 ? 'not a single' : numberWords(n.russianFirmsOnList),
		students: qualified(figures.students),
		airstrikes: qualified(figures.airstrikes),
		summitHours: `${qualified(figures.summitHours, true)} hours`,
		droughtYears: qualified(figures.droughtYears),

		// Sources and disagreements
		sourceCount: numberWords(n.sources),
		sourceArticles: counted(n.sources, 'article', 'articles'),
		checked: sayIso(dates.checked),
		unsignedCountCap: upper(numberWords(n.unsigned)),
		headlineSeed000: sources('seed-000'),
		headlineSeed004: sources('seed-004'),
		disagreementCount: numberWords(n.disagreements),
		eventCount: numberWords(n.events),
		peopleCount: numberWords(n.people),
		chartCount: numberWords(n.charts),
		/** The story's description (its dek and its search and share text). */
		description: `How Russia and Syria’s new authorities dealt with each other after Assad’s fall, ${sayIso(dates.periodFrom)} – ${sayIso(dates.periodTo)}: was Moscow still a patron, or a partner that must negotiate, as TRT World argues? Told with ${numberWords(n.charts)} charts built from ${numberWords(n.sources)} cited news articles that do not always agree.`
	};
}

/** The facts for the published data. */
export const f = buildFacts();
