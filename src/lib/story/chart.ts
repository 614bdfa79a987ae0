/**
 * One sticky story chart in a page that runs no Svelte. The page holds the first state drawn
 * at STORY_SSR_WIDTH; this fetches every state at the prerendered width that fits the column
 * (once per width, our own file) and turns the plot into the state of the step in view. Marks
 * glide between states (CSS transitions) but never when the width changes.
 */
import { morph } from '$lib/charts/static/morph';
import type { StaticMarks } from '$lib/charts/static/marks';
import { pickWidth, storyStatesPath, type StoryStates } from './widths';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
/** The files' ids (and references to them: `"story-…`, `#story-…`) with another prefix. */
const reprefix = (html: string, prefix: string) => (prefix === 'story-' ? html : html.replace(/(["#])story-/g, `$1${prefix}`));

export interface StoryChart {
	show(step: number): void;
	/** The column's width may have changed (resize, rotation). */
	measure(): void;
}

/**
 * `idPrefix`: the prefix of the ids in the page's figure, where it is not the states files'
 * `story-` (a slide deck holds several figures of one chart, each with ids of its own).
 */
export function storyChart(figure: HTMLElement, slug: string, marks: StaticMarks, onDrawn: () => void, idPrefix = 'story-'): StoryChart {
	const files = new Map<number, Promise<StoryStates | null>>();
	let step = Number(figure.dataset.step) || 0;
	let width = pickWidth(figure.clientWidth);

	const load = (w: number) => {
		let file = files.get(w);
		if (!file) {
			file = fetch(storyStatesPath(slug, w))
				.then((r) => (r.ok ? (r.json() as Promise<StoryStates>) : null))
				.catch(() => null);
			files.set(w, file);
		}
		return file;
	};

	const plot = () => figure.querySelector<HTMLElement>('.plot[data-width]');

	async function draw() {
		const w = width;
		const s = step;
		const states = await load(w);
		if (states) addDetails(states.details);
		const html = states?.steps[s];
		const current = plot();
		// Meanwhile the reader may have moved on: only the latest request draws.
		if (!html || !current || w !== width || s !== step) return;
		if (current.dataset.width === String(w) && current.dataset.shown === String(s)) return;
		const sized = current.dataset.width !== String(w);
		const next = parse(reprefix(html, idPrefix)).querySelector<HTMLElement>('.plot[data-width]');
		if (!next) return;
		// The file's targets are prerendered hidden (for pages without script); these are live,
		// and hiding them even for a moment would take focus from a selected mark.
		for (const bar of next.querySelectorAll<HTMLElement>('.targets[hidden]')) bar.hidden = false;
		if (sized) figure.classList.add('still');
		morph(current, next);
		const drawn = plot();
		if (drawn) drawn.dataset.shown = String(s);
		marks.refresh();
		if (sized) settle();
		onDrawn();
	}

	/** Each mark's facts, for the detail panel: once per page, from the first file that loads. */
	let detailed = false;
	function addDetails(html: string) {
		if (detailed) return;
		detailed = true;
		figure.append(...parse(reprefix(html, idPrefix)).querySelectorAll('template[data-detail]'));
	}

	/** Transitions come back two frames after a change of width. */
	function settle() {
		requestAnimationFrame(() => requestAnimationFrame(() => figure.classList.remove('still')));
	}

	const first = plot();
	if (first) first.dataset.shown = String(step);
	if (first?.dataset.width === String(width)) settle();
	void draw();

	return {
		show(next) {
			if (next === step) return;
			step = next;
			figure.dataset.step = String(next);
			void draw();
		},
		measure() {
			const w = pickWidth(figure.clientWidth);
			if (w === width) return;
			width = w;
			void draw();
		}
	};
}
