/**
 * The names of the files a newsroom can take away (one place for routes, links and tests):
 * `/downloads/meeting-cadence-step-2-light@2x.png` (steps count from 1, as step addresses do)
 * and the link previews `/og/story.png`, `/og/meeting-cadence.png` (final state) and
 * `/og/meeting-cadence-step-2.png`.
 */
import type { ChartSlug } from '$lib/data/slugs';
import { edition, type Lang } from '$lib/i18n/editions';
import type { Theme } from './palette';

export const THEMES: readonly Theme[] = ['light', 'dark'];

/** A download: SVG, PNG 1200 px wide, or PNG 2400 px wide (print). */
export type Kind = 'svg' | 'png' | 'png@2x';
export const KINDS: readonly Kind[] = ['png', 'png@2x', 'svg'];
/** Width of the 1× PNG; the 2× is twice as wide. */
export const PNG_WIDTH = 1200;

export interface Download {
	slug: ChartSlug;
	/** The state, from 0. */
	step: number;
	theme: Theme;
	kind: Kind;
}

export const downloadName = ({ slug, step, theme, kind }: Download) =>
	`${slug}-step-${step + 1}-${theme}${kind === 'png@2x' ? '@2x' : ''}.${kind === 'svg' ? 'svg' : 'png'}`;
export const downloadPath = (d: Download) => `/downloads/${downloadName(d)}`;

/** A download's name read back (the route checks that the chart exists). */
export function parseDownload(name: string): Download | null {
	const m = /^([a-z-]+)-step-([1-9]\d*)-(light|dark)(@2x)?\.(png|svg)$/.exec(name);
	if (!m || (m[4] && m[5] === 'svg')) return null;
	const kind: Kind = m[5] === 'svg' ? 'svg' : m[4] ? 'png@2x' : 'png';
	return { slug: m[1]!, step: Number(m[2]) - 1, theme: m[3] as Theme, kind };
}

/** A link preview: the story's, a chart's (its final state) or a step's. */
export type Preview = { slug: null } | { slug: ChartSlug; step: number | null };

/** Where a preview lives; an edition's previews (`/ru/og/…`) are in its words. */
export const previewPath = (p: Preview, lang: Lang = 'en') =>
	`${edition(lang).prefix}/og/${p.slug === null ? 'story' : `${p.slug}${p.step === null ? '' : `-step-${p.step + 1}`}`}.png`;

/** A preview's name read back (the route checks that the chart exists). */
export function parsePreview(name: string): Preview | null {
	if (name === 'story.png') return { slug: null };
	const m = /^([a-z-]+?)(?:-step-([1-9]\d*))?\.png$/.exec(name);
	if (!m) return null;
	return { slug: m[1]!, step: m[2] ? Number(m[2]) - 1 : null };
}

