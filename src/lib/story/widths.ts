/**
 * The story's sticky charts are prerendered, one file of states per plot width: the story's script
 * fetches the widest that fits the chart's column. Phones from 320 to 430 px, tablets, and the
 * desktop column (3/5 of the 72rem grid: 628 px at 1280 px and wider).
 */
export const STORY_WIDTHS = [288, 328, 343, 358, 380, 396, 440, 480, 520, 560, 600, 628, 680, 720, 768] as const;
export type StoryWidth = (typeof STORY_WIDTHS)[number];

/** The width the story's HTML is drawn at (a 390 px phone); also what readers without JS see. */
export const STORY_SSR_WIDTH = 358;
/**
 * For readers without JavaScript on phones narrower than 390 px, the story's HTML also holds each
 * chart at the narrowest width (Scrolly's CSS shows it there): a wider plot would be scaled down
 * and its 12-px labels with it. It is in <noscript>, so a page that runs its script never parses
 * it as elements (about 90 KB of plots).
 */
export const STORY_NOSCRIPT_WIDTH = STORY_WIDTHS[0];

/** The widest prerendered width that fits `available` px (the narrowest when none does). */
export function pickWidth(available: number, widths: readonly number[] = STORY_WIDTHS): number {
	let best = widths[0]!;
	for (const w of widths) if (w <= available + 0.5) best = w;
	return best;
}

/** Every state of one story chart at one width, in one edition (its prefix: '', '/ru'). */
export const storyStatesPath = (slug: string, width: number, prefix = '') => `${prefix}/story/${slug}/${width}.json`;

/** What a story states file holds: per step, the plot's HTML; and every mark's facts, once. */
export interface StoryStates {
	slug: string;
	width: number;
	steps: string[];
	/** `<template data-detail="KEY">` elements, one per mark drawn in any state. */
	details: string;
}

/**
 * On paper (the handout) each chart prints once, in a newspaper column (A4's is 343 CSS px, Letter's
 * 355), drawn at this width and not scaled: its 12-px text prints at 9 pt.
 */
export const PRINT_WIDTH = 328;
