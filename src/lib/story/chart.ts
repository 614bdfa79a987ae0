/**
 * One sticky story chart in a page that runs no Svelte. The page holds the first state drawn
 * at STORY_SSR_WIDTH; this fetches every state at the prerendered width that fits the column
 * (once per width, our own file) and turns the plot into the state of the step in view. Marks
 * glide between states (CSS transitions) but never when the width changes.
 */
import { morph } from '$lib/charts/static/morph';
import { whenNear } from '$lib/scrolly/near';
import type { StaticMarks } from '$lib/charts/static/marks';
import { pickWidth, storyStatesPath, type StoryStates } from './widths';
import { editionOfPath } from '$lib/i18n/editions';

/**
 * A states file of this page's build (`?v=`): the offline worker stores each under its full
 * address, so a page stored offline never draws another build's states.
 */
export const statesUrl = (slug: string, width: number) =>
	`${storyStatesPath(slug, width, editionOfPath(location.pathname).prefix)}?v=${document.querySelector<HTMLMetaElement>('meta[name="build"]')?.content ?? ''}`;

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
/**
 * The files' ids (and references to them: `"story-…`, `#story-…`, the second of two ids in
 * `aria-describedby`) with another prefix. No text of ours starts a word with "story-".
 */
const reprefix = (html: string, prefix: string) => (prefix === 'story-' ? html : html.replace(/(["#\s])story-/g, `$1${prefix}`));

export interface StoryChart {
	show(step: number): void;
	/** The plot width drawn (0 until the chart first comes near). */
	readonly width: number;
	/** The column's width may have changed (resize, rotation). */
	measure(): void;
}

interface StoryChartOptions {
	/**
	 * The prefix of the ids in the page's figure, where it is not the states files' `story-` (a
	 * slide deck holds several figures of one chart, each with ids of its own).
	 */
	idPrefix?: string;
	/**
	 * Draw only once the figure comes within a screen of the viewport (the story: of its four
	 * charts one is on screen at most, and swapping a plot is the page's heaviest work).
	 */
	lazy?: boolean;
	/**
	 * With `lazy`, the element whose nearness counts (default: the figure). Give one around the
	 * figure that is laid out while the figure may not be (content-visibility: auto skips what is
	 * inside it until it is near, so only its own box is current).
	 */
	nearBy?: HTMLElement;
	/**
	 * Draw the plot as much larger as the reader's text is (their browser's font size, or a page
	 * zoomed for text only): a narrower layout, zoomed to the column, so its labels grow with the
	 * page's words. Off where the page fits its charts itself (a slide).
	 */
	followText?: boolean;
}

/** The reader's text size against the 16-px default (1 when it is the default or smaller). */
const textScale = () => Math.max(1, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1);

const OFFLINE =
	'The chart for this step could not be loaded (are you offline?). It still shows an earlier step and will try again at the next one.';

/** The rest of the work waits for a task of its own, so that no one task blocks for long. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The states files, fetched once per page: a gallery or a deck holds several figures of a chart.
 * A file that could not be fetched (offline, refused) is forgotten, so that the next try fetches.
 */
const files = new Map<string, Promise<StoryStates | null>>();
function load(slug: string, width: number) {
	const path = statesUrl(slug, width);
	let file = files.get(path);
	if (!file) {
		file = fetch(path)
			.then((r) => (r.ok ? (r.json() as Promise<StoryStates>) : null))
			.catch(() => null)
			.then((states) => {
				if (!states) files.delete(path);
				return states;
			});
		files.set(path, file);
	}
	return file;
}

/** Once every states file asked for so far has arrived (or failed). */
export const loaded = () => Promise.all(files.values()).then(() => undefined);

/** Every chart's column may have changed width (resize, rotation): each draws the width that fits. */
export function measureOnResize(charts: StoryChart[]) {
	let resized: ReturnType<typeof setTimeout> | undefined;
	addEventListener('resize', () => {
		clearTimeout(resized);
		resized = setTimeout(() => charts.forEach((c) => c.measure()), 150);
	});
}

export function storyChart(
	figure: HTMLElement,
	slug: string,
	marks: StaticMarks,
	onDrawn: () => void,
	{ idPrefix = 'story-', lazy = false, nearBy = figure, followText = false }: StoryChartOptions = {}
): StoryChart {
	let step = Number(figure.dataset.step) || 0;
	let near = false;
	// A far figure is not measured until near: it may not be laid out yet (content-visibility).
	let width = 0;

	const plot = () => figure.querySelector<HTMLElement>('.plot[data-width]');
	// The column's width and the reader's text scale, read when the chart starts and on a resize
	// only: read after each morph, they would force a style and layout pass into the step's task.
	let column = 0;
	let scale = 1;
	const measureColumn = () => {
		column = figure.clientWidth;
		scale = followText ? textScale() : 1;
	};
	/** The layout width for the column: narrower by the reader's text scale. */
	const widthFor = () => pickWidth(column / scale);
	/** Zoom the drawn plot up to the reader's text scale, never wider than the column. */
	const fit = () => {
		const p = plot();
		if (!p || !followText) return;
		const zoom = Math.min(scale, column / (Number(p.dataset.width) || column));
		const value = zoom > 1.01 ? zoom.toFixed(3) : '';
		if (p.style.zoom !== value) p.style.zoom = value;
	};

	async function draw() {
		if (!near) return;
		const w = width;
		const s = step;
		// Meanwhile the reader may have moved on: only the latest request draws.
		const stale = () => w !== width || s !== step;
		const states = await load(slug, w);
		if (stale()) return;
		// Only a wrong state is worth a word; a plot at another width still shows the step.
		const behind = plot()?.dataset.shown !== String(s);
		say(states || !behind ? '' : OFFLINE);
		if (states && !detailed) {
			addDetails(states.details);
			await nextTask();
		}
		const html = states?.steps[s];
		const drawnAs = plot();
		if (!html || !drawnAs || stale()) return;
		// A plot prerendered without mark buttons (gallery, handout, slide) takes the file's.
		const bare = !drawnAs.querySelector('.targets');
		if (!bare && drawnAs.dataset.width === String(w) && drawnAs.dataset.shown === String(s)) {
			fit();
			return onDrawn();
		}
		const next = parse(reprefix(html, idPrefix)).querySelector<HTMLElement>('.plot[data-width]');
		await nextTask();
		const current = plot();
		if (!next || !current || stale()) return;
		const sized = current.dataset.width !== String(w);
		// The file's targets are prerendered hidden (for pages without script); these are live,
		// and hiding them even for a moment would take focus from a selected mark.
		for (const bar of next.querySelectorAll<HTMLElement>('.targets[hidden]')) bar.hidden = false;
		if (sized) figure.classList.add('still');
		morph(current, next);
		const drawn = plot();
		if (drawn) drawn.dataset.shown = String(s);
		fit();
		marks.refresh();
		if (sized) settle();
		onDrawn();
	}

	const status = figure.querySelector<HTMLElement>('[data-states-status]');
	const say = (text: string) => {
		if (status && status.textContent !== text) status.textContent = text;
	};

	/** Each mark's facts, for the detail panel: once per page, from the first file that loads. */
	let detailed = false;
	function addDetails(html: string) {
		detailed = true;
		figure.append(...parse(reprefix(html, idPrefix)).querySelectorAll('template[data-detail]'));
	}

	/** Transitions come back two frames after a change of width. */
	function settle() {
		requestAnimationFrame(() => requestAnimationFrame(() => figure.classList.remove('still')));
	}

	/**
	 * The page may hold the plot at several widths, its CSS showing one (an embed): that one stays.
	 * Done once the chart is near, where its width is read anyway: at load, asking each plot's
	 * style would lay out the whole page in the script's first task.
	 */
	const variants = [...figure.querySelectorAll<HTMLElement>('.plot.variant')];
	// What the HTML draws: the figure's first state (the reader may have moved on before it is near).
	for (const v of variants) v.dataset.shown = String(step);
	const keepShown = () => {
		if (variants.length > 1) for (const v of variants) if (getComputedStyle(v).display === 'none') v.remove();
	};
	function start() {
		// Near, but not laid out yet (content-visibility skips it a little longer): measure once it is.
		if (!figure.clientWidth) {
			const sized = new ResizeObserver(() => {
				if (!figure.clientWidth) return;
				sized.disconnect();
				start();
			});
			sized.observe(figure);
			return;
		}
		near = true;
		keepShown();
		measureColumn();
		width = widthFor();
		if (plot()?.dataset.width === String(width)) settle();
		void draw();
	}
	if (lazy) whenNear(nearBy, '100% 0px', start);
	else start();

	return {
		get width() {
			return width;
		},
		show(next) {
			if (next === step) return;
			step = next;
			figure.dataset.step = String(next);
			void draw();
		},
		measure() {
			if (!near) return;
			measureColumn();
			const w = widthFor();
			fit();
			if (w === width) return;
			width = w;
			void draw();
		}
	};
}
