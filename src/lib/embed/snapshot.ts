/**
 * A standalone SVG of a chart state, for hosts that cannot run our page (a fallback image, a
 * newsletter). It is the chart's own server render, with its styles and the light palette inline.
 */
import { render } from 'svelte/server';
import appCss from '../../app.css?raw';
import Chart from '$lib/charts/Chart.svelte';
import type { StoryData } from '$data/story';
import type { ChartSlug } from '$lib/data';
import { chartMeta } from '$lib/charts/meta';
import { SITE_TITLE } from '$lib/site';

/** The palette block of app.css, light values only (not every SVG viewer knows light-dark()). */
function lightPalette(): string {
	const root = /:root\s*\{([\s\S]*?)\n\}/.exec(appCss)?.[1] ?? '';
	return root
		.split('\n')
		.filter((l) => /^\s*--/.test(l))
		.map((l) => l.replace(/light-dark\(\s*([^,]+),[^)]*\)/, '$1'))
		.join('\n');
}

const TOP = 44;
const BOTTOM = 36;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function svgSnapshot(slug: ChartSlug, data: StoryData, step: number, width = 640): string {
	const { head, body } = render(Chart, { props: { slug, data, step, theme: 'light', idPrefix: 'snap-', initialWidth: width } });
	const svg = /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(body)?.[0];
	if (!svg) throw new Error(`svgSnapshot: no chart SVG rendered for ${slug}`);
	const css = [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
	const halo = /\.halo\s*\{[^}]*\}/.exec(appCss)?.[0] ?? '';
	const style = `:root{color-scheme:light;${lightPalette()}}\n${halo}\nsvg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;background:var(--bg);overflow:visible}\n${css}`;
	// Room above for the title and below for the credit, which the page shows in HTML.
	const frame =
		`<rect x="-12" y="${-TOP}" width="${width + 24}" height="${height + TOP + BOTTOM}" fill="var(--bg)"/>` +
		`<text x="0" y="${-TOP + 22}" style="font-size:17px;font-weight:700;fill:var(--fg)">${esc(chartMeta[slug].title)}</text>` +
		`<text x="0" y="${height + 26}" style="font-size:11px;fill:var(--muted)">${esc(`${SITE_TITLE} · data: /data/${slug}.csv`)}</text>`;
	return svg
		.replace(/<svg([^>]*?) viewBox="[^"]*"([^>]*?) width="[\d.]+"([^>]*?) height="[\d.]+"/, (_m, a, b, c) =>
			`<svg${a} viewBox="-12 ${-TOP} ${width + 24} ${height + TOP + BOTTOM}"${b} width="${width + 24}"${c} height="${height + TOP + BOTTOM}"`)
		.replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" data-chart="${slug}" data-step="${step}"`)
		.replace(/(<desc[^>]*>[\s\S]*?<\/desc>)/, `$1<style><![CDATA[${style}]]></style>${frame}`)
		.replace(/<!--[\s\S]*?-->/g, '');
}
