/**
 * Files a newsroom takes away: standalone SVGs that render anywhere, PNGs of every chart state
 * (1× and 2×, light and dark), link previews (og:image) and the embed builder's code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { HOST_PORT } from '../../playwright.config';
import { expect, test, SLUGS } from './fixtures';

const BUILD = 'build';
const files = readdirSync(join(BUILD, 'downloads'));

/** The palette's light and dark values, from app.css (the files must carry the same colours). */
const css = readFileSync('src/app.css', 'utf8');
const token = (name: string) => {
	const m = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(css)!;
	return { light: m[1]!, dark: m[2]! };
};
const HUES = ['russia', 'syria', 'status-active', 'status-pending', 'status-contested', 'sector-presidency', 'sector-foreign-affairs', 'context'].map(token);

/** The PNG's size from its header (and that it is a PNG at all). */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * An image drawn in the browser (as an <img> on a canvas): its corner colour, how varied its
 * pixels are, and how many pixels are near each of `colours`.
 */
function look(page: Page, url: string, colours: string[]) {
	return page.evaluate(
		async ({ url, colours }) => {
			const img = new Image();
			img.src = url;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.naturalWidth;
			c.height = img.naturalHeight;
			const g = c.getContext('2d')!;
			g.drawImage(img, 0, 0);
			const { data } = g.getImageData(0, 0, c.width, c.height);
			const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
			const near = rgb.map(() => 0);
			let sum = 0;
			let sq = 0;
			const n = data.length / 4;
			for (let i = 0; i < data.length; i += 4) {
				const v = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
				sum += v;
				sq += v * v;
				rgb.forEach(([r, gg, b], k) => {
					if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - gg!) + Math.abs(data[i + 2]! - b!) < 24) near[k]!++;
				});
			}
			const corner = `#${[0, 1, 2].map((k) => data[k]!.toString(16).padStart(2, '0')).join('')}`;
			return { corner, spread: Math.sqrt(sq / n - (sum / n) ** 2), near, width: c.width, height: c.height };
		},
		{ url, colours }
	);
}

test('every chart, state and theme has an SVG and PNGs at 1200 and 2400 px; previews are 1200×630', () => {
	for (const slug of SLUGS) {
		const svgs = files.filter((f) => f.startsWith(`${slug}-step-`) && f.endsWith('.svg'));
		expect(svgs.length, slug).toBeGreaterThanOrEqual(8);
		for (const svg of svgs) {
			const base = svg.slice(0, -'.svg'.length);
			expect(pngSize(readFileSync(join(BUILD, 'downloads', `${base}.png`))).width, base).toBe(1200);
			expect(pngSize(readFileSync(join(BUILD, 'downloads', `${base}@2x.png`))).width, base).toBe(2400);
			const text = readFileSync(join(BUILD, 'downloads', svg), 'utf8');
			expect(text, `${svg}: no custom property it does not define`).not.toMatch(/var\(--/);
			expect(text).toContain('Data as of');
		}
	}
	const og = readdirSync(join(BUILD, 'og'));
	expect(og).toContain('story.png');
	for (const f of og) expect(pngSize(readFileSync(join(BUILD, 'og', f))), f).toEqual({ width: 1200, height: 630 });
});

test('SVG files render as a page and as an image: their own background, marks in the palette, text', async ({ page, guard }) => {
	test.setTimeout(120_000);
	await page.goto('/teach');
	const svgs = [...SLUGS.map((s) => `/embed/${s}.svg`), ...files.filter((f) => f.endsWith('.svg')).map((f) => `/downloads/${f}`)];
	for (const url of svgs) {
		const theme = url.includes('-dark') ? 'dark' : 'light';
		const l = await look(page, url, HUES.map((h) => h[theme]));
		expect(l.corner, `${url}: background`).toBe(token('bg')[theme]);
		expect(l.near.reduce((a, b) => a + b, 0), `${url}: marks in palette colours`).toBeGreaterThan(150);
		expect(l.spread, `${url}: not blank`).toBeGreaterThan(8);
	}
	// As a page of its own: the browser draws the file's background, not black. (An SVG
	// document has no <link rel="icon">: the browser's guess at /favicon.ico finds nothing.)
	guard.allow(/status of 404/);
	await page.goto(`/downloads/meeting-cadence-step-2-dark.svg`);
	const bg = await page.evaluate(() => getComputedStyle(document.querySelector('svg > rect')!).fill);
	expect(bg).not.toBe('rgb(0, 0, 0)');
	await expect(page.locator('svg > text').first()).toHaveText('How often Russia and Syria met');
});

test('PNGs and previews are not blank, and draw the same marks as the chart in the browser', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/teach');
	const pngs = [...files.filter((f) => /-step-\d+-(light|dark)\.png$/.test(f)).map((f) => `/downloads/${f}`), ...readdirSync(join(BUILD, 'og')).map((f) => `/og/${f}`)];
	for (const url of pngs) {
		const theme = url.includes('-dark') ? 'dark' : 'light';
		const l = await look(page, url, HUES.map((h) => h[theme]));
		expect(l.spread, `${url}: pixel variance`).toBeGreaterThan(8);
		expect(l.corner, `${url}: background`).toBe(token('bg')[theme]);
		expect(l.near.reduce((a, b) => a + b, 0), `${url}: marks in palette colours`).toBeGreaterThan(150);
	}
	// The file of a state holds the marks the gallery draws for that state.
	await page.goto('/charts');
	for (const slug of SLUGS) {
		const steps = files.filter((f) => f.startsWith(`${slug}-step-`) && f.endsWith('-light.svg')).length;
		for (let step = 0; step < steps; step++) {
			const drawn = await page
				.locator(`#${slug}-${step}-${slug}-title`)
				.evaluate((h) => [...h.closest('figure')!.querySelectorAll('.plot svg [data-key]')].map((m) => m.getAttribute('data-key')).sort());
			const file = readFileSync(join(BUILD, 'downloads', `${slug}-step-${step + 1}-light.svg`), 'utf8');
			const inFile = [...file.matchAll(/\bdata-key="([^"]+)"/g)].map((m) => m[1]).sort();
			expect(inFile, `${slug} state ${step + 1}`).toEqual(drawn);
			expect(inFile.length, `${slug} state ${step + 1}: marks`).toBeGreaterThan(3);
		}
	}
});

