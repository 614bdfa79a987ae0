/** The code a site owner pastes to embed a chart: a responsive iframe and our loader. */
import type { ChartSlug } from '$lib/data';

/** Attribute-safe text. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeCode(base: string, slug: ChartSlug, title: string, height = 640): string {
	return `<iframe src="${attr(base)}/embed/${slug}" title="${attr(title)}" data-patron-embed loading="lazy" style="width:100%;height:${height}px;border:0" scrolling="no"></iframe>`;
}

export function embedCode(base: string, slug: ChartSlug, title: string, height?: number): string {
	return `${iframeCode(base, slug, title, height)}\n<script src="${attr(base)}/embed.js" async></script>`;
}
