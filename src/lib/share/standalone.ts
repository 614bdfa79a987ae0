/**
 * A chart state as a file that stands alone: one SVG with the chart's title, its takeaway, the
 * plot, the source line naming the articles' outlets, the site's name and the "data as of" date,
 * every colour and font written in (no custom property, no stylesheet of ours). It renders the
 * same in a browser tab, an <img>, an editor such as Inkscape and a rasteriser (raster.ts).
 */
import { render } from 'svelte/server';
import type { StoryData } from '$data/story';
import { chart } from '$lib/charts/registry';
import { edition, type Lang } from '$lib/i18n/editions';
import { sayFor } from '$lib/i18n/say';
import { siteTitle } from '$lib/i18n/data-editions';
import { fill } from '$lib/i18n/checked';
import { ui } from '$lib/i18n/ui';
import { wrap } from '$lib/charts/shared/scales';
import type { ChartSlug } from '$lib/data/slugs';
import { PREVIEW } from './dimensions';
import { resolveColors, type Theme } from './palette';

/** The font first named is the one the PNGs are drawn with (raster.ts); browsers fall back. */
const FILE_FONT = "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FILE_SERIF = "'DejaVu Serif', Charter, Georgia, serif";

const PAD = 20;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Lines of text (wrapped at `chars`, or given) as <text> with one <tspan> a line; returns the
 * markup and the height used. Right to left (`rtl`: the right edge's x), the lines align right.
 */
function lines(text: string | readonly string[], x: number, y: number, size: number, chars: number, style: string, rtl = false, resvg = false) {
	const ls = typeof text === 'string' ? wrap(text, chars) : text;
	const lead = Math.round(size * 1.35);
	const open = (dy: number) => `<text x="${x}" y="${y + size + dy}"${rtl ? ' text-anchor="end"' : ''} style="font-size:${size}px;${style}">`;
	// resvg lays right-to-left lines of one <text> over each other: there, a <text> per line.
	if (rtl && resvg) return { markup: ls.map((l, i) => `${open(i * lead)}${esc(l)}</text>`).join(''), height: ls.length * lead };
	const spans = ls.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lead}">${esc(l)}</tspan>`).join('');
	return { markup: `${open(0)}${spans}</text>`, height: ls.length * lead };
}

/**
 * Right-to-left text in a file with no page around it: set right to left, its anchors swapped as
 * `Plot.svelte` does on the page (placed before the chart's own rules, which win a tie).
 */
const RTL_CSS = 'text{direction:rtl;text-anchor:end}text[text-anchor=end]{text-anchor:start}text[text-anchor=middle]{text-anchor:middle}';
/**
 * The same for resvg (link previews), which sets text right to left but anchors it as if left
 * to right (linebender/resvg#475): the layout's anchors, which already say which side a label
 * goes, are taken as they are.
 */
const RTL_CSS_RESVG = 'text{direction:rtl}';

/** A halo in the background colour keeps labels legible where they cross marks (as static/enhance.css). */
const HALO = '.halo{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}';

/**
 * The chart's styles in the CSS that SVG renderers and editors read (resvg's, Inkscape's):
 * plain compound selectors (Svelte scopes with `:where(.svelte-…)`), no transitions, no maps.
 */
const fileCss = (css: string) =>
	css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/:where\((\.svelte-[\w-]+)\)/g, '$1')
		.replace(/\s*transition:[^;}]*;?/g, '');

/** A mark placed by a CSS transform (it glides between states on the page) placed by attribute. */
const fileTransforms = (svg: string) =>
	svg.replace(/style="transform:\s*translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\);?"/g, 'transform="translate($1 $2)"');

/**
 * The chart's key (HTML on the page: a swatch and words per item) drawn in SVG, in rows that
 * wrap at `width`; returns the markup and the height used.
 */
