/**
 * /present for a classroom: charts readable from the back row (the smallest label, as rendered,
 * is at least 24 px on a 1920×1080 projector and in proportion elsewhere), a short slide line
 * beside each chart with the step's full text in the notes, and a presenter window, kept in
 * step both ways, that the class does not see.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Screens and the smallest chart label each must show (px): 24 at 1920×1080, in proportion. */
const SCREENS = [
	{ width: 1920, height: 1080, floor: 24 },
	{ width: 1366, height: 768, floor: 17 },
	{ width: 1280, height: 720, floor: 16 },
	{ width: 1024, height: 768, floor: 12.8 },
	{ width: 2560, height: 1440, floor: 32 }
];

/** Waits until slide `n` shows with its chart drawn from the states file at the width that fits. */
async function showSlide(page: Page, n: number) {
	await page.keyboard.type(String(n));
	await page.keyboard.press('Enter');
	await page.waitForFunction((n) => {
		const s = document.querySelector<HTMLElement>('.slide[data-current]');
		return s?.dataset.slide === String(n) && !!s.querySelector('figure[data-chart] .plot .targets:not([hidden])');
	}, n);
	// A first visit may draw the chart again at the width the fit leaves: wait until it settles.
	const state = () =>
		page.evaluate(() => {
			const cell = document.querySelector<HTMLElement>('.slide[data-current] .slide-chart')!;
			const plot = cell.querySelector<HTMLElement>('.plot[data-width]')!;
			return `${cell.style.getPropertyValue('--chart-zoom')} ${plot.dataset.width} ${plot.dataset.shown} ${cell.querySelector<HTMLElement>('[data-window]')?.scrollTop}`;
		});
	let last = '';
	for (let same = 0; same < 3; ) {
		await page.waitForTimeout(60);
		const now = await state();
		same = now === last ? same + 1 : 0;
		last = now;
	}
}

/** What a back-row reader sees of the current slide. */
const measure = (page: Page) =>
	page.evaluate(() => {
		const s = document.querySelector<HTMLElement>('.slide[data-current]')!;
		const stage = s.closest('.stage')!.getBoundingClientRect();
		const fig = s.querySelector<HTMLElement>('figure[data-chart]')!;
		const win = fig.querySelector('[data-window]')!.getBoundingClientRect();
		const line = s.querySelector<HTMLElement>('.slide-line');
		const text = s.querySelector<HTMLElement>('.slide-text')!;
		const zoom = parseFloat(getComputedStyle(s.querySelector('.slide-chart')!).getPropertyValue('--chart-zoom')) || 1;
		let smallest = Infinity;
		let smallestText = '';
		for (const t of fig.querySelectorAll<Element>('svg text, .legend li, .takeaway, .title')) {
			const box = t.getBoundingClientRect();
			if (!box.height || !t.textContent?.trim()) continue;
			// Labels scrolled out of the plot's window are not on the screen.
			if (t.closest('[data-window]') && (box.bottom <= win.top || box.top >= win.bottom)) continue;
			const svg = (t as SVGElement).ownerSVGElement;
			// Font size × the screen scale: the SVG's drawn width over its own, or the chart's zoom.
			const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : zoom;
			const px = parseFloat(getComputedStyle(t).fontSize) * scale;
			if (px < smallest) [smallest, smallestText] = [px, t.textContent.trim().slice(0, 40)];
		}
		const inside = (b: DOMRect) => b.top >= stage.top - 1 && b.bottom <= stage.bottom + 1 && b.left >= stage.left - 1 && b.right <= stage.right + 1;
		return {
			smallest,
			smallestText,
			chartOnScreen: inside(fig.getBoundingClientRect()),
			lineOnScreen: !!line && inside(line.getBoundingClientRect()),
			textFits: text.scrollHeight <= text.clientHeight + 1 && s.scrollHeight <= s.clientHeight + 1,
			textScale: text.style.getPropertyValue('--text-scale') || '1',
			// What the slide says: its slide line only (the step's full text is in the notes).
			paragraphsShown: [...text.children].filter((c) => (c as HTMLElement).offsetParent !== null && !c.matches('.slide-line')).length
		};
	});

for (const screen of SCREENS) {
	test(`at ${screen.width}×${screen.height} every chart slide shows its slide line and chart whole, labels at least ${screen.floor} px`, async ({ page }) => {
		await page.setViewportSize(screen);
		await page.goto('/present#slide-1');
		await expect(page.locator('[data-deck].live')).toHaveCount(1);
		const chartSlides = await page.locator('.slide[data-slug]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.slide)));
		expect(chartSlides.length).toBeGreaterThan(15);
		for (const n of chartSlides) {
			await showSlide(page, n);
			const m = await measure(page);
			expect(m.smallest, `slide ${n}: smallest label “${m.smallestText}”`).toBeGreaterThanOrEqual(screen.floor - 0.05);
			expect(m.chartOnScreen, `slide ${n}: chart on screen`).toBe(true);
			expect(m.lineOnScreen, `slide ${n}: slide line on screen`).toBe(true);
			expect(m.textFits, `slide ${n}: no text overflows`).toBe(true);
			expect(m.textScale, `slide ${n}: the slide line fits without shrinking`).toBe('1');
			expect(m.paragraphsShown, `slide ${n}: only the slide line is projected`).toBe(0);
		}
	});
}

test('every step has a short slide line with its sources; the step’s full text is in the notes', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/present#slide-1');
	const lines = await page.locator('.slide[data-slug] .slide-text').evaluateAll((texts) =>
		texts.map((t) => {
			const line = t.querySelector('.slide-line');
			const words = line?.cloneNode(true) as HTMLElement | undefined;
			words?.querySelectorAll('.cite').forEach((c) => c.remove());
			return { words: words?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
		})
	);
	for (const [i, l] of lines.entries()) {
		expect(l.words.length, `slide line ${i + 1}: “${l.words}”`).toBeGreaterThan(30);
		expect(l.words.length, `slide line ${i + 1}: “${l.words}”`).toBeLessThanOrEqual(160);
	}
	// The notes of a step slide hold that step's full text, with its source labels.
	await page.evaluate(() => (location.hash = '#slide-5'));
	await expect(page.locator('.slide[data-current]')).toHaveAttribute('data-slide', '5');
	const full = page.locator('[data-step-text]');
	await expect(full).toContainText('The chart marks both dates');
	await expect(full.locator('.cite').first()).toBeAttached();
	await expect(page.locator('.slide[data-current]')).not.toContainText('The chart marks both dates');
});

test('a mark selected on a slide shows its facts over the chart, large enough for the room', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/present#slide-1');
	await expect(page.locator('[data-deck].live')).toHaveCount(1);
	await showSlide(page, 5);
	const mark = page.locator('.slide[data-current] .targets button').first();
	await mark.click();
	const detail = page.locator('.slide[data-current] .detail');
	await expect(detail).toBeVisible();
	const facts = await detail.evaluate((d) => {
		const box = d.getBoundingClientRect();
		const zoom = parseFloat(getComputedStyle(d.closest('.slide-chart')!).getPropertyValue('--chart-zoom'));
		return { px: parseFloat(getComputedStyle(d).fontSize) * zoom, inView: box.top >= 0 && box.bottom <= innerHeight };
	});
	expect(facts.px).toBeGreaterThanOrEqual(24);
	expect(facts.inView).toBe(true);
});
