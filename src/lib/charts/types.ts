/** A focusable, touchable mark: where it is drawn and what it says. */
export interface Target {
	key: string;
	/** Centre of the hit area, in chart pixels. */
	x: number;
	y: number;
	/** Hit area size (at least 24 × 24 for touch). */
	w: number;
	h: number;
	/** What a screen reader hears when the mark is focused. */
	label: string;
	/** Dimmed marks stay reachable but are announced after the highlighted ones. */
	dim?: boolean;
}

/** The facts a detail panel shows for one mark. */
export interface Detail {
	heading: string;
	facts: [label: string, value: string][];
	/** Each citation's quote and a readable name of its source. */
	cites: { quote: string; from: string }[];
}

export interface TableSpec {
	caption: string;
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, string | number | null>[];
}

export type Theme = 'light' | 'dark' | 'auto';

/** What every chart component takes. */
export interface ChartProps {
	/** The validated story data (or a fixture in tests). */
	data: import('$data/story').StoryData;
	/** The state to show, from 0; clamped to the chart's states. */
	step?: number;
	theme?: Theme;
	/** Makes ids unique when one chart appears several times on a page. */
	idPrefix?: string;
	/** Width to draw at before the container is measured (server render, SVG snapshot). */
	initialWidth?: number;
	/** Show the "Download data" and "Embed" tools (default true). */
	tools?: boolean;
	/** The tools' embed code and image downloads are for this state and theme (the gallery). */
	thisState?: boolean;
	/** Include the "Show data" table (default true; the same in every state of a chart). */
	dataTable?: boolean;
	/** Where a reader without JavaScript finds each mark's facts (default: "Show data" below). */
	tableHint?: string;
	/** Prerender the plot at each width, for a page without Svelte's runtime (the embed). */
	widths?: readonly number[];
	/** With `widths`: render only the plots and their marks' facts (a state for the story's script). */
	plotsOnly?: boolean;
	/** With `widths`: prerender each mark's facts as a <template> (default true). */
	details?: boolean;
	/** With `widths`: prerender the marks' buttons, hidden until a script shows them (default true). */
	markTargets?: boolean;
	/**
	 * With `widths`: one piece of the figure, for a page that lays the pieces out itself (the
	 * story: title before the steps, key and plot beside them, sources and table after them).
	 */
	part?: 'whole' | 'head' | 'figure' | 'foot';
	/** Heading level of the chart title inside the figcaption. */
	headingLevel?: 1 | 2 | 3 | 4;
}

/** The words a chart's text module generates from the data (caption, description, details, table). */
export interface ChartText {
	title: string;
	/** One line: what to see. */
	takeaway: string;
	/** "Sources: TRT World; MENAFN…" */
	sourceLine: string;
	/** Long description for screen readers. */
	description: string;
	detailFor: (key: string) => Detail | null;
	table: TableSpec;
}

/** What every chart layout gives the frame. */
export interface FrameLayout {
	/** The state shown, clamped to the chart's states. */
	step: number;
	/** Depends on the data only, so hydration never shifts the page. */
	height: number;
	targets: Target[];
}