function key(body: string, x0: number, y0: number, width: number, rtl = false, wide = 1) {
	const list = /<ul class="key[^"]*"[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
	let x = x0;
	let y = y0;
	let markup = '';
	const ROW = 22;
	for (const [, item] of list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)) {
		const swatch = /<svg([^>]*)>([\s\S]*?)<\/svg>/.exec(item!);
		const words = item!.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
		const sw = Number(/width="([\d.]+)"/.exec(swatch?.[1] ?? '')?.[1] ?? 0);
		const sh = Number(/height="([\d.]+)"/.exec(swatch?.[1] ?? '')?.[1] ?? 0);
		const w = sw + 6 + words.length * 13 * 0.56 * wide + 18;
		if (x > x0 && x + w > x0 + width) {
			x = x0;
			y += ROW;
		}
		// Right to left, a row fills from the right: swatch, then its words to the left of it.
		const sx = rtl ? x0 + width - (x - x0) - sw : x;
		if (swatch) markup += `<svg x="${sx}" y="${y + (16 - sh) / 2}" width="${sw}" height="${sh}" overflow="visible">${swatch[2]}</svg>`;
		markup += `<text x="${rtl ? sx - 6 : x + sw + 6}" y="${y + 13}"${rtl ? ' text-anchor="end"' : ''} style="font-size:13px;fill:var(--fg)">${esc(words)}</text>`;
		x += w;
	}
	// Patterns the key's swatches use (agreements) come in a hidden SVG of their own.
	const defs = /<svg class="key-defs[^"]*"[^>]*>([\s\S]*?)<\/svg>/.exec(body)?.[1] ?? '';
	return { markup: defs + markup, height: markup ? y - y0 + ROW : 0 };
}

/** The "data as of" credit every file carries, in its edition: the site's name and the date. */
const creditParts = (data: StoryData, lang: Lang = 'en') => [siteTitle(lang), fill(ui(lang).embed.asOf, { date: sayFor(lang).date(data.checked) })] as const;
const creditLine = (data: StoryData, lang: Lang = 'en') => creditParts(data, lang).join(' · ');

/** A chart state's parts, rendered once on the server: its plot (the chart's own marks), styles, words and key. */
function parts(slug: ChartSlug, data: StoryData, step: number, width: number, lang: Lang = 'en', resvg = false) {
	const def = chart(slug);
	const rtl = edition(lang).dir === 'rtl';
	const layout = def.layout(data, width, step, lang);
	const plot = render(def.View, { props: { part: 'plot', layout, width, ids: 'file-', lang } });
	const keyHtml = render(def.View, { props: { part: 'key', layout, ids: 'file-', lang } });
	// Each component's styles once (the key and the plot are one component).
	const css = [...new Set([...(plot.head + keyHtml.head).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]))].join('\n');
	const text = def.text(data, lang);
	return {
		body: keyHtml.body,
		text,
		lang,
		rtl,
		plotH: layout.height,
		desc: esc(text.description),
		style: `svg{font-family:${FILE_FONT}}\n${HALO}\n${rtl ? (resvg ? RTL_CSS_RESVG : RTL_CSS) + '\n' : ''}${fileCss(css)}`,
		/** The chart's marks, `h` px of them, drawn at `scale` at x, y. */
		nest: (x: number, y: number, h: number, scale = 1) =>
			`<svg x="${x}" y="${y}" width="${width * scale}" height="${h * scale}" viewBox="0 0 ${width} ${h}" overflow="hidden">${plot.body}</svg>`
	};
}

