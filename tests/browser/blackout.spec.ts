/**
 * The deck's black screen (B or ., as in reveal.js): the class looks at the teacher, the slide
 * stays where it was, and the same keys or Escape bring it back.
 */
import type { Page } from '@playwright/test';
import { keyAction } from '../../src/lib/classroom/keys';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('B and . are the black-screen keys, unless a modifier is held or focus is in a field', () => {
	expect(keyAction({ key: 'b' })).toEqual({ type: 'blackout' });
	expect(keyAction({ key: 'B' })).toEqual({ type: 'blackout' });
	expect(keyAction({ key: '.' })).toEqual({ type: 'blackout' });
	expect(keyAction({ key: 'b', ctrlKey: true })).toBeNull();
	expect(keyAction({ key: '.', editable: true })).toBeNull();
});

/** Whether the screen is black: the blackout covers it and is what a click at its centre hits. */
const black = (page: Page) =>
	page.evaluate(() => {
		const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
		return !!el?.matches('[data-blackout]') && getComputedStyle(el).backgroundColor === 'rgb(0, 0, 0)';
	});

test('B blacks the screen out and back; a clicker’s PageDown meanwhile leaves the slide where it was', async ({ page }) => {
	await page.goto('/present#slide-4');
	await expect(page.locator('[data-deck].live')).toHaveCount(1);
	expect(await black(page)).toBe(false);
	await page.keyboard.press('b');
	expect(await black(page)).toBe(true);
	await expect(page.locator('[data-announce]')).toHaveText(/blacked out/);
	await page.keyboard.press('PageDown');
	expect(await black(page)).toBe(true);
	await page.keyboard.press('b');
	expect(await black(page)).toBe(false);
	await expect(page).toHaveURL(/#slide-4$/);
	await expect(page.locator('.slide[data-current]')).toHaveAttribute('data-slide', '4');
	// The period key and Escape do the same.
	await page.keyboard.press('.');
	expect(await black(page)).toBe(true);
	await page.keyboard.press('Escape');
	expect(await black(page)).toBe(false);
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/#slide-5$/);
});
