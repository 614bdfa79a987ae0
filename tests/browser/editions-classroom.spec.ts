/**
 * The editions' classroom and how readers reach an edition (issue 18): the slides, the
 * teacher's guide and the handout in Russian and Arabic; the language links on every page, which
 * keep the reader's place; hreflang alternates; and the one-time offer of the reader's language.
 */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { deck, openDeck } from './deck';
import { axeViolations, expect, test } from './fixtures';

const EDITIONS = [
	{ prefix: '/ru', lang: 'ru', dir: 'ltr', script: /[а-яё]/i, slide: /^Слайд 1 из \d+$/ },
	{ prefix: '/ar', lang: 'ar', dir: 'rtl', script: /[\u0600-\u06ff]/, slide: /^الشريحة 1 من \d+$/ }
] as const;

/** English words that give away an untranslated sentence. */
const ENGLISH = /\b(the|and|of|with|between|slide|slides|notes)\b/;

/** The text of `selector`, minus what stays English on purpose (quotes' originals, headlines, keys, language names). */
const ownText = (page: Page, selector: string) =>
	page.evaluate((sel) => {
		const root = document.querySelector(sel)!.cloneNode(true) as Element;
		root.querySelectorAll('[lang="en"], .original, kbd, dt, .cite, q[title], .headline, [data-edition-link], script, style, noscript, template').forEach((n) => n.remove());
		return (root.textContent ?? '').replace(/“[^”]*”/g, ' ').replace(/\s+/g, ' ').trim();
	}, selector);

for (const e of EDITIONS) {
	for (const [width, height] of [
		[390, 844],
		[1280, 800]
	] as const)
		test(`${e.prefix}/present at ${width} px: PageDown walks every slide, each step slide with its chart, said in the edition`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height });
			await openDeck(page, '', e.prefix);
			await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
			await expect(page.locator('html')).toHaveAttribute('dir', e.dir);
			const { total } = await deck(page);
			expect(total).toBeGreaterThanOrEqual(12);
			let charts = 0;
			for (let n = 1; n <= total; n++) {
				const d = await deck(page);
				expect(d.visible, `slide ${n} alone on screen`).toEqual([n]);
				expect(d.hash).toBe(`#slide-${n}`);
				if (d.expectedChart) {
					await expect.poll(async () => (await deck(page)).chart, `slide ${n} chart`).toBe(d.expectedChart);
					charts++;
				}
				await page.keyboard.press('PageDown');
			}
			expect(charts).toBe(await page.locator('[data-scrolly-flat] .slide').count());
			// The slide's own words and the deck's are the edition's.
			await page.keyboard.press('Home');
			await expect(page.locator('[aria-live="polite"]')).toHaveText(e.slide);
			const controls = await ownText(page, '[data-controls]');
			expect(controls).toMatch(e.script);
			expect(controls).not.toMatch(ENGLISH);
			expect(await ownText(page, '#slide-1')).not.toMatch(ENGLISH);
			await page.keyboard.press('End');
			expect(await ownText(page, `#slide-${total}`)).not.toMatch(ENGLISH);
		});

	test(`${e.prefix}/present: the speaker notes and the overview are in the edition`, async ({ page }) => {
		await page.addInitScript(() => {
			window.open = () => null;
		});
		await page.setViewportSize({ width: 1280, height: 800 });
		await openDeck(page, '#slide-3', e.prefix);
		await page.keyboard.press('s');
		await expect(page.locator('#speaker-notes')).toBeVisible();
		const notes = await ownText(page, '#speaker-notes');
		expect(notes).toMatch(e.script);
		expect(notes).not.toMatch(ENGLISH);
		// A translated quotation carries the article's English words.
		const quotes = await page.locator('#speaker-notes q.tq').evaluateAll((qs) => qs.filter((q) => (q as HTMLElement).offsetParent).map((q) => q.getAttribute('title') ?? ''));
		for (const t of quotes) expect(t).toMatch(/: “.+”$/);
		await page.keyboard.press('Escape');
		await page.keyboard.press('o');
		await expect(page.locator('dialog[data-overview]')).toBeVisible();
		const overview = await ownText(page, 'dialog[data-overview]');
		expect(overview).toMatch(e.script);
		expect(overview).not.toMatch(ENGLISH);
		expect(await axeViolations(page)).toEqual([]);
	});

	test(`${e.prefix}/teach: the guide in the edition, its slide links open existing slides of that edition`, async ({ page }) => {
		await page.goto(`${e.prefix}/teach`);
		await expect(page.locator('html')).toHaveAttribute('dir', e.dir);
		const text = await ownText(page, 'main');
		expect(text).toMatch(e.script);
		// Sentences of English left in the guide's own words (quotes and headlines aside).
		expect(text.match(/\b(?:the|and|of|with)\b[^.]{0,40}\b(?:the|and|of|with)\b/gi) ?? []).toEqual([]);
		const slides = await page.locator('main a[href*="/present#slide-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(slides.length).toBeGreaterThan(5);
		for (const href of slides) expect(href).toMatch(new RegExp(`^${e.prefix}/present#slide-\\d+$`));
		const last = Math.max(...slides.map((h) => Number(h.split('-').pop())));
		await openDeck(page, `#slide-${last}`, e.prefix);
		expect((await deck(page)).visible).toEqual([last]);
	});

	test(`${e.prefix}/handout prints on 2–8 A4 and Letter pages, in the edition`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 794, height: 1000 });
		await page.goto(`${e.prefix}/handout`);
		await page.waitForLoadState('networkidle');
		const text = await ownText(page, 'main');
		expect(text).toMatch(e.script);
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: true });
			const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
			console.log(`${e.prefix}/handout on ${format}: ${doc.numPages} pages`);
			expect(doc.numPages).toBeGreaterThanOrEqual(2);
			expect(doc.numPages).toBeLessThanOrEqual(8);
		}
	});
}

