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
	quote: { reveal: Reveal; lines: string[]; y: number; source: string };
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
	start: string;
	end: string;
	/** x of each month boundary inside the period. */
	months: number[];
	events: { mark: TradeMark; state: MarkState; x0: number; x1: number; lines: string[]; label: Label }[];
}

export interface TradeLayout extends FrameLayout {
	ranges: RangeBlock[];
	grids: GridBlock[];
	lists: ChipBlock[];
	strip: EventStrip | null;
}
