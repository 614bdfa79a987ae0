/** The deck (/present) as a test sees it, in any edition. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** What is on screen in the deck: visible slides, hash, the chart's slug and state. */
export async function deck(page: Page) {
	return page.evaluate(() => {
		const visible = [...document.querySelectorAll<HTMLElement>('[data-deck] .slide')].filter((s) => {
			const r = s.getBoundingClientRect();
			return getComputedStyle(s).visibility === 'visible' && r.width > 0 && r.bottom > 0 && r.top < innerHeight;
		});
		const s = visible[0];
		const fig = s?.querySelector('figure[data-chart]');
		const flat = s?.closest<HTMLElement>('[data-scrolly-flat]');
		return {
			hash: location.hash,
			visible: visible.map((v) => Number(v.dataset.slide)),
			chart: fig?.getAttribute('data-chart') ?? null,
			step: fig ? Number(fig.getAttribute('data-step')) : null,
			// The state this slide's step describes: its place among its chart's steps.
			expectedChart: flat?.dataset.scrollyFlat ?? null,
			expectedStep: flat && s ? [...flat.querySelectorAll('.slide')].indexOf(s) : null,
			total: document.querySelectorAll('[data-deck] .slide').length,
			focusIn: document.activeElement?.closest('dialog, #speaker-notes')?.id || document.activeElement?.tagName || null
		};
	});
}

/** Opens the deck (`prefix`: an edition's, '/ru') and waits for its script. */
export async function openDeck(page: Page, hash = '', prefix = '') {
	await page.goto(`${prefix}/present${hash}`);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('[data-deck].live')).toHaveCount(1);
}
