/**
 * How the Russian and Arabic editions say numbers, counts, dates, money and lists: `Intl` for
 * the locale, plus what `Intl` cannot give (a noun's plural form is the translator's, picked by
 * `Intl.PluralRules`; Russian's "в декабре" needs the prepositional month, a short table below).
 * The English edition keeps `$lib/words` and `$lib/data/dates`.
 */
import { placeDate } from '$lib/data/dates';
import { edition, type Lang } from './editions';

/** A noun's forms by plural category; `#` stands for the number ("# статьи", "مقالتان"). */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Say {
	/** A number with the locale's separators: "650 000 000", "650,000,000". */
	num(n: number): string;
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
}

const RU_MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

export function sayFor(lang: Exclude<Lang, 'en'>): Say {
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
	const count = (n: number, forms: Forms) => (forms[plural.select(n)] ?? forms.other).replace('#', numbers.format(n));
	const common = {
		num: (n: number) => numbers.format(n),
		count,
		date,
		dayMonth: (iso: string) => dayMonth.format(placeDate(iso)),
		month: (iso: string) => month.format(placeDate(iso)),
		list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
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
