/**
 * The embed page runs no Svelte: it is prerendered with each chart drawn at these plot widths,
 * and media queries (in an iframe, the frame's width) show the widest plot that fits. Picked
 * for common phone widths (320, 360, 390 px) and article columns (480, 600, 760 px and wider).
 */
export const EMBED_WIDTHS = [296, 336, 366, 456, 576, 736] as const;

/** The embed page's side padding, px: a plot of width W fits a frame of W + 2 × EMBED_PAD. */
export const EMBED_PAD = 12;

/**
 * CSS that shows exactly one plot: the narrowest by default, then at each frame width where a
 * wider one fits, that one. Classic min-width queries (older Safari, the Nu checker).
 */
export function variantCss(widths: readonly number[] = EMBED_WIDTHS, pad = EMBED_PAD): string {
	const sel = (w: number) => `.embed-root .variant[data-width="${w}"]`;
	const rules = [`.embed-root .variant{display:none}`, `${sel(widths[0]!)}{display:block}`];
	for (let i = 1; i < widths.length; i++) {
		rules.push(`@media (min-width:${widths[i]! + 2 * pad}px){${sel(widths[i - 1]!)}{display:none}${sel(widths[i]!)}{display:block}}`);
	}
	return rules.join('\n');
}

/** Where the embed's script fetches a state other than the default, prerendered. */
export const statePath = (slug: string, step: number) => `/embed/${slug}/step-${step}.json`;

/**
 * The story's sticky charts are prerendered too, one file of states per plot width: the script
 * fetches the widest that fits the chart's column. Phones from 320 to 430 px, tablets, and the
 * desktop column (3/5 of the 72rem grid: 628 px at 1280 px and wider).
 */
export const STORY_WIDTHS = [288, 328, 343, 358, 380, 396, 440, 480, 520, 560, 600, 628, 680, 720, 768] as const;

/** The width the story's HTML is drawn at (a 390 px phone); also what readers without JS see. */
export const STORY_SSR_WIDTH = 358;

/** The widest prerendered width that fits `available` px (the narrowest when none does). */
export function pickWidth(available: number, widths: readonly number[] = STORY_WIDTHS): number {
	let best = widths[0]!;
	for (const w of widths) if (w <= available + 0.5) best = w;
	return best;
}

/** Every state of one story chart at one width. */
export const storyStatesPath = (slug: string, width: number) => `/story/${slug}/${width}.json`;

/** What a story states file holds: per step, the plot's HTML; and every mark's facts, once. */
export interface StoryStates {
	slug: string;
	width: number;
	steps: string[];
	/** `<template data-detail="KEY">` elements, one per mark drawn in any state. */
	details: string;
}