test('the same SVG always gives the same PNG bytes (fonts from the repository, never the machine)', () => {
	const fontDir = 'node_modules/dejavu-fonts-ttf/ttf';
	for (const base of ['agreements-step-2-dark', 'meeting-cadence-step-6-light']) {
		const svg = readFileSync(join(BUILD, 'downloads', `${base}.svg`), 'utf8');
		const fonts = ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSerif', 'DejaVuSerif-Italic'].map((f) => join(fontDir, `${f}.ttf`));
		const again = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
		expect(Buffer.compare(again, readFileSync(join(BUILD, 'downloads', `${base}.png`))), base).toBe(0);
	}
});

test('the gallery and each embed link every image of their state; the builder’s code works on another origin', async ({ page, guard }) => {
	guard.allow(new RegExp(`127\\.0\\.0\\.1:${HOST_PORT}`));
	await page.goto('/charts');
	const linked = new Set(await page.locator('a[href^="/downloads/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice('/downloads/'.length))));
	for (const f of files) expect(linked.has(f), `the gallery links ${f}`).toBe(true);

	await page.goto('/embed/trade-range?step=1&theme=dark');
	await expect(page.locator('[data-images] a[data-kind="png@2x"]')).toHaveAttribute('href', '/downloads/trade-range-step-2-dark@2x.png');

	// Each chart's "Embed this chart" opens the builder on that chart.
	await page.goto('/charts?embed=trade-range#embedding');
	await expect(page.locator('select[name="slug"]')).toHaveValue('trade-range');
	await page.goto('/charts#embedding');
	await page.selectOption('select[name="slug"]', 'delegations');
	await page.selectOption('select[name="step"]', '1');
	await page.check('input[name="theme"][value="dark"]');
	await page.uncheck('input[name="title"]');
	const preview = page.frameLocator('[data-builder-preview]');
	await expect(preview.locator('figure[data-chart="delegations"]')).toHaveAttribute('data-step', '1');
	const code = await page.inputValue('[data-builder-code]');
	expect(code).toContain('/embed/delegations?step=1&amp;theme=dark&amp;title=0');
	// The oEmbed answer for the same choice: the same code.
	const oembed = page.locator('[data-builder-oembed]');
	await expect(oembed).toHaveAttribute('href', '/oembed/delegations/step-2.dark.notitle.json');
	const answer = await (await page.request.get('/oembed/delegations/step-2.dark.notitle.json')).json();
	expect(answer.html).toContain('/embed/delegations?step=1&amp;theme=dark&amp;title=0');

	// Pasted into a newsroom's page on another origin: that state, that theme, no title.
	await page.goto(`http://127.0.0.1:${HOST_PORT}/paste?code=${Buffer.from(code).toString('base64url')}`);
	const frame = page.frameLocator('iframe[data-patron-embed]');
	await expect(frame.locator('figure[data-chart="delegations"]')).toHaveAttribute('data-step', '1');
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(frame.locator('figure[data-chart] > figcaption')).toBeHidden();
	await expect(frame.locator('.legend')).toBeVisible();
});

test('share images: tags with SITE_URL (absolute, sized, described), none without it; a second build gives the same images', async () => {
	test.setTimeout(300_000);
	for (const path of ['index.html', 'charts.html', 'present.html', 'embed/agreements.html']) {
		const html = readFileSync(join(BUILD, path), 'utf8');
		expect(html, path).not.toContain('og:image');
		expect(html, path).toContain('name="twitter:card" content="summary"');
	}
	const out = mkdtempSync(join(tmpdir(), 'site-url-'));
	try {
		execFileSync('npx', ['vite', 'build'], { env: { ...process.env, SITE_URL: 'https://example.org', BUILD_DIR: out }, stdio: 'ignore', timeout: 280_000 });
		const story = readFileSync(join(out, 'index.html'), 'utf8');
		expect(story).toContain('<meta property="og:image" content="https://example.org/og/story.png"');
		expect(story).toContain('<meta property="og:image:width" content="1200"');
		expect(story).toContain('<meta property="og:image:height" content="630"');
		expect(story).toMatch(/<meta property="og:image:alt" content="Chart: How often Russia and Syria met\. [^"]+"/);
		expect(story).toContain('<meta name="twitter:card" content="summary_large_image"');
		const embed = readFileSync(join(out, 'embed', 'agreements.html'), 'utf8');
		expect(embed).toContain('content="https://example.org/og/agreements.png"');
		const oembed = JSON.parse(readFileSync(join(out, 'oembed', 'agreements.json'), 'utf8'));
		expect(oembed).toMatchObject({ thumbnail_url: 'https://example.org/og/agreements.png', thumbnail_width: 1200, thumbnail_height: 630 });
		expect(existsSync(join(out, 'og', 'agreements-step-2.png'))).toBe(true);
		const chosen = JSON.parse(readFileSync(join(out, 'oembed', 'agreements', 'step-2.dark.json'), 'utf8'));
		expect(chosen).toMatchObject({ thumbnail_url: 'https://example.org/og/agreements-step-2.png' });
		expect(chosen.html).toContain('https://example.org/embed/agreements?step=1&amp;theme=dark');
		// The editions: hreflang alternates (English also the default), their own canonical,
		// locale and link preview in their words; no step previews (the builder is English).
		for (const path of ['', 'present', 'teach', 'handout']) {
			const html = readFileSync(join(out, path ? `${path}.html` : 'index.html'), 'utf8');
			for (const [lang, prefix] of [['en', ''], ['ru', '/ru'], ['ar', '/ar'], ['x-default', '']])
				expect(html, path).toContain(`<link rel="alternate" hreflang="${lang}" href="https://example.org${prefix}/${path}"`);
		}
		const ru = readFileSync(join(out, 'ru', 'index.html'), 'utf8');
		expect(ru).toContain('<link rel="canonical" href="https://example.org/ru/"');
		expect(ru).toContain('<meta property="og:locale" content="ru_RU"');
		expect(ru).toContain('<meta property="og:image" content="https://example.org/ru/og/story.png"');
		expect(ru).toMatch(/<meta property="og:image:alt" content="График: Как часто [^"]+"/);
		expect(readFileSync(join(out, 'ar', 'teach.html'), 'utf8')).toContain('<meta property="og:locale" content="ar_AR"');
		expect(JSON.parse(readFileSync(join(out, 'ru', 'oembed', 'agreements.json'), 'utf8'))).toMatchObject({ thumbnail_url: 'https://example.org/ru/og/agreements.png' });
		for (const lang of ['ru', 'ar']) {
			expect(existsSync(join(out, lang, 'og', 'story.png'))).toBe(true);
			expect(existsSync(join(out, lang, 'og', 'agreements.png'))).toBe(true);
			expect(existsSync(join(out, lang, 'og', 'agreements-step-2.png'))).toBe(false);
		}
		// A second build of the same commit: every image byte for byte the same.
		for (const dir of ['downloads', 'og'])
			for (const f of readdirSync(join(BUILD, dir)).filter((x) => x.endsWith('.png')))
				expect(Buffer.compare(readFileSync(join(out, dir, f)), readFileSync(join(BUILD, dir, f))), `${dir}/${f}`).toBe(0);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
