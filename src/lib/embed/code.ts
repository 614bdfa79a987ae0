/** The code a site owner pastes to embed a chart: a responsive iframe and our loader. */
import type { Theme } from '$lib/charts/types';
import type { ChartSlug } from '$lib/data';

/** What the embed shows, when not its defaults (the final state, the reader's theme, title and key). */
export interface EmbedChoice {
	/** The state, from 0 (`?step=`); undefined = the final state. */
	step?: number;
	theme?: Theme;
	title?: boolean;
	key?: boolean;
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
	return `<iframe src="${attr(base)}/embed/${slug}${attr(embedQuery(choice))}" title="${attr(title)}" data-patron-embed loading="lazy" style="width:100%;height:${height}px;border:0" scrolling="no"></iframe>`;
}

export function embedCode(base: string, slug: ChartSlug, title: string, height?: number, choice?: EmbedChoice): string {
	return `${iframeCode(base, slug, title, height, choice)}\n<script src="${attr(base)}/embed.js" async></script>`;
}
