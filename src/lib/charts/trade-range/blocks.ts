/** What the money chart's layout places: its blocks, their states and labels. */
import type { TradeMark } from '$lib/data/series';
import type { FrameLayout, Target } from '../types';

export type MarkState = 'focus' | 'dim';
/** Annotations that belong to a later state are hidden until then. */
export type Reveal = 'hidden' | MarkState;

export interface Label { text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle' }

export interface RangeBlock {
	mark: TradeMark;
	state: MarkState;
	top: number;
	title: string;
	x0: number;
	x1: number;
	bandY: number;
	bandH: number;
	low: Label & { tickTop: number };
	high: Label & { tickTop: number };
	axisY: number;
	axisX: [number, number];
	ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	period: Label & { given: boolean };
	constraint: { reveal: Reveal; lines: Label[]; arrow: [number, number, number] | null };
	/** The source's words (an edition: ours), beside a rule at `ruleX`; lines start at `x`. */
	quote: { reveal: Reveal; lines: string[]; y: number; source: string; x: number; ruleX: number };
}

export interface GridBlock {
	mark: TradeMark;
	state: MarkState;
	top: number;
	/** Title lines, wrapped for the narrowest chart. */
	title: string[];
	/** Where the squares start. */
	cellsTop: number;
	cells: { i: number; x: number; y: number; size: number; approx: boolean }[];
	gridBottom: number;
	notes: string[];
	notesY: number;
	items: string[];
	itemsY: number;
}

export interface Chip { key: string; text: string; x: number; y: number; w: number; h: number; zero: boolean }

export interface ChipBlock {
	mark: TradeMark;
	state: MarkState;
	top: number;
	title: string[];
	lead: string;
	leadY: number;
	chips: Chip[];
}

export interface EventStrip {
	top: number;
	lineY: number;
	x0: number;
	x1: number;
	/** The period's first and last months, at the strip's ends. */
	start: Label;
	end: Label;
	/** x of each month boundary inside the period. */
	months: number[];
	events: { mark: TradeMark; state: MarkState; x0: number; x1: number; lines: string[]; label: Label }[];
}

export interface TradeLayout extends FrameLayout {
	/** Where the blocks' titles and notes start: the left edge, or the right one ('end') in Arabic. */
	text: { x: number; anchor?: 'end' };
	ranges: RangeBlock[];
	grids: GridBlock[];
	lists: ChipBlock[];
	strip: EventStrip | null;
}

/**
 * The layout in a right-to-left edition (Arabic): the shipments strip is a time axis, so its time
 * runs right to left, and the blocks' text, unit grids and chips start at the right edge. The money
 * axis is a number line, not time: its band, ticks and labels stay left to right.
 */
export function mirrored(l: TradeLayout, width: number): TradeLayout {
	const mx = (x: number) => width - x;
	const flip = (a: Label['anchor']): Label['anchor'] => (a === 'start' ? 'end' : a === 'end' ? 'start' : a);
	const label = (t: Label): Label => ({ ...t, x: mx(t.x), anchor: flip(t.anchor) });
	const numberLine = new Set(l.ranges.map((r) => r.mark.id));
	const s = l.strip;
	return {
		...l,
		text: { x: width, anchor: 'end' },
		ranges: l.ranges.map((r) => ({ ...r, quote: { ...r.quote, x: mx(r.quote.x), ruleX: mx(r.quote.ruleX) } })),
		grids: l.grids.map((g) => ({ ...g, cells: g.cells.map((c) => ({ ...c, x: mx(c.x + c.size) })) })),
		lists: l.lists.map((b) => ({ ...b, chips: b.chips.map((c) => ({ ...c, x: mx(c.x + c.w) })) })),
		strip: s && {
			...s,
			x0: mx(s.x0),
			x1: mx(s.x1),
			months: s.months.map(mx),
			start: label(s.start),
			end: label(s.end),
			events: s.events.map((e) => ({ ...e, x0: mx(e.x1), x1: mx(e.x0), label: label(e.label) }))
		},
		targets: l.targets.map((t) => (numberLine.has(t.key) ? t : { ...t, x: mx(t.x) }))
	};
}