/** The outer document: colours and the font written in; nothing left to a stylesheet of ours. */
function documentSvg(W: number, H: number, attrs: string, title: string, desc: string, style: string, content: string, theme: Theme): string {
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="file-title" aria-describedby="file-desc" ${attrs}>` +
		`<title id="file-title">${esc(title)}</title><desc id="file-desc">${desc}</desc>` +
		`<style><![CDATA[${style}]]></style>` +
		`<rect width="${W}" height="${H}" fill="var(--bg)"/>${content}</svg>`;
	const out = resolveColors(fileTransforms(svg), theme).replace(/var\(--sans\)/g, FILE_FONT).replace(/var\(--serif\)/g, FILE_SERIF).replace(/<!--[\s\S]*?-->/g, '');
	const left = /var\(--[\w-]+\)/.exec(out);
	if (left) throw new Error(`standalone: ${left[0]} is not a palette colour`);
	return out;
}

/**
 * One state of a chart as a standalone SVG document, `width` px of plot: title, takeaway, key,
 * plot, source line and credit.
 */
export function standaloneSvg(slug: ChartSlug, data: StoryData, step: number, theme: Theme, width = 640, lang: Lang = 'en'): string {
	const p = parts(slug, data, step, width, lang);
	// Text starts at the left edge, or right to left at the right one.
	const tx = p.rtl ? PAD + width : PAD;
	// Cyrillic letters are wider than Latin ones in the file's font: fewer to a line.
	const wide = p.lang === 'ru' ? 1.18 : 1;
	let y = PAD;
	const title = lines(p.text.title, tx, y, 20, Math.floor(width / 11 / wide), 'font-weight:700;fill:var(--fg)', p.rtl);
	y += title.height + 6;
	const takeaway = lines(p.text.takeaway, tx, y, 14, Math.floor(width / 7.2 / wide), 'fill:var(--fg)', p.rtl);
	y += takeaway.height + 12;
	const legend = key(p.body, PAD, y, width, p.rtl, wide);
	y += legend.height + 8;
	const plot = p.nest(PAD, y, p.plotH);
	y += p.plotH + 18;
	const source = lines(p.text.sourceLine, tx, y, 12, Math.floor(width / 6.4 / wide), 'fill:var(--muted)', p.rtl);
	y += source.height + 4;
	// On one line where it fits, else the name over the date (never a date cut in two).
	const fits = creditLine(data, p.lang).length <= Math.floor(width / 6.4 / wide);
	const credit = lines(fits ? [creditLine(data, p.lang)] : creditParts(data, p.lang), tx, y, 12, 0, 'fill:var(--muted)', p.rtl);
	y += credit.height + PAD;
	const content = title.markup + takeaway.markup + legend.markup + plot + source.markup + credit.markup;
	const langAttrs = p.lang === 'en' ? '' : ` xml:lang="${p.lang}"`;
	return documentSvg(width + 2 * PAD, Math.ceil(y), `data-chart="${slug}" data-step="${step}" data-theme="${theme}"${langAttrs}`, p.text.title, p.desc, p.style, content, theme);
}


/**
 * A link preview of a chart state, 1200×630: the title, the takeaway, the source line and the
 * site's name with the "data as of" date on the left; the whole plot on the right (a tall chart
 * scaled down). `heading` goes above the title (a step's "Step 2 of 6").
 */
export function previewSvg(slug: ChartSlug, data: StoryData, step: number, heading = '', lang: Lang = 'en'): string {
	const theme: Theme = 'light';
	const plotW = 640;
	const p = parts(slug, data, step, plotW, lang, true);
	const { width: W, height: H } = PREVIEW;
	// The words on the reading start side (right to left: the right), the plot on the other.
	const tx = p.rtl ? W - 48 : 48;
	const wide = p.lang === 'ru' ? 1.18 : 1;
	const chars = (n: number) => Math.floor(n / wide);
	let y = 44;
	const kicker = heading ? lines(heading, tx, y, 18, chars(40), 'fill:var(--muted);font-weight:700', p.rtl, true) : { markup: '', height: 0 };
	y += kicker.height + (heading ? 10 : 0);
	const title = lines(p.text.title, tx, y, 34, chars(24), 'font-weight:700;fill:var(--fg)', p.rtl, true);
	y += title.height + 14;
	const takeaway = lines(p.text.takeaway, tx, y, 19, chars(40), 'fill:var(--fg)', p.rtl, true);
	const credit = lines(creditLine(data, p.lang), tx, H - 40 - 18, 14, chars(60), 'fill:var(--muted)', p.rtl, true);
	const sourceH = lines(p.text.sourceLine, 0, 0, 14, chars(58), '').height;
	const source = lines(p.text.sourceLine, tx, H - 40 - 18 - 10 - sourceH, 14, chars(58), 'fill:var(--muted)', p.rtl, true);
	// The whole plot, scaled down if it is taller than the image: a step's highlight shows where it is.
	const plotY = 40;
	const scale = Math.min(1, (H - 2 * plotY) / p.plotH);
	const plot = p.nest(p.rtl ? 40 : W - 40 - plotW * scale, plotY, p.plotH, scale);
	const content = kicker.markup + title.markup + takeaway.markup + source.markup + credit.markup + plot;
	const langAttrs = p.lang === 'en' ? '' : ` xml:lang="${p.lang}"`;
	return documentSvg(W, H, `data-chart="${slug}" data-step="${step}"${langAttrs}`, p.text.title, p.desc, p.style, content, theme);
}
