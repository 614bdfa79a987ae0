/** Helpers of the place tests (place.spec.ts, bfcache.spec.ts): where the reader stands. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Step cards to stand on: a step in each chart, deep in the page. */
export const STOPS = [
	{ slug: 'delegations', id: 'delegations-3', step: 2 },
	{ slug: 'agreements', id: 'agreements-4', step: 3 },
	{ slug: 'trade-range', id: 'trade-2', step: 1 }
];

/** Scrolls so that the card's top is a little above the line where it turns the chart. */
export async function standOn(page: Page, id: string) {
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

export async function expectAt(page: Page, slug: string, step: number) {
	await expect.poll(() => where(page, slug), { timeout: 5000 }).toEqual({ step, chart: step });
}

