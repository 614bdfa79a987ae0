/** Dates of uneven precision: where to place them on an axis and how to say them. */
import { utcFormat } from 'd3-time-format';
import type { DatePrecision, FuzzyDate } from '$data/story';
import { en } from '$lib/i18n/ui/en';

const fmtDay = utcFormat('%-d %B %Y');
const fmtMonth = utcFormat('%B %Y');
const fmtShortDay = utcFormat('%-d %b');
const fmtDayMonth = utcFormat('%-d %B');
const fmtYear = utcFormat('%Y');

/**
 * A date an article gives only as the start of a visit: "from 31 July 2025 (TRT World: visit
 * began “on the last day of July”)". `who` is the article's short name.
 */
export const sayVisitFrom = (iso: string, who: string, wording: string) => `from ${sayIso(iso)} (${who}: visit began “${wording}”)`;

/**
 * The instant at which a date is drawn: a day at noon, a month in its middle (we do not know the
 * day, so we do not pretend it is the 1st), a year in its middle.
 */
export function placeDate(iso: string): Date {
	const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d, 12));
	if (m !== undefined) return new Date(Date.UTC(y, m - 1, 15));
	return new Date(Date.UTC(y, 6, 1));
}

const COUNT = ['zero', 'one', 'two', 'three', 'four', 'five'];

/**
 * "28 January 2025", "February 2025", "about January 2025", and for a date two articles give
 * differently: "3 July and/or 31 July 2025 (two articles, different days; one visit or two)" —
 * never "disputed", which would presume one event whose date is contested.
 */
export function sayDate(d: FuzzyDate | { date: string; precision: DatePrecision }): string {
	const claims = 'claims' in d ? d.claims : undefined;
	if (d.precision === 'disputed' && claims?.length) {
		const dates = claims.map((c) => placeDate(c.date));
		const sameMonth = dates.every((x) => fmtMonth(x) === fmtMonth(dates[0]!));
		const n = COUNT[claims.length] ?? String(claims.length);
		const why = sameMonth ? en.dates.differentDays : en.dates.differentDates;
		const said = sameMonth ? `${dates.map((x) => fmtDayMonth(x)).join(en.dates.andOr)} ${fmtYear(dates[0]!)}` : claims.map((c) => sayIso(c.date)).join(en.dates.andOr);
		return `${said} ${(claims.length === 2 ? why.two : why.more).replaceAll('{n}', n)}`;
	}
	const s = sayIso(d.date);
	return d.precision === 'approximate' ? en.aboutDate.replace('{date}', s) : s;
}

/** An ISO date at its own granularity. */
export function sayIso(iso: string): string {
	const parts = iso.split('-').length;
	const at = placeDate(iso);
	return parts === 3 ? fmtDay(at) : parts === 2 ? fmtMonth(at) : String(at.getUTCFullYear());
}

/** A compact label for chart annotations: "28 Jan", "Feb", "3/31 Jul". */
export function sayShort(d: FuzzyDate): string {
	if (d.precision === 'disputed' && d.claims?.length) {
		const days = d.claims.map((c) => placeDate(c.date));
		return `${days.map((x) => x.getUTCDate()).join('/')} ${utcFormat('%b')(days[0]!)}`;
	}
	const at = placeDate(d.date);
	return d.date.split('-').length === 3 ? fmtShortDay(at) : utcFormat('%b')(at);
}

/** Whole days between two instants. */
export const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

/** The first and last day a date can mean: a month spans all its days, a year all its months. */
export function dateBounds(iso: string): [Date, Date] {
	const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (d !== undefined) return [new Date(Date.UTC(y, m! - 1, d)), new Date(Date.UTC(y, m! - 1, d))];
	if (m !== undefined) return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 0))];
	return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
}
