/**
 * Robustness of every built page: layout at narrow, wide and zoomed sizes; hostile query strings
 * and hashes; back and forward across pages; both colour schemes under axe. The harness
 * (./fixtures) fails any test on console errors, page errors, failed or foreign requests.
 */
import type { Page } from '@playwright/test';
import { axeViolations, builtPages, expect, test } from './fixtures';

const pages = builtPages();
/** The gallery draws every chart in every state, twice: everything takes a while there. */
const slow = (path: string) => (path === '/charts' ? 240_000 : 90_000);

async function load(page: Page, url: string) {
	const res = await page.goto(url);
	expect(res?.status(), `${url} status`).toBe(200);
	await page.waitForLoadState('networkidle');
	// Let mount-time work (chart widths measured, slides fitted, scrolly state) settle.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await page.waitForTimeout(250);
}

// ---------------------------------------------------------------------------------------------
// Layout: no horizontal scroll, no text on top of other text.

const SIZES = [
	{ name: '320 px', width: 320, height: 640 },
	{ name: '768 px', width: 768, height: 1024 },
	{ name: '1920 px', width: 1920, height: 1080 },
	// 200% browser zoom on a 1280×800 window: CSS pixels are twice as large, so the layout
	// viewport is 640×400 CSS px (and devicePixelRatio 2). That is what zoom does to layout, so
	// a 640×400 viewport at scale factor 2 stands in for it.
	{ name: '200% zoom (1280×800 at 2×)', width: 640, height: 400, deviceScaleFactor: 2 }
];

/**
 * Pairs of text-bearing elements whose boxes overlap.
 *
 * Candidates: p, li, h1–h3, figcaption, summary, dt, dd and .card, rendered (checkVisibility
 * with opacity and visibility), bigger than 2×2 px, holding some text. Not compared:
 *  - anything inside an <svg>: chart labels are placed by the chart's own layout;
 *  - elements in different layers. A layer is the page's flow, or one fixed, sticky or
 *    absolutely positioned box (the sticky chart panel the story's step cards scroll over, the
 *    slide stage, controls, popovers). Overlays cover the flow by design, so only elements of
 *    the same layer are compared: text in the flow against text in the flow, text inside a
 *    sticky panel against text in that panel;
 *  - pairs where one element contains the other (a .card and its paragraphs).
 * Each box is the element's border box extended by any content overflowing it (scrollWidth /
 * scrollHeight beyond its client size), so text spilling out of a box into the next counts.
 * Overlaps of 2 px or less either way are ignored: sub-pixel rounding and touching borders
 * are not text on text. Boxes are in document coordinates, so the whole page is checked
 * wherever it is scrolled (within a sticky layer, positions move together).
 */
