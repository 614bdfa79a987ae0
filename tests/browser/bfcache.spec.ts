/**
 * Back and forward with the back/forward cache, which Playwright's Chromium turns off by
 * default (a browser of its own here): the page comes back as it was, on the same step.
 */
import { chromiumPath } from '../../playwright.config';
import { expect, test } from './fixtures';
import { expectAt, standOn, STOPS } from './place';

test.use({
	launchOptions: {
		executablePath: chromiumPath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
		ignoreDefaultArgs: ['--disable-back-forward-cache']
	}
});

test('back from the gallery restores the page as it was: the same step', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const stop = STOPS[1]!;
	await standOn(page, stop.id);
	await expectAt(page, stop.slug, stop.step);
	await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
	await page.goto('/charts');
	// A page restored from the cache fires no load event: wait for the navigation only.
	await page.goBack({ waitUntil: 'commit' });
	await expectAt(page, stop.slug, stop.step);
	// Restored from the cache, not loaded anew.
	expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
});
