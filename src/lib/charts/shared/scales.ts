/** Scales and helpers shared by the charts. */
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { StoryData } from '$data/story';
import { placeDate } from '$lib/data/dates';
import type { Say } from '$lib/i18n/say';
import { edition, type Lang } from '$lib/i18n/editions';

export interface Tick {
	/** Where the month starts (tick line). */
	x0: number;
	/** Middle of the month (label). */
	x: number;
	label: string;
	/** A second line for the first tick and each January. */
	year: string | null;
}

/**
 * The story's period as a UTC time scale over [x0, x1], on whole pixels: edges stay crisp and
 * the prerendered SVG (six widths an embed, fifteen a story state) carries no 16-digit numbers.
 */
export function periodScale(data: StoryData, x0: number, x1: number) {
	const start = new Date(Date.UTC(...ym(data.period.from), 1));
	const [ey, em] = ym(data.period.to);
	const end = new Date(Date.UTC(ey, em + 1, 1));
	return scaleUtc().domain([start, end]).rangeRound([x0, x1]);
}

const ym = (s: string): [number, number] => {
	const [y, m] = s.split('-').map(Number) as [number, number];
	return [y, m - 1];
};

/**
 * Month ticks at the middle of each month (labels sit on their month, not its boundary), named
 * as the edition names them ("Jan", "янв.", "يناير").
 */
export function monthTicks(x: ReturnType<typeof periodScale>, width: number, say: Pick<Say, 'monthShort'>): Tick[] {
	const [a, b] = x.domain() as [Date, Date];
	const months = utcMonth.range(a, b);
	const labels = months.map((m) => say.monthShort(m));
	// A month's name needs its width and WCAG 1.4.12's letter spacing (about 40 px for "Sep"):
	// where the longest does not fit, every other month.
	const room = Math.max(40, ...labels.map((l) => textWidth(l, 12) * 1.25 + 8));
	const every = width / months.length < room ? 2 : 1;
	return months
		.map((m, i) => ({ m, label: labels[i]! }))
		.filter((_, i) => i % every === 0)
		.map(({ m, label }, i) => ({
			x0: x(m),
			x: x(placeDate(utcFormat('%Y-%m')(m))),
			label,
			// On narrow charts the first month's year would collide with January's.
			year: (i === 0 && width >= 520) || m.getUTCMonth() === 0 ? String(m.getUTCFullYear()) : null
		}));
}

/** Greedy word wrap for SVG text (no measuring in SSR): at most `max` characters a line. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Rough text width for the 12–13 px sans labels, to keep labels inside the chart: 0.6 em a
 * character, the width of the wider system sans fonts (DejaVu Sans, Roboto).
 */
export const textWidth = (s: string, px = 12) => s.length * px * 0.6;
/** How many characters of `px` text fit in `room` px, by the same estimate. */
export const charsIn = (room: number, px = 12) => Math.floor(room / (px * 0.6));

/**
 * Time runs right to left in a right-to-left edition (Arabic), as its reading, its step cards and
 * its progress bar do; a layout computed left to right is then mirrored (README, "Editions").
 */
export const timeRunsLeft = (lang: Lang) => edition(lang).dir === 'rtl';
/** A text anchor of a mirrored layout. */
export const flipAnchor = (a: 'start' | 'end'): 'start' | 'end' => (a === 'start' ? 'end' : 'start');

export const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