function textOverlaps(): string[] {
	const TOL = 2;
	const layers = new Map<Element, Element | null>();
	/** The nearest fixed, sticky or absolute box at or above `el`; null for the page's flow. */
	const layerOf = (el: Element | null): Element | null => {
		if (!el || el === document.documentElement) return null;
		if (layers.has(el)) return layers.get(el)!;
		const pos = getComputedStyle(el).position;
		const layer = pos === 'fixed' || pos === 'sticky' || pos === 'absolute' ? el : layerOf(el.parentElement);
		layers.set(el, layer);
		return layer;
	};
	const selector = 'p, li, h1, h2, h3, figcaption, summary, dt, dd, .card';
	const boxes: { el: Element; layer: Element | null; l: number; t: number; r: number; b: number }[] = [];
	for (const el of document.querySelectorAll(selector)) {
		if (el.closest('svg') || !(el.textContent ?? '').trim()) continue;
		if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
		const r = el.getBoundingClientRect();
		if (r.width <= 2 || r.height <= 2) continue;
		const h = el as HTMLElement;
		const extraX = Math.max(0, h.scrollWidth - h.clientWidth);
		const extraY = Math.max(0, h.scrollHeight - h.clientHeight);
		const box = { l: r.left + scrollX, t: r.top + scrollY, r: r.right + scrollX + extraX, b: r.bottom + scrollY + extraY };
		boxes.push({ el, layer: layerOf(el), ...box });
	}
	boxes.sort((a, b) => a.t - b.t);
	const name = (el: Element) => {
		const cls = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
		return `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
	};
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		const a = boxes[i]!;
		for (let j = i + 1; j < boxes.length && boxes[j]!.t < a.b - TOL; j++) {
			const b = boxes[j]!;
			const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
			const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
			if (w <= TOL || h <= TOL || a.layer !== b.layer || a.el.contains(b.el) || b.el.contains(a.el)) continue;
			out.push(`${name(a.el)} × ${name(b.el)} (${Math.round(w)}×${Math.round(h)} px at y ${Math.round(Math.max(a.t, b.t))})`);
			if (out.length >= 10) return out;
		}
	}
	return out;
}

for (const size of SIZES) {
	test.describe(`layout at ${size.name}`, () => {
		test.use({
			viewport: { width: size.width, height: size.height },
			deviceScaleFactor: size.deviceScaleFactor ?? 1
		});
		for (const path of pages) {
			test(`${path}: no horizontal scroll, no overlapping text`, async ({ page }) => {
				test.setTimeout(slow(path));
				await load(page, path);
				// Blocks far from the screen skip rendering (content-visibility: auto) and keep a
				// guessed size, which measuring them would overflow. Render every block, as it is
				// once the reader nears it, and measure that.
				await page.evaluate(() => {
					for (const el of document.querySelectorAll<HTMLElement>('*'))
						if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
				});
				const { scrollWidth, innerWidth } = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth
				}));
				expect(scrollWidth, `page wider than the ${innerWidth}-px viewport`).toBeLessThanOrEqual(innerWidth + 1);
				expect(await page.evaluate(textOverlaps), 'overlapping text').toEqual([]);
			});
		}
	});
}

// ---------------------------------------------------------------------------------------------
// Hostile query strings and hashes: ignored, never reflected, never executed.

const HOSTILE = [
	'?step=-1&theme=%3Cscript%3E&x=%22%3E%3Cimg%20src%3Dx%3E',
	'?step=99999999999&theme=dark%22%20onload%3D%22alert(1)&childId=%3Csvg%20onload%3Dalert(1)%3E#%3Cimg%20src=x%20onerror=alert(1)%3E',
	'#%3Cimg%20src=x%20onerror=alert(1)%3E',
	'#slide-999',
	'#slide-abc',
	'#slide--1',
	'?step=1.5&step=2#%22%3E%3Cscript%3Ealert(1)%3C/script%3E'
];
/** Markup and handlers that appear in the page only if a parameter was reflected. */
const REFLECTED = [/<img[^>]*src="?x/i, /onerror=/i, /onload=/i, /alert\(1\)/, /%3Cscript/i, /&lt;script&gt;/i, /<script>alert/i];

for (const path of pages) {
	test(`${path}: hostile query strings and hashes are ignored`, async ({ page }) => {
		test.setTimeout(slow(path) * 2);
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		for (const suffix of HOSTILE) {
			// A fresh document each time (a hash-only change would not reload the page).
			await page.goto('about:blank');
			await load(page, path + suffix);
			const html = await page.content();
			for (const re of REFLECTED) expect(html, `${path}${suffix} reflects ${re}`).not.toMatch(re);
			expect(await page.locator('img[src="x"], [onerror], [onload]').count(), `${path}${suffix}: injected elements`).toBe(0);
			await expect(page.locator('h1')).toHaveCount(1);
			if (path.startsWith('/embed/')) {
				// Any unusable ?step falls back to the final state: a number, not the input.
				await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-step', /^\d+$/);
				await expect(page.locator('figure[data-chart]')).not.toHaveClass(/theme-/);
			}
			if (path === '/present') {
				// The deck clamps any slide hash to a real slide.
				const { hash, count } = await page.evaluate(() => ({
					hash: location.hash,
					count: document.querySelectorAll('.slide[data-slide]').length
				}));
				const n = Number(/^#slide-(\d+)$/.exec(hash)?.[1] ?? NaN);
				expect(n >= 1 && n <= count, `${suffix} → ${hash} of ${count} slides`).toBe(true);
			}
		}
		expect(dialogs, 'alert() ran').toEqual([]);
	});
}

// ---------------------------------------------------------------------------------------------
// Back and forward across the story, the gallery, an embed and the slides.

const TITLE = 'From patron to negotiated partner';

/** The step a reader of the story sees in one scrolly: the last whose top passed 60%. */
async function scrollyState(page: Page, slug: string) {
	return page.evaluate((slug) => {
		const line = innerHeight * 0.6;
		let inView = 0;
		document.querySelectorAll(`[data-scrolly="${slug}"] .steps > .step`).forEach((el, i) => {
			if (el.getBoundingClientRect().top <= line) inView = i;
		});
		const shown = document.querySelector(`[data-scrolly="${slug}"] figure[data-chart]`)?.getAttribute('data-step');
		return { inView, shown: Number(shown) };
	}, slug);
}

test('back and forward between story, gallery, embed and slides: the right page and state each time', async ({ page }) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const atStory = async () => {
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('h1')).toHaveText(TITLE);
		await expect(page.locator('[data-scrolly] figure[data-chart]')).toHaveCount(4);
		await page.waitForTimeout(500);
		const s = await scrollyState(page, 'delegations');
		expect(s.shown, 'delegations chart shows the step in view').toBe(s.inView);
	};
	const atGallery = async () => {
		await expect(page).toHaveURL(/\/charts$/);
		await expect(page.locator('h1')).toHaveText(/All charts/);
	};
	const atEmbed = async () => {
		await expect(page).toHaveURL(/\/embed\/agreements$/);
		await expect(page.locator('figure[data-chart]')).toHaveCount(1);
		await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-chart', 'agreements');
	};
	const atSlides = async () => {
		await expect(page).toHaveURL(/\/present(#slide-\d+)?$/);
		await expect(page.locator('h1')).toHaveText(/slides/i);
		await expect(page.locator('.slide[data-slide]').first()).toBeAttached();
	};

	await load(page, '/');
	// Stop in mid-story, with the delegations chart in a later state.
	await page.locator('[data-scrolly="delegations"] .steps > .step').nth(2).evaluate((el) =>
		window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.3)
	);
	await page.waitForTimeout(500);
	expect((await scrollyState(page, 'delegations')).shown).toBe(2);
	await atStory();
	// In-app navigation (SvelteKit's router) to the gallery, then full loads.
	await page.locator('footer a[href="/charts"]').click();
	await atGallery();
	await load(page, '/embed/agreements');
	await atEmbed();
	await load(page, '/present');
	await atSlides();

	for (const [step, check] of [
		['back', atEmbed],
		['back', atGallery],
		['back', atStory],
		['forward', atGallery],
		['forward', atEmbed],
		['forward', atSlides],
		['back', atEmbed]
	] as const) {
		await (step === 'back' ? page.goBack() : page.goForward());
		await page.waitForLoadState('networkidle');
		await check();
	}
});

// ---------------------------------------------------------------------------------------------
// Both colour schemes: axe finds nothing (contrast included) in light and in dark.

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		for (const path of pages) {
			test(`${path}: axe finds no violations`, async ({ page }) => {
				test.setTimeout(slow(path));
				await page.emulateMedia({ colorScheme });
				await load(page, path);
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
