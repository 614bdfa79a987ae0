import type { StoryWidth } from '$lib/story/widths';

/**
 * The embed page runs no Svelte: it is prerendered with each chart drawn at these plot widths,
 * and media queries (in an iframe, the frame's width) show the widest plot that fits. Picked
 * from the one set of widths (`STORY_WIDTHS`, whose states files the embed's script draws other
 * states from) for common phone widths (320, 360, 390 px) and article columns (480, 600, 760 px
 * and wider).
 */
export const EMBED_WIDTHS = [288, 328, 358, 440, 560, 720] as const satisfies readonly StoryWidth[];

/** The embed page's side padding, px: a plot of width W fits a frame of W + 2 × EMBED_PAD. */
export const EMBED_PAD = 12;

/**
 * CSS that shows exactly one plot: the narrowest by default, then at each frame width where a
 * wider one fits, that one. Classic min-width queries (older Safari, the Nu checker).
 */
export function variantCss(widths: readonly number[] = EMBED_WIDTHS, pad = EMBED_PAD): string {
	const sel = (w: number) => `.embed-root .variant[data-width="${w}"]`;
	// Once the page's script draws the chart (another state), its one plot shows at any width.
	const rules = [`.embed-root .variant{display:none}`, `${sel(widths[0]!)}{display:block}`, `.embed-root.drawn .plot.variant[data-width]{display:block}`];
	for (let i = 1; i < widths.length; i++) {
		rules.push(`@media (min-width:${widths[i]! + 2 * pad}px){${sel(widths[i - 1]!)}{display:none}${sel(widths[i]!)}{display:block}}`);
	}
	return rules.join('\n');
}
