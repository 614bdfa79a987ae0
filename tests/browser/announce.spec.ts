/**
 * Say what changed: scrolling the story, each change of a chart's state is announced once, in a
 * polite live region, as "TITLE, now: what this state shows" — and nothing else is.
 */
import { expect, SLUGS, test } from './fixtures';

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
				if (i && s.state !== steps[i - 1]!.state) expected.push(`${title}, now: ${s.said}`);
			});
			// Down through the steps, as a reader scrolls.
			await page.evaluate(async (slug) => {
				const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
				const cards = [...document.querySelectorAll<HTMLElement>(`[data-scrolly="${slug}"] .steps > .step > .card`)];
				const top = cards[0]!.getBoundingClientRect().top + scrollY - innerHeight;
				const bottom = cards.at(-1)!.getBoundingClientRect().top + scrollY - innerHeight * 0.2;
				for (let y = top; y < bottom; y += 40) {
					window.scrollTo({ top: y, behavior: 'instant' });
					await wait(30);
				}
				await wait(300);
			}, slug);
		}
		const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean));
		expect(expected.length).toBeGreaterThanOrEqual(SLUGS.length * 2);
		expect(heard).toEqual(expected);
	});
}