test('every page that has editions links them: hreflang in the switcher, the same path in each', async ({ page }) => {
	for (const path of ['/', '/present', '/teach', '/handout'])
		for (const prefix of ['', '/ru', '/ar']) {
			await page.goto(`${prefix}${path}`);
			const links = await page.locator('nav.editions a[data-edition-link]').first().locator('xpath=../..').locator('a').evaluateAll((as) => as.map((a) => `${a.getAttribute('hreflang')} ${a.getAttribute('href')}`));
			const others = ['', '/ru', '/ar'].filter((p) => p !== prefix);
			expect(links, `${prefix}${path}`).toEqual(others.map((p) => `${p === '' ? 'en' : p.slice(1)} ${p}${path}`));
			expect(await page.locator('meta[name="robots"]').count(), `${prefix}${path} is indexable`).toBe(0);
		}
});

test('the language links keep the reader’s place: the step in view, and the slide on screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/ru/#delegations-2');
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(600);
	// Back up to the masthead's links: the place is the step last read.
	await page.evaluate(() => scrollTo(0, 0));
	await page.waitForTimeout(400);
	await page.locator('header nav.editions a[hreflang="ar"]').click();
	await expect(page).toHaveURL(/\/ar\/#delegations-2$/);
	const box = (await page.locator('#delegations-2').boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeLessThan(844);

	await openDeck(page, '#slide-5', '/ar');
	await page.keyboard.press('o');
	await page.locator('dialog[data-overview] a[hreflang="en"]').click();
	await expect(page).toHaveURL(/\/present#slide-5$/);
	expect((await deck(page)).visible).toEqual([5]);
});

test('the English story offers a Russian reader the Russian edition once, never redirecting', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ru-RU' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	const offer = page.locator('aside[data-suggest="ru"]');
	await expect(offer).toBeVisible();
	await expect(offer.locator('a')).toHaveAttribute('href', '/ru/');
	await expect(page.locator('aside[data-suggest="ar"]')).toBeHidden();
	await offer.locator('button').click();
	await expect(offer).toBeHidden();
	await page.reload();
	await page.waitForLoadState('networkidle');
	await expect(offer).toBeHidden();
	await context.close();
	// An English browser is offered nothing.
	const en = await browser.newContext({ locale: 'en-GB' });
	const enPage = await en.newPage();
	await enPage.goto('/');
	await enPage.waitForLoadState('networkidle');
	await expect(enPage.locator('aside[data-suggest]:visible')).toHaveCount(0);
	await en.close();
});

for (const e of EDITIONS)
	for (const scheme of ['light', 'dark'] as const)
		for (const [width, height] of [
			[390, 844],
			[1280, 800]
		] as const)
			test(`${e.prefix} at ${width} px: the story, slides, guide and handout pass axe in ${scheme}`, async ({ page }) => {
				test.setTimeout(120_000);
				await page.setViewportSize({ width, height });
				await page.emulateMedia({ colorScheme: scheme });
				for (const path of ['/', '/present', '/teach', '/handout']) {
					await page.goto(`${e.prefix}${path}`);
					await page.waitForLoadState('networkidle');
					// Down the page once: blocks that skip layout off screen (content-visibility) get their
					// real boxes, which axe measures (target sizes).
					await page.evaluate(async () => {
						for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
							scrollTo(0, y);
							await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
						}
						scrollTo(0, 0);
					});
					expect(await axeViolations(page), `${e.prefix}${path}`).toEqual([]);
				}
			});
