/**
 * A story chart is taller than its sticky frame on most screens, so the plot sits in a window
 * (`[data-window]`, overflow hidden) that the story's script scrolls to what the step is
 * about: the marks marked `data-about`, else the highlighted ones (`data-state="focus"`),
 * else, when everything is highlighted, the whole plot. What fits is shown whole; what is
 * taller than the window pans with the reader's progress through the step's card, so every
 * part of it passes through view while the card is read.
 */

/** A stretch of the plot, in px from the top of the window's content. */
export interface Region {
	top: number;
	bottom: number;
}

/**
 * What the plot's current state is about, measured in the window's content; `zoom` is the CSS
 * zoom the window is drawn at (screen boxes are zoomed, scroll offsets are not).
 */
export function aboutRegion(win: HTMLElement, zoom = 1): Region {
	let marks = [...win.querySelectorAll<SVGGraphicsElement>('svg [data-about]')];
	if (!marks.length) {
		const focus = win.querySelectorAll<SVGGraphicsElement>('svg [data-state="focus"]');
		if (focus.length < win.querySelectorAll('svg [data-state]').length) marks = [...focus];
	}
	if (!marks.length) return { top: 0, bottom: win.scrollHeight };
	const box = win.getBoundingClientRect();
	const boxes = marks.map((m) => m.getBoundingClientRect()).filter((b) => b.height > 0);
	if (!boxes.length) return { top: 0, bottom: win.scrollHeight };
	return {
		top: (Math.min(...boxes.map((b) => b.top)) - box.top) / zoom + win.scrollTop,
		bottom: (Math.max(...boxes.map((b) => b.bottom)) - box.top) / zoom + win.scrollTop
	};
}

/** How far a reader is through a card: 0 while its top is at the line, 1 once its bottom is. */
export function progress(card: DOMRect, line: number): number {
	return Math.min(1, Math.max(0, (line - card.top) / Math.max(1, card.height)));
}

const MARGIN = 12;

/** Where the window scrolls to (the browser clamps it to what can be scrolled). */
export function windowTop(region: Region, view: number, through: number): number {
	const h = region.bottom - region.top + 2 * MARGIN;
	if (h <= view) return region.top - MARGIN - Math.min(12, (view - h) / 2);
	return region.top - MARGIN + through * (h - view);
}

/** Whether the region pans while the card is read (it is taller than the window). */
export const pans = (region: Region, view: number) => region.bottom - region.top + 2 * MARGIN > view;
