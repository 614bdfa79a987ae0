/**
 * Money and reconstruction: the trade range as a band on a US-dollar axis, each count the
 * sources give (investment projects as a unit grid, the reconstruction list as chips), and the
 * shipment events on a strip of the story's period. States, from the data:
 * 0 = the range and its (missing) period, 1 = its constraints in the source's words,
 * 2…n = each count in turn; the last count comes with the shipments and everything else at full
 * strength (the final state: what an embed or a download shows by default).
 * Every mark is drawn in every state (dimmed when not in focus), so steps update, not rebuild.
 * Lines wrap and chips flow for the width drawn: a narrower chart is taller.
 * In Arabic the finished layout is `mirrored` (blocks.ts): the shipments' time runs right to left.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { dateBounds } from '$lib/data/dates';
import { tradeSeries } from '$lib/data/series';
import { utcMonth } from 'd3-time';
import { charsIn, clamp, periodScale, textWidth, timeRunsLeft, wrap } from '../shared/scales';
import { speech, type Speech } from '../speech';
import type { Target } from '../types';
import { countPhrase, moneyTick, numIn, qualifierIn, quoteOf, tradeMarks } from './text';
import { tradeWords } from './words';
import { mirrored, type MarkState, type Reveal, type Label, type RangeBlock, type GridBlock, type Chip, type ChipBlock, type EventStrip, type TradeLayout } from './blocks';

/**
 * Line breaks for the width drawn, with room for WCAG 1.4.12's spacing (a fifth wider); lines
 * stop at about 70 characters on wide charts. Block titles are bold and larger than the notes.
 */
const charsFor = (width: number) => ({ text: Math.min(70, charsIn(width, 12 * 1.2)), title: Math.min(50, charsIn(width, 13 * 1.35)) });
const LINE = 15;
const GAP = 26;

/** The states by name: the range, its constraints, then each count (by its record's id; the last with the shipments). */
export function tradeStates(data: StoryData): string[] {
	const counts = tradeSeries(data).filter((m) => m.kind === 'count');
	return ['range', 'constraints', ...(counts.length ? counts.map((m) => m.id) : ['counts'])];
}

/** Chips flow into rows across the width (sized with room for WCAG 1.4.12's spacing). */
function flowChips(texts: { key: string; text: string; zero: boolean }[], top: number, width: number): Chip[] {
	const h = 26;
	let x = 0;
	let y = top;
	return texts.map((t) => {
		const w = Math.min(width, Math.ceil(textWidth(t.text, 12.5) * 1.25 + 22));
		if (x > 0 && x + w > width) {
			x = 0;
			y += h + 8;
		}
		const chip = { ...t, x, y, w, h };
		x += w + 8;
		return chip;
	});
}

