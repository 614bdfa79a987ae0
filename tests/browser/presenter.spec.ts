/**
 * The presenter view (S, as in reveal.js): a second window with the current and next slide, the
 * notes and a clock; the two windows keep in step both ways, and the projected one never shows
 * a talking point.
 */
import type { Page } from '@playwright/test';
import { keyAction } from '../../src/lib/classroom/keys';
import { axeViolations, expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const at = (page: Page) => page.locator('.slide[data-current]').getAttribute('data-slide');

test('S opens the presenter window; PageDown in either window moves both; the class sees no notes', async ({ page, context }) => {
	await page.goto('/present#slide-5');
	await expect(page.locator('[data-deck].live')).toHaveCount(1);
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await expect(presenter.locator('[data-deck].live.presenter')).toHaveCount(1);
	await expect(presenter).toHaveURL(/\?view=presenter#slide-5$/);

	// The presenter's window: the notes of slide 5 (the step in full, talking points), the next
	// slide and a clock.
	const notes = presenter.locator('[data-notes-panel]');
	await expect(notes).toBeVisible();
	await expect(notes.locator('[data-step-text]')).toContainText('The chart marks both dates');
	await expect(notes).toContainText('Talking points');
	const talking = await notes.locator('[data-notes-for]:not([hidden]) li').allInnerTexts();
	expect(talking.length).toBeGreaterThan(2);
	await expect(presenter.locator('[data-presenter] [data-at]')).toHaveText('5');
	await expect(presenter.locator('iframe[data-frame="now"]')).toHaveAttribute('src', /view=preview#slide-5$/);
	await expect(presenter.locator('iframe[data-frame="next"]')).toHaveAttribute('src', /view=preview#slide-6$/);
	await expect(presenter.locator('[data-clock]')).toHaveText(/\d/);
	await expect(presenter.locator('[data-elapsed]')).toHaveText(/^0:0\d$/);
	// The framed next slide is drawn as the projector shows it.
	const next = presenter.frameLocator('iframe[data-frame="next"]');
	await expect(next.locator('.slide[data-current]')).toHaveAttribute('data-slide', '6');
	await expect(next.locator('.slide[data-current] figure[data-chart]')).toBeVisible();

	// The projected window shows the slide only: no notes panel, no talking point.
	await expect(page.locator('[data-notes-panel]')).toBeHidden();
	const projected = await page.evaluate(() => document.body.innerText);
	for (const t of talking) expect(projected).not.toContain(t.replace(/\s+\S+( · \S+)*$/, '').slice(0, 60));

	// A clicker on either window turns both.
	await page.keyboard.press('PageDown');
	await expect(presenter.locator('[data-presenter] [data-at]')).toHaveText('6');
	expect(await at(presenter)).toBe('6');
	await presenter.keyboard.press('PageDown');
	await expect(page.locator('.slide[data-current]')).toHaveAttribute('data-slide', '7');
	await expect(page).toHaveURL(/#slide-7$/);
	await expect(presenter.locator('iframe[data-frame="now"]')).toHaveAttribute('src', /#slide-7$/);

	// B in the presenter's window blacks out the projected one, and only says so to the presenter.
	await presenter.keyboard.press('b');
	await expect(page.locator('[data-blackout]')).toBeVisible();
	await expect(presenter.locator('[data-black]')).toBeVisible();
	await presenter.keyboard.press('b');
	await expect(page.locator('[data-blackout]')).toBeHidden();
});

test('where pop-ups are blocked, S says so and shows the notes on this screen instead', async ({ page }) => {
	await page.addInitScript(() => {
		window.open = () => null;
	});
	await page.goto('/present#slide-5');
	await expect(page.locator('[data-deck].live')).toHaveCount(1);
	await page.keyboard.press('s');
	const notes = page.locator('#speaker-notes');
	await expect(notes).toBeVisible();
	await expect(notes.locator('[data-popup-blocked]')).toBeVisible();
	await expect(notes.locator('[data-popup-blocked]')).toContainText('did not open the presenter window');
	await expect(notes).toContainText('Talking points');
	await page.keyboard.press('Escape');
	await expect(notes).toBeHidden();
});

test('axe: the presenter window', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/present?view=presenter#slide-5');
	await expect(page.locator('[data-deck].live.presenter')).toHaveCount(1);
	await expect(page.locator('[data-step-text]')).not.toBeEmpty();
	expect(await axeViolations(page)).toEqual([]);
});

test('S is the presenter view’s key', () => {
	expect(keyAction({ key: 's' })).toEqual({ type: 'presenter' });
	expect(keyAction({ key: 'S' })).toEqual({ type: 'presenter' });
	expect(keyAction({ key: 's', metaKey: true })).toBeNull();
});
