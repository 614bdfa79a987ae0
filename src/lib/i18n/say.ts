/**
 * How the Russian and Arabic editions say numbers, counts, dates, money and lists: `Intl` for
 * the locale, plus what `Intl` cannot give (a noun's plural form is the translator's, picked by
 * `Intl.PluralRules`; Russian's "в декабре" needs the prepositional month, a short table below).
 * English says them as `$lib/words` and `$lib/data/dates` always have (the charts speak every
 * edition through this interface).
 */
import type { DatePrecision, FuzzyDate } from '$data/story';
import { placeDate, sayDate, sayIso, sayShort } from '$lib/data/dates';
import { countWord, listText, money } from '$lib/words';
import { utcFormat } from 'd3-time-format';
import { edition, type Lang } from './editions';
import { ui } from './ui';

/** A noun's forms by plural category; `#` stands for the number ("# статьи", "مقالتان"). */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Say {
	/** A number with the locale's separators: "650 000 000", "650,000,000". */
	num(n: number): string;
	/** The form of `forms` a number takes, unfilled (for a template with more than the number). */
	form(n: number, forms: Forms): string;
	/** A count with its noun in the right form: count(5, { one: '# статья', few: '# статьи', many: '# статей', other: '# статьи' }). */
	count(n: number, forms: Forms): string;
	/** An ISO date at its own precision: "28 января 2025 г.", "февраль 2025 г.", "2025". */
	date(iso: string): string;
	/** Day and month: "28 января", "28 يناير". */
	dayMonth(iso: string): string;
	/** The month alone: "июль", "يوليو". */
	month(iso: string): string;
	/** "In" a month or on a day, as a phrase: "в декабре 2024 г.", "في ديسمبر 2024". */
	when(iso: string): string;
	/** Money in US dollars, as the articles give it: "650 млн долларов", "650 مليون دولار". */
	money(usd: number): string;
	/** A list joined with the locale's "and": "a, b и c", "a وb وc". */
	list(items: string[]): string;
	/**
	 * A date of the data as a sentence gives it, hedges and all: "about February 2025", "3 July
	 * and/or 31 July 2025 (two articles, different days; one visit or two)".
	 */
	fuzzy(d: FuzzyDate | { date: string; precision: DatePrecision }): string;
	/** A compact date for a chart label: "28 Jan", "Feb", "3/31 Jul". */
	short(d: FuzzyDate): string;
	/** A month's short name for a time axis: "Jan", "янв.", "يناير". */
	monthShort(at: Date): string;
}

const RU_MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

const thousands = new Intl.NumberFormat('en-GB');
const enMonthShort = utcFormat('%b');

/** English: the words and dates every English page has always used. */
const english: Say = {
	num: (n) => thousands.format(n),
	form: (n, forms) => (n === 1 && forms.one ? forms.one : forms.other),
	count: (n, forms) => (n === 1 && forms.one ? forms.one : forms.other).replace('#', countWord(n)),
	date: sayIso,
	dayMonth: (iso) => sayIso(iso).replace(/ \d{4}$/, ''),
	month: (iso) => sayIso(iso).replace(/ \d{4}$/, ''),
	when: (iso) => `${iso.split('-').length === 3 ? 'on' : 'in'} ${sayIso(iso)}`,
	money,
	list: listText,
	fuzzy: sayDate,
	short: sayShort,
	monthShort: enMonthShort
};

export function sayFor(lang: Lang): Say {
	if (lang === 'en') return english;
	const locale = edition(lang).intl;
	const numbers = new Intl.NumberFormat(locale);
	const plural = new Intl.PluralRules(locale);
	const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
	const day = fmt({ day: 'numeric', month: 'long', year: 'numeric' });
	const monthYear = fmt({ month: 'long', year: 'numeric' });
	const dayMonth = fmt({ day: 'numeric', month: 'long' });
	const month = fmt({ month: 'long' });
	const precision = (iso: string) => iso.split('-').length;
	const date = (iso: string) => {
		const at = placeDate(iso);
		const p = precision(iso);
		return p === 3 ? day.format(at) : p === 2 ? monthYear.format(at) : String(at.getUTCFullYear());
	};
	const form = (n: number, forms: Forms) => forms[plural.select(n)] ?? forms.other;
	const count = (n: number, forms: Forms) => form(n, forms).replace('#', numbers.format(n));
	const words = ui(lang).dates;
	const about = ui(lang).aboutDate;
	const shortDay = fmt({ day: 'numeric', month: 'short' });
	const shortMonth = fmt({ month: 'short' });
	const common = {
		num: (n: number) => numbers.format(n),
		form,
		count,
		date,
		dayMonth: (iso: string) => dayMonth.format(placeDate(iso)),
		month: (iso: string) => month.format(placeDate(iso)),
		list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
		fuzzy: (d: FuzzyDate | { date: string; precision: DatePrecision }) => {
			const claims = 'claims' in d ? d.claims : undefined;
			if (d.precision === 'disputed' && claims?.length) {
				const isos = claims.map((c) => c.date);
				const sameMonth = isos.every((iso) => iso.slice(0, 7) === isos[0]!.slice(0, 7) && iso.length === 10);
				const dates = sameMonth ? isos.map((iso, i) => (i < isos.length - 1 ? dayMonth.format(placeDate(iso)) : date(iso))) : isos.map(date);
				const why = sameMonth ? words.differentDays : words.differentDates;
				return `${dates.join(words.andOr)} ${(claims.length === 2 ? why.two : why.more).replaceAll('{n}', numbers.format(claims.length))}`;
			}
			return d.precision === 'approximate' ? about.replace('{date}', date(d.date)) : date(d.date);
		},
		short: (d: FuzzyDate) => {
			if (d.precision === 'disputed' && d.claims?.length) {
				const days = d.claims.map((c) => placeDate(c.date));
				return `${days.map((x) => numbers.format(x.getUTCDate())).join('/')} ${shortMonth.format(days[0]!)}`;
			}
			const at = placeDate(d.date);
			return d.date.split('-').length === 3 ? shortDay.format(at) : shortMonth.format(at);
		},
		monthShort: (at: Date) => shortMonth.format(at)
	};
	/** Millions and billions as the press writes them: "650 млн долларов", "1 مليار دولار". */
	const scaled = (usd: number, [billions, millions]: [string, string], rest: (usd: number) => string) =>
		usd >= 1e9 ? `${numbers.format(usd / 1e9)} ${billions}` : usd >= 1e6 ? `${numbers.format(usd / 1e6)} ${millions}` : rest(usd);
	if (lang === 'ru')
		return {
			...common,
			when: (iso) => {
				const at = placeDate(iso);
				if (precision(iso) !== 2) return precision(iso) === 3 ? date(iso) : `в ${at.getUTCFullYear()} г.`;
				return `в ${RU_MONTHS_IN[at.getUTCMonth()]} ${at.getUTCFullYear()} г.`;
			},
			money: (usd) => scaled(usd, ['млрд долларов', 'млн долларов'], (n) => count(n, { one: '# доллар', few: '# доллара', many: '# долларов', other: '# доллара' }))
		};
	return {
		...common,
		when: (iso) => `في ${date(iso)}`,
		money: (usd) => scaled(usd, ['مليار دولار', 'مليون دولار'], (n) => `${numbers.format(n)} دولار`)
	};
}
