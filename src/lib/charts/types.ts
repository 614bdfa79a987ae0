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
	/**
	 * Marks that belong together (one agreement's claims): Up and Down move between rows, Left
	 * and Right through one row, Home and End to its ends.
	 */
	row?: string;
}

/** The facts a detail panel shows for one mark. */
export interface Detail {
	heading: string;
	facts: [label: string, value: string][];
	/** Each citation's quote, a readable name of its source, and in an edition our translation. */
	cites: { quote: string; from: string; ours?: string }[];
}

export interface TableSpec {
	caption: string;
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, string | number | null>[];
}

export type Theme = 'light' | 'dark' | 'auto';

/** What the figure (`Chart.svelte`) takes: a chart of the registry, in one state, at given widths. */
export interface ChartProps {
	slug: import('$lib/data/slugs').ChartSlug;
	/** The validated story data (or a fixture in tests). */
	data: import('$data/story').StoryData;
	/** The edition whose words it speaks (default: the page's, else English). */
	lang?: import('$lib/i18n/editions').Lang;
	/** The state to show, from 0; clamped to the chart's states. */
	step?: number;
	theme?: Theme;
	/** Makes ids unique when one chart appears several times on a page. */
	idPrefix?: string;
	/** The plot is drawn at each width (the page's CSS or script shows the one that fits). */
	widths: readonly number[];
	/** The sticky figure's plot also at these widths, for readers without JavaScript (in <noscript>). */
	noscriptWidths?: readonly number[];
	/** Show the "Download data" and "Embed" tools (default true). */
	tools?: boolean;
	/** The tools' embed code and image downloads are for this state and theme (the gallery). */
	thisState?: boolean;
	/** Include the "Show data" table (default true; the same in every state of a chart). */
	dataTable?: boolean;
	/** Where a reader without JavaScript finds each mark's facts (default: "Show data" below). */
	tableHint?: string;
	/** Each mark's facts as a <template> for the page's script (default true). */
	details?: boolean;
	/** The marks' buttons, hidden until a script shows them (default true). */
	markTargets?: boolean;
	/**
	 * One piece of the figure, for a page that lays the pieces out itself (the story: title
	 * before the steps, key and plot beside them, sources and table after them); or, for the
	 * states files, the plots alone (`plots`) or the facts of every mark of every state (`details`).
	 */
	part?: 'whole' | 'head' | 'figure' | 'foot' | 'plots' | 'details';
	/** Heading level of the chart title inside the figcaption. */
	headingLevel?: 1 | 2 | 3 | 4;
	/**
	 * A figure for paper only (the handout's print): no page script works it (no `data-chart`),
	 * and it has no detail panel.
	 */
	paper?: boolean;
}

/** What a chart's view component takes: its key, or the marks of one plot, from a layout. */
export interface ViewProps<L> {
	part: 'key' | 'plot';
	layout: L;
	/** The plot's width (part `plot`). */
	width?: number;
	/** Prefix for the ids of its patterns and gradients, unique on the page. */
	ids?: string;
	/** The edition whose words its key speaks. */
	lang?: import('$lib/i18n/editions').Lang;
}

/** A table row of a chart's CSV: machine-friendly keys, readable source names. */
export type CsvRow = Record<string, string | number | null>;

/**
 * Everything about one chart, exported by its folder (`index.ts`) and listed in the registry:
 * every page, file, test and the bench read charts from there.
 */
export interface ChartDefinition<L extends FrameLayout = FrameLayout> {
	slug: string;
	title: string;
	/** What its data table is called ("Contacts (CSV)"). */
	table: string;
	/** Its states for this data, by name, in order (a state's number is its place here). */
	states: (data: import('$data/story').StoryData) => string[];
	/** One state at one width, in one edition: a pure function of the data, the width, the state and the language. */
	layout: (data: import('$data/story').StoryData, width: number, step: number, lang?: import('$lib/i18n/editions').Lang) => L;
	/** Its words in one edition: title, takeaway, description, each mark's facts, the table. */
	text: (data: import('$data/story').StoryData, lang?: import('$lib/i18n/editions').Lang) => ChartText;
	/** One row per mark for its CSV. */
	rows: (data: import('$data/story').StoryData, lang?: import('$lib/i18n/editions').Lang) => CsvRow[];
	/**
	 * Its CSV's header row in an edition, key → label (English: the keys themselves). A chart
	 * without it (one added by the registry's recipe alone) gives an edition English headers.
	 */
	csvHeaders?: (lang: import('$lib/i18n/editions').Lang) => Record<string, string>;
	/** Its key and its marks (a Svelte server template). */
	View: import('svelte').Component<ViewProps<L>>;
}

/** The words a chart's text module generates from the data (caption, description, details, table). */
interface ChartText {
	title: string;
	/** One line: what to see. */
	takeaway: string;
	/** "Sources: TRT World; MENAFN…" */
	sourceLine: string;
	/** Long description for screen readers. */
	description: string;
	detailFor: (key: string) => Detail | null;
	table: TableSpec;
	/** What each state shows, one short sentence each (the story announces it at a step change). */
	states: string[];
}

/** What every chart layout gives the frame. */
export interface FrameLayout {
	/** The state shown, clamped to the chart's states. */
	step: number;
	/** The plot's height at this width (the data's and the width's, never the page's). */
	height: number;
	targets: Target[];
	/**
	 * Heights between whole parts of a tall plot (its blocks or rows), where paper may cut it
	 * into pieces that each fit a newspaper column (`paperSlices`).
	 */
	breaks?: number[];
}

/** A chart's definition as the registry lists it (its layout type is its own business). */
export const defineChart = <L extends FrameLayout>(definition: ChartDefinition<L>) => definition as unknown as ChartDefinition;