export function tradeLayout(data: StoryData, widthIn: number, stepIn: number, lang: Lang = 'en'): TradeLayout {
	const width = Math.max(240, widthIn || 360);
	const chars = charsFor(width);
	const sp = speech(data, lang);
	const { say, fill } = sp;
	const w = tradeWords[lang];
	// English joins these lists as it always has here; an edition with its own "and".
	const andList = (xs: string[], english: (xs: string[]) => string) => (lang === 'en' ? english(xs) : say.list(xs));
	const series = tradeMarks(data, sp);
	const rangeMarks = series.filter((m) => m.kind === 'range');
	const countMarks = series.filter((m) => m.kind === 'count');
	const eventMarks = series.filter((m) => m.kind === 'event');
	const steps = tradeStates(data).length;
	const step = clamp(Math.round(stepIn) || 0, 0, steps - 1);
	const last = steps - 1;
	const all = step === last;
	const focusIf = (b: boolean): MarkState => (b || all ? 'focus' : 'dim');
	const reveal = (from: number, to = from): Reveal => (step < from ? 'hidden' : step <= to || all ? 'focus' : 'dim');

	// One dollar axis for every range, from $0 to a little above the highest value.
	const max = Math.max(1, ...rangeMarks.map((m) => m.high ?? 0));
	const x = scaleLinear().domain([0, max * 1.08]).rangeRound([1, width - 1]).nice(5);
	let y = 0;

	const ranges = rangeMarks.map((m): RangeBlock => {
		const top = y;
		const x0 = x(m.low ?? 0);
		const x1 = Math.max(x0 + 2, x(m.high ?? 0));
		const lowText = say.money(m.low ?? 0);
		const highText = say.money(m.high ?? 0);
		// Bracket labels: "|$650 million" reads right from the low edge, "$1 billion|" left from the high edge.
		const lowStart = x0 + 5 + textWidth(lowText, 13) <= width;
		const highEnd = x1 - 5 - textWidth(highText, 13) >= 0;
		// Both labels on the row next to the band when they fit side by side, else staggered.
		const oneRow = lowStart && highEnd && x0 + textWidth(lowText, 13) + 24 < x1 - textWidth(highText, 13);
		const lowRow = oneRow ? 16 : 0;
		const bandY = top + 58;
		const bandH = 30;
		const axisY = bandY + bandH + 8;
		const periodText = m.period ? fill(w.periodIs, { period: m.period }) : w.noPeriod;
		const pw = textWidth(periodText, 12) * 1.2;
		// The constraint sits in the band's row, on the side with more room.
		const leftRoom = x0 - 14;
		const rightRoom = width - x1 - 14;
		const onLeft = leftRoom >= rightRoom;
		const room = Math.max(leftRoom, rightRoom);
		const cText = m.items.length ? fill(w.constraintNote, { items: andList(m.items, (xs) => xs.join(' and ')) }) : '';
		const cLines = cText ? wrap(cText, Math.max(12, charsIn(room, 13 * 1.2))) : [];
		const cx = onLeft ? x0 - 14 : x1 + 14;
		const cy = bandY + bandH / 2 - ((cLines.length - 1) * 14) / 2 + 4;
		const quoteLines = m.constraint ? wrap(fill(w.quote, { quote: quoteOf(m, sp) }), chars.text) : [];
		const quoteY = axisY + 56;
		y = quoteY + quoteLines.length * LINE + 18 + GAP;
		return {
			mark: m,
			state: focusIf(step <= 1),
			top,
			title: m.label,
			x0,
			x1,
			bandY,
			bandH,
			low: { text: lowText, x: lowStart ? x0 + 5 : x0 - 5, y: top + 34 + lowRow, anchor: lowStart ? 'start' : 'end', tickTop: top + 22 + lowRow },
			high: { text: highText, x: highEnd ? x1 - 5 : x1 + 5, y: top + 50, anchor: highEnd ? 'end' : 'start', tickTop: top + 38 },
			axisY,
			axisX: [x.range()[0]!, x.range()[1]!],
			ticks: moneyTicks(x, width, sp),
			period: { text: periodText, x: clamp((x0 + x1) / 2, pw / 2, width - pw / 2), y: axisY + 34, anchor: 'middle', given: !!m.period },
			constraint: {
				reveal: reveal(1),
				lines: cLines.map((t, i) => ({ text: t, x: cx, y: cy + i * 14, anchor: onLeft ? 'end' : 'start' })),
				arrow: cLines.length ? [onLeft ? x0 - 10 : x1 + 10, onLeft ? x0 - 2 : x1 + 2, bandY + bandH / 2] : null
			},
			quote: {
				reveal: reveal(1),
				lines: quoteLines,
				y: quoteY,
				source: fill(w.quoteSource, { source: m.constraint ? sp.source(m.constraint.source) : '' }),
				x: 10,
				ruleX: 1.5
			}
		};
	});

	const grids: GridBlock[] = [];
	const lists: ChipBlock[] = [];
	countMarks.forEach((m, i) => {
		const top = y;
		const state = focusIf(step === 2 + i || (i === countMarks.length - 1 && step === last));
		if ((m.value ?? 0) > 0) {
			// One square a unit (or a round number of units for big counts), in rows of ten so the
			// count reads at a glance and the grid fits the narrowest chart.
			const value = m.value ?? 0;
			const per = value > 200 ? 10 ** Math.ceil(Math.log10(value / 200)) : 1;
			const n = Math.ceil(value / per);
			const fuzzy = m.qualifier ? Math.max(1, Math.round(n * 0.1)) : 0;
			const cols = 10;
			const title = wrap(sp.upper(countPhrase(m, sp)), chars.title);
			const cellsTop = top + 9 + title.length * 17;
			const pitch = 15;
			const cells = Array.from({ length: n }, (_, k) => ({
				i: k,
				x: (k % cols) * pitch,
				y: cellsTop + Math.floor(k / cols) * pitch,
				size: 12,
				approx: k >= n - fuzzy
			}));
			const gridBottom = cellsTop + Math.ceil(n / cols) * pitch;
			// The source's number as it gives it ("around 40"), in the edition's digits.
			const notes = [
				...(per > 1 ? [fill(w.eachSquare, { n: numIn(sp, per, String), what: m.unit ?? '' })] : []),
				...(m.qualifier ? [fill(w.approxNote, { qualifier: qualifierIn(sp, m.qualifier), n: numIn(sp, value, String) })] : [])
			].flatMap((t) => wrap(t, chars.text));
			const notesY = gridBottom + 12;
			const spanned = andList(m.items, (xs) => xs.join(', ').replace(/, ([^,]*)$/, ' and $1'));
			const items = m.items.length ? wrap(fill(w.spanningNote, { items: spanned }), chars.text) : [];
			const itemsY = notesY + notes.length * LINE + (notes.length ? 6 : 0);
			y = itemsY + items.length * LINE + GAP - 4;
			grids.push({ mark: m, state, top, title, cellsTop, cells, gridBottom, notes, notesY, items, itemsY });
		} else {
			const title = wrap(m.label, chars.title);
			const leadY = top + 16 + title.length * 17;
			const chips = flowChips(
				[...m.items.map((t) => ({ key: t, text: t, zero: false })), { key: '__none', text: fill(w.chipNone, { what: sp.upper(m.unit ?? 'none') }), zero: true }],
				leadY + 10,
				width
			);
			const bottom = Math.max(leadY, ...chips.map((c) => c.y + c.h));
			y = bottom + GAP + 6;
			const lead = m.items.length ? (m.reportedly ? w.leadItemsReportedly : w.leadItems) : m.reportedly ? w.leadReportedly : '';
			lists.push({ mark: m, state, top, title, lead, leadY, chips });
		}
	});

	let strip: EventStrip | null = null;
	if (eventMarks.length) {
		const top = y;
		const t = periodScale(data, 1, width - 1);
		const [d0, d1] = t.domain() as [Date, Date];
		let ly = top + 14;
		const events = eventMarks.map((m) => {
			// A shipment spans the days its date can mean (a whole month for "April 2025").
			const [b0, b1] = dateBounds(data.events.find((e) => e.id === m.id)!.date.date);
			const ex0 = t(b0);
			const ex1 = Math.max(ex0 + 6, t(new Date(b1.getTime() + 86_400_000)));
			const mid = (ex0 + ex1) / 2;
			const anchor: Label['anchor'] = mid > width * 0.55 ? 'end' : 'start';
			// Line breaks for the room the label has, with room for WCAG 1.4.12 spacing.
			const at = ((anchor === 'start' ? 1 - ex0 / width : ex1 / width) * width) / 1.2;
			const lines = [m.dateLabel ?? '', ...wrap(m.label, Math.max(16, charsIn(at, 13)))];
			const label: Label = { text: '', x: anchor === 'start' ? ex0 : ex1, y: ly, anchor };
			ly += lines.length * 14 + 6;
			return { mark: m, state: focusIf(step === last), x0: ex0, x1: ex1, lines, label };
		});
		const lineY = ly + 8;
		const months = utcMonth.range(utcMonth.offset(d0, 1), d1).map((d) => t(d));
		const monthOf = (d: Date) => fill(w.stripEnd, { month: say.monthShort(d), year: String(d.getUTCFullYear()) });
		const [x0, x1] = [t.range()[0]!, t.range()[1]!];
		const start: Label = { text: monthOf(d0), x: x0, y: lineY + 18, anchor: 'start' };
		const end: Label = { text: monthOf(new Date(d1.getTime() - 86_400_000)), x: x1, y: lineY + 18, anchor: 'end' };
		strip = { top, lineY, x0, x1, months, start, end, events };
		y = lineY + 26 + GAP;
	}

	const targets: Target[] = series.map((m) => {
		const r = ranges.find((b) => b.mark.id === m.id);
		const g = grids.find((b) => b.mark.id === m.id);
		const l = lists.find((b) => b.mark.id === m.id);
		const e = strip?.events.find((b) => b.mark.id === m.id);
		let box = { x: 12, y: 12, w: 24, h: 24, state: 'dim' as MarkState };
		if (r) box = { x: (r.x0 + r.x1) / 2, y: r.bandY + r.bandH / 2, w: Math.max(28, r.x1 - r.x0), h: r.bandH + 4, state: r.state };
		if (g) {
			const right = Math.max(...g.cells.map((c) => c.x + c.size));
			box = { x: right / 2, y: (g.cellsTop + g.gridBottom) / 2, w: right + 6, h: g.gridBottom - g.cellsTop + 4, state: g.state };
		}
		if (l) {
			const right = Math.max(...l.chips.map((c) => c.x + c.w));
			const [t0, t1] = [Math.min(...l.chips.map((c) => c.y)), Math.max(...l.chips.map((c) => c.y + c.h))];
			box = { x: right / 2, y: (t0 + t1) / 2, w: right + 6, h: t1 - t0 + 6, state: l.state };
		}
		if (e && strip) box = { x: (e.x0 + e.x1) / 2, y: strip.lineY, w: Math.max(28, e.x1 - e.x0 + 8), h: 28, state: e.state };
		return { key: m.id, x: box.x, y: box.y, w: box.w, h: box.h, dim: box.state === 'dim', label: targetLabel(m, sp, andList) };
	});

	const layout: TradeLayout = { height: Math.ceil(y - GAP + 8), step, text: { x: 0 }, ranges, grids, lists, strip, targets };
	return timeRunsLeft(lang) ? mirrored(layout, width) : layout;
}

