/**
 * The reader keeps their place: a reload, back and forward, a rotation or a text-size change
 * brings back the same step with its chart state, and every step has an address of its own.
 */
import { expect, test } from './fixtures';
import { expectAt, standOn, STOPS } from './place';

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 }
];
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
				const link = page.locator(`#${stop.id} .step-link a:not([hreflang])`);
				await expect(link).toHaveAttribute('href', `#${stop.id}`);
			}
			// From the top of the page, the link itself.
			await page.goto('/');
			const stop = STOPS[1]!;
			await page.locator(`#${stop.id} .step-link a:not([hreflang])`).click();
			await expect(page).toHaveURL(new RegExp(`#${stop.id}$`));
			await expectAt(page, stop.slug, stop.step);
		});
	});
}

for (const away of ['/charts', '/embed/agreements']) {
	test(`back from ${away} without the back/forward cache (as after a discarded tab): the same step`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		const stop = STOPS[0]!;
		await standOn(page, stop.id);
		await expectAt(page, stop.slug, stop.step);
		await page.goto(away);
		await page.goBack();
		await page.waitForLoadState('networkidle');
		// The page was loaded anew from its history entry (Playwright's Chromium keeps no back/forward cache).
		expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('back_forward');
		await expectAt(page, stop.slug, stop.step);
		await page.goForward();
		await page.goBack();
		await page.waitForLoadState('networkidle');
		await expectAt(page, stop.slug, stop.step);
	});
}

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
