/**
 * Say what changed: scrolling the story, each change of a chart's state is announced once, in a
 * polite live region, as "TITLE, now: what this state shows" — and nothing else is.
 */
import { expect, scrollThroughSteps, SLUGS, test } from './fixtures';

for (const [width, height] of [
	[390, 844],
	[1280, 800]
] as const) {
	test(`at ${width} px each change of chart state is announced once, politely`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height });
		// Every text the live regions are given, in order.
		await page.addInitScript(() => {
			const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
			addEventListener('DOMContentLoaded', () => {
				for (const region of document.querySelectorAll('[data-announce]'))
					new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
			});
		});
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const expected: string[] = [];
		for (const slug of SLUGS) {
			const scrolly = page.locator(`[data-scrolly="${slug}"]`);
			await expect(scrolly.locator('[data-announce]')).toHaveAttribute('aria-live', 'polite');
			const title = (await scrolly.locator('.title').first().textContent()) ?? '';
			const steps = await scrolly.locator('.steps > .step').evaluateAll((ss) => ss.map((s) => ({ state: s.getAttribute('data-state'), said: s.getAttribute('data-said') })));
			steps.forEach((s, i) => {
				// Each sentence names the chart, then what it now shows.
				expect(s.said?.startsWith(`${title}, now: `) && s.said.length > title.length + 7).toBe(true);
				if (i && s.state !== steps[i - 1]!.state) expected.push(s.said!);
			});
			// Down through the steps, as a reader scrolls.
			await scrollThroughSteps(page, slug);
		}
		const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean));
		expect(expected.length).toBeGreaterThanOrEqual(SLUGS.length * 2);
		expect(heard).toEqual(expected);
	});
}