/**
 * The money axis's ticks: one about every 90 px, fewer where their labels would meet (an
 * edition's «200 млн $» is wider than "$200M").
 */
function moneyTicks(x: ScaleLinear<number, number>, width: number, sp: Speech): RangeBlock['ticks'] {
	for (let n = Math.max(2, Math.floor(width / 90)); ; n--) {
		const ticks = x.ticks(n).map((v, i, all) => ({
			x: x(v),
			label: moneyTick(v, sp),
			anchor: (i === 0 ? 'start' : i === all.length - 1 && x(v) > width - 20 ? 'end' : 'middle') as RangeBlock['ticks'][number]['anchor']
		}));
		const gap = ticks.length > 1 ? ticks[1]!.x - ticks[0]!.x : width;
		if (n <= 2 || ticks.every((t) => textWidth(t.label, 12) + 8 <= gap)) return ticks;
	}
}

function targetLabel(m: ReturnType<typeof tradeMarks>[number], sp: Speech, andList: (xs: string[], english: (xs: string[]) => string) => string): string {
	const w = tradeWords[sp.lang];
	const low = sp.say.money(m.low ?? 0);
	const high = sp.say.money(m.high ?? 0);
	if (m.kind === 'range') {
		const items = andList(m.items, (xs) => xs.join(' and '));
		return sp.fill(m.items.length ? w.targetRangeConstrained : w.targetRange, { label: m.label, low, high, period: m.period ?? w.noPeriodGiven, items });
	}
	if (m.kind === 'count') {
		if (m.value !== 0) return sp.fill(w.targetCount, { label: m.label, count: countPhrase(m, sp) });
		return sp.fill(m.reportedly ? w.targetNoneReportedly : w.targetNone, { label: m.label });
	}
	return sp.fill(w.targetEvent, { date: m.dateLabel ?? '', label: m.label });
}
