/**
 * How numbers, money, spans and lists are said to readers: one place for the prose, captions,
 * notes, tables and slides, so the same thing is never said two ways.
 */
import { format } from 'd3-format';

const thousands = format(',');
const short = format('~g');

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Small counts in words, as a newsroom style guide wants them: "five articles", 15 agreements. */
export const countWord = (n: number) => WORDS[n] ?? thousands(n);

/** A number in prose: words up to ten, "two and a half", then digits with separators. */
export function numberWords(v: number): string {
	if (Number.isInteger(v)) return countWord(v);
	if (v % 1 === 0.5 && v < 10) return `${countWord(Math.floor(v))} and a half`;
	return thousands(v);
}

/** A count with its noun: "one month", "four contacts", "15 agreements". */
export const counted = (n: number, one: string, many: string) => `${numberWords(n)} ${n === 1 ? one : many}`;

/** Capitalised first letter, for words that open a sentence. */
export const upper = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/** What goes before item `i` of `n` in a list in prose: "", ", " or " and ". */
export const listSep = (i: number, n: number) => (i === 0 ? '' : i === n - 1 ? ' and ' : ', ');

/** A list in prose: "a, b and c". */
export function listText(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "$650 million", "$1 billion", "$1.25 billion": the articles' own way of saying money. */
export function money(v: number): string {
	if (v >= 1e9) return `$${short(+(v / 1e9).toPrecision(6))} billion`;
	if (v >= 1e6) return `$${short(+(v / 1e6).toPrecision(6))} million`;
	return `$${thousands(v)}`;
}

/** A span of days between two contacts, from its bounds. */
interface DaySpan {
	min: number;
	max: number;
}
/** "4–31" for a chart label or a table cell; "76" when the dates allow one value. */
export const daysShort = (g: DaySpan) => (g.min === g.max ? `${g.min}` : `${g.min}–${g.max}`);
/** "four to 31 days" in the prose ("76 days" when the dates allow one value). */
export const daysWords = (g: DaySpan) =>
	g.min === g.max ? counted(g.min, 'day', 'days') : `${numberWords(g.min)} to ${numberWords(g.max)} days`;

/** The years a period covers: "2024–2025". */
export const yearSpan = (period: { from: string; to: string }) => `${period.from.slice(0, 4)}–${period.to.slice(0, 4)}`;
