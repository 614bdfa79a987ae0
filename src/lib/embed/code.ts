/** The code a site owner pastes to embed a chart: a responsive iframe and our loader. */
import type { Theme } from '$lib/charts/types';
import type { ChartSlug } from '$lib/data';
import { edition, type Lang } from '$lib/i18n/editions';

/** What the embed shows, when not its defaults (the final state, the reader's theme, title and key). */
export interface EmbedChoice {
	/** The state, from 0 (`?step=`); undefined = the final state. */
	step?: number;
	theme?: Theme;
	title?: boolean;
	key?: boolean;
	/** The edition it speaks: its address is under the edition's prefix (`/ru/embed/SLUG`). */
	lang?: Lang;
}

/** The embed page's query for a choice: only what differs from the defaults. */
export function embedQuery({ step, theme = 'auto', title = true, key = true }: EmbedChoice = {}): string {
	const q = new URLSearchParams();
	if (step !== undefined) q.set('step', String(step));
	if (theme !== 'auto') q.set('theme', theme);
	if (!title) q.set('title', '0');
	if (!key) q.set('key', '0');
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** Attribute-safe text. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeCode(base: string, slug: ChartSlug, title: string, height = 640, choice?: EmbedChoice): string {
	const prefix = edition(choice?.lang ?? 'en').prefix;
	return `<iframe src="${attr(base)}${prefix}/embed/${slug}${attr(embedQuery(choice))}" title="${attr(title)}" data-patron-embed loading="lazy" style="width:100%;height:${height}px;border:0" scrolling="no"></iframe>`;
}

export function embedCode(base: string, slug: ChartSlug, title: string, height?: number, choice?: EmbedChoice): string {
	return `${iframeCode(base, slug, title, height, choice)}\n<script src="${attr(base)}/embed.js" async></script>`;
}

/**
 * A choice as a file name, for its prerendered oEmbed answer (`/oembed/SLUG/NAME.json`): "step-2"
 * (from 1, as the images count), "dark", "notitle", "nokey", joined by ".". Empty for the defaults.
 */
export function choiceName({ step, theme = 'auto', title = true, key = true }: EmbedChoice = {}): string {
	return [step === undefined ? '' : `step-${step + 1}`, theme === 'auto' ? '' : theme, title ? '' : 'notitle', key ? '' : 'nokey'].filter(Boolean).join('.');
}

/** The choice a name stands for; null for a name `choiceName` would not give. */
export function parseChoiceName(name: string, steps: number): EmbedChoice | null {
	const m = /^(?:step-([1-9]\d*))?\.?(light|dark)?\.?(notitle)?\.?(nokey)?$/.exec(name);
	if (!m || !name) return null;
	const choice: EmbedChoice = { step: m[1] ? Number(m[1]) - 1 : undefined, theme: (m[2] as Theme | undefined) ?? 'auto', title: !m[3], key: !m[4] };
	if (choice.step !== undefined && choice.step >= steps) return null;
	return choiceName(choice) === name ? choice : null;
}

/**
 * The oEmbed answer's address for a choice (the defaults: the chart's own). An edition answers
 * for its default embed (`/ru/oembed/SLUG.json`); the builder's other choices are English.
 */
export const oembedPath = (slug: ChartSlug, choice?: EmbedChoice) => {
	const name = choiceName(choice);
	return name ? `/oembed/${slug}/${name}.json` : `${edition(choice?.lang ?? 'en').prefix}/oembed/${slug}.json`;
};
