/**
 * The reader keeps their place: a reload, back and forward, a rotation or a text-size change
 * brings back the same step with its chart state, and every step has an address of its own.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 }
];
/** Step cards to stand on: a step in each chart, deep in the page. */
const STOPS = [
	{ slug: 'delegations', id: 'delegations-3', step: 2 },
	{ slug: 'agreements', id: 'agreements-4', step: 3 },
	{ slug: 'trade-range', id: 'trade-2', step: 1 }
];

/** Scrolls so that the card's top is a little above the line where it turns the chart. */
async function standOn(page: Page, id: string) {
	await page.evaluate((id) => {
		const card = document.getElementById(id)!;
		card.scrollIntoView({ block: 'start', behavior: 'instant' });
		window.scrollBy({ top: card.getBoundingClientRect().top - innerHeight * 0.45, behavior: 'instant' });
	}, id);
	await page.waitForTimeout(600);
}

/** The step in view (the last card whose top has passed 60% of the screen) and the chart's state. */
function where(page: Page, slug: string) {
	return page.evaluate((slug) => {
		const s = document.querySelector(`[data-scrolly="${slug}"]`)!;
		let step = -1;
		s.querySelectorAll('.steps > .step > .card').forEach((c, i) => {
			if (c.getBoundingClientRect().top <= innerHeight * 0.6) step = i;
		});
		return { step, chart: Number(s.querySelector('figure[data-chart]')!.getAttribute('data-step')) };
	}, slug);
}

async function expectAt(page: Page, slug: string, step: number) {
	await expect.poll(() => where(page, slug), { timeout: 5000 }).toEqual({ step, chart: step });
}

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });

		test('a reload at any depth comes back to the same step, the chart in its state', async ({ page }) => {
			await page.goto('/');
			for (const stop of STOPS) {
				await standOn(page, stop.id);
				await expectAt(page, stop.slug, stop.step);
				await page.reload();
				await page.waitForLoadState('networkidle');
				await expectAt(page, stop.slug, stop.step);
			}
		});

		test('a step’s address and its “Link to this step” land on that step with its chart state', async ({ page }) => {
			for (const stop of STOPS) {
				await page.goto(`/#${stop.id}`);
				await page.waitForLoadState('networkidle');
				await expectAt(page, stop.slug, stop.step);
				const link = page.locator(`#${stop.id} .step-link a`);
				await expect(link).toHaveAttribute('href', `#${stop.id}`);
			}
			// From the top of the page, the link itself.
			await page.goto('/');
			const stop = STOPS[1]!;
			await page.locator(`#${stop.id} .step-link a`).click();
			await expect(page).toHaveURL(new RegExp(`#${stop.id}$`));
			await expectAt(page, stop.slug, stop.step);
		});
	});
}

test('back and forward from the gallery (no back/forward cache) return to the same step', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const stop = STOPS[0]!;
	await standOn(page, stop.id);
	await expectAt(page, stop.slug, stop.step);
	await page.goto('/charts');
	await page.goBack();
	await page.waitForLoadState('networkidle');
	await expectAt(page, stop.slug, stop.step);
	// The page was loaded anew (as after a discarded tab), not taken from a cache.
	expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('back_forward');
});

test('rotating a phone and doubling the text size keep the step', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const stop = STOPS[1]!;
	await standOn(page, stop.id);
	await expectAt(page, stop.slug, stop.step);
	await page.setViewportSize({ width: 844, height: 390 });
	await page.waitForTimeout(500);
	await expectAt(page, stop.slug, stop.step);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(500);
	await expectAt(page, stop.slug, stop.step);
	// A reader's text size of 200%: every line rewraps.
	await page.evaluate(() => {
		document.documentElement.style.fontSize = '200%';
		dispatchEvent(new Event('resize'));
	});
	await page.waitForTimeout(500);
	await expectAt(page, stop.slug, stop.step);
});

test('scrolling up through blocks never drawn, the text in view moves with the wheel and no more', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// Deep in the page on a fresh load: every block above is still at its guessed height.
	await page.goto('/#trade-3');
	await page.waitForLoadState('networkidle');
	const jumps: string[] = [];
	let checked = 0;
	for (let i = 0; i < 80; i++) {
		const before = await page.evaluate(() => {
			document.querySelectorAll<HTMLElement>('[data-watched]').forEach((e) => delete e.dataset.watched);
			// A text block in view below the sticky chart, and where it is on screen.
			const el = [...document.querySelectorAll<HTMLElement>('.story p, .story h2, .card')].find((e) => {
				const r = e.getBoundingClientRect();
				return r.top > innerHeight * 0.62 && r.top < innerHeight * 0.9;
			});
			if (el) el.dataset.watched = '1';
			return { y: scrollY, top: el?.getBoundingClientRect().top ?? null };
		});
		// A reader's flick up (programmatic, so that each is exactly 300 px), then two frames:
		// blocks coming into view are drawn and anchoring done.
		await page.evaluate(() => window.scrollBy({ top: -300, behavior: 'instant' }));
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		await page.waitForTimeout(50);
		const after = await page.evaluate(() => ({
			y: scrollY,
			top: document.querySelector('[data-watched]')?.getBoundingClientRect().top ?? null
		}));
		if (after.y <= 0) break;
		// Scroll anchoring may change scrollY when a block above is drawn; what the reader sees
		// is the text moving by the wheel's 300 px, exactly.
		if (before.top !== null && after.top !== null) {
			checked++;
			const moved = after.top - before.top;
			if (Math.abs(moved - 300) > 1) jumps.push(`at ${before.y}px: the text moved ${Math.round(moved)} px`);
		}
	}
	expect(checked).toBeGreaterThan(20);
	expect(jumps).toEqual([]);
});
