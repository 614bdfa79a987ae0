/**
 * Editorial accuracy (issue 15), checked on the built site: the corrections hold wherever a
 * reader can meet the text, and source markers work by mouse, touch, keyboard, screen reader
 * and without JavaScript.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { misquotes } from '../../src/lib/cite/quotes';
import { axeViolations, builtPages, expect, test } from './fixtures';

/** The five articles, where the checkout has them beside it (as CI does). */
const SEEDS = '../shared/seeds';
const articles = existsSync(SEEDS) ? readdirSync(SEEDS).map((f) => readFileSync(`${SEEDS}/${f}`, 'utf8').replace(/\s+/g, ' ')) : [];

/** Everything a reader can see or hear on a page: text, including closed notes and alt names. */
async function readerText(page: import('@playwright/test').Page): Promise<string> {
	return page.evaluate(() => {
		const labels = [...document.querySelectorAll('[aria-label], [title]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`);
		return `${document.body.textContent ?? ''} ${labels.join(' ')} ${document.title}`.replace(/\s+/g, ' ');
	});
}

const PAGES = ['/', '/teach', '/handout', '/present', '/charts', ...builtPages().filter((p) => p.startsWith('/embed/'))];

test.describe('every page a reader sees', () => {
	for (const path of PAGES) {
		test(`${path}: no internal ids, no corrected wording`, async ({ page }) => {
			await page.goto(path);
			const text = await readerText(page);
			for (const id of ['seed-000', 'seed-004', 'syrian-observer', 'trt; menafn'])
				expect(text, `${path} shows the id ${id}`).not.toContain(id);
			for (const wrong of [
				/did not ask the (Russians|Russia) to leave/i,
				/The Syrian Observer reported/,
				/MENAFN argues/,
				/\bunsigned\b/i,
				/diplomats and envoys/,
				/shift to defen[cs]e/i,
				/Both sources agree/,
				/All sides agree/,
				/Everyone agrees/,
				/Putin welcomed/,
				/Named by one source only|Presence disputed/,
				/agree on the facts underneath/
			])
				expect(text, `${path} still says ${wrong}`).not.toMatch(wrong);
			// Every quotation a reader can see (prose, notes, cards, tables, captions) is in an article.
			if (articles.length) {
				const visible = await page.evaluate(() => {
					for (const t of document.querySelectorAll('svg text')) {
						const spans = [...t.querySelectorAll('tspan')];
						if (spans.length) t.textContent = spans.map((x) => x.textContent).join(' ');
					}
					// What a reader sees: <noscript> is raw text to a browser that runs scripts.
					const body = document.body.cloneNode(true) as HTMLElement;
					body.querySelectorAll('noscript').forEach((n) => n.remove());
					return body.textContent ?? '';
				});
				const bad = [...new Set(misquotes(visible.replace(/\s+/g, ' '), articles))];
				expect(bad, `${path}: quotations not found word for word in any article`).toEqual([]);
			}
			// A quotation of al-Sharaa's words is whole wherever it appears.
			for (const m of text.matchAll(/We do not want Russia to leave Syria([^”"]{0,40})/g)) expect(m[1]).toMatch(/^ the way some others do/);
		});
	}
});

test.describe('the story says what the articles say', () => {
	test.beforeEach(async ({ page }) => page.goto('/'));

	test('hedges are kept and outlets credited as they reported', async ({ page }) => {
		const story = (await page.locator('article.story').textContent())!.replace(/\s+/g, ' ');
		expect(story).toContain('“As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet”');
		expect(story).toContain('“is said to have signed a contract with Syria to help print its national currency”');
		expect(story).toContain('“did not demand the immediate withdrawal of Russian forces”');
		expect(story).toContain('“might continue temporarily”');
		expect(story).toContain('“hinted at in a declaration from Damascus at the beginning of the year”');
		expect(story).toContain('Asharq Al-Awsat, in a report translated by The Syrian Observer');
		expect(story).toContain('“has not verified the content of this story”');
		// The Asharq Al-Awsat text has no headline: the sources list says its label is its first words.
		await expect(page.locator('#source-syrian-observer, ol.sources li').filter({ hasText: 'Asharq Al-Awsat' }).first()).toContainText('No headline; it opens “A high-level Russian delegation');
		expect(story).toContain('An article published by MENAFN, which names no author');
		// The bases: two operational, and a third site the Russians reinforced.
		expect(story).toContain('“a key logistical hub”');
		expect(story).toContain('“The Russians have reinforced this site during the summer”');
	});

	test('the count of single-source presences is the list it introduces', async ({ page }) => {
		const step = page.locator('[data-scrolly="delegations"] .step').last();
		const text = (await step.textContent())!.replace(/\s+/g, ' ');
		const m = /reported by one article only \((\w+) in all\): (.*?)\. Silence in one article/.exec(text);
		expect(m, text).not.toBeNull();
		const names = ['Alexander Lavrentyev', 'Hussein al-Salama', 'Aleksandr Zorin', 'Sergei Lavrov', 'Maher al-Sharaa', 'Vladimir Putin'];
		for (const n of names) expect(m![2]).toContain(n);
		expect(text).not.toContain('disputed');
		// The count in the prose is the number of table rows the chart flags as one article only.
		const flagged = await page
			.locator('[data-scrolly="delegations"] table')
			.first()
			.locator('tbody tr')
			.evaluateAll((trs) => trs.filter((tr) => tr.querySelectorAll('td, th')[6]?.textContent?.trim() !== 'No').length);
		const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
		const said = /^\d+$/.test(m![1]!) ? Number(m![1]) : words.indexOf(m![1]!);
		expect(flagged).toBeGreaterThan(5);
		expect(said).toBe(flagged);
	});

	test('July: each article’s people on its own date, never merged', async ({ page }) => {
		const table = page.locator('[data-scrolly="delegations"] table').first();
		const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent!.replace(/\s+/g, ' ')));
		const on = (name: string) => rows.filter((r) => r.includes(name)).join(' | ');
		expect(on('Hussein al-Salama')).toContain('3 July 2025');
		expect(on('Hussein al-Salama')).not.toContain('31 July');
		expect(on('Aleksandr Zorin')).toContain('31 July 2025');
		expect(on('Aleksandr Zorin')).not.toMatch(/\b3 July/);
		// Al-Sharaa's title at the October summit is the one the articles give for October.
		const october = rows.filter((r) => r.includes('October 2025') && r.includes('Ahmed al-Sharaa')).join(' ');
		expect(october).toMatch(/Interim|transitional/i);
		expect(october).not.toContain('Head of the Syrian administration');
	});

	test('the military-posture disagreement is shown with both sides', async ({ page }) => {
		const section = (await page.locator('#disagreements ~ *').allTextContents()).join(' ').replace(/\s+/g, ' ');
		expect(section).toContain('withdrawal of some military equipment');
		expect(section).toContain('Russian military advisers remain central');
	});
});

test.describe('source markers', () => {
	test('every paragraph of the story’s text and of each step cites or is ours; markers are named', async ({ page }) => {
		await page.goto('/');
		const markers = page.locator('article.story a.cite');
		expect(await markers.count()).toBeGreaterThan(60);
		const names = await markers.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
		for (const n of names) expect(n).toMatch(/^Sources?: .+\. Note \d+$/);
		expect(names.join(' ')).not.toMatch(/seed-|trt\b|menafn\b/);
	});

	test('a click opens the quotes beside the marker; Escape closes and gives focus back', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		const marker = page.locator('#fall ~ p a.cite').first();
		await marker.click();
		const pop = page.locator('#cite-pop');
		await expect(pop).toBeVisible();
		await expect(pop).toContainText('For years, Moscow was Assad’s closest ally.');
		await expect(pop).toContainText('TRT World');
		const [popBox, markerBox] = [await pop.boundingBox(), await marker.boundingBox()];
		expect(Math.abs(popBox!.y - (markerBox!.y + markerBox!.height))).toBeLessThan(40);
		expect(popBox!.y + popBox!.height).toBeLessThanOrEqual(800);
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(pop).toBeHidden();
		await expect(marker).toBeFocused();
		expect(new URL(page.url()).hash).toBe('');
	});

	test('by keyboard and by touch', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('/');
		const marker = page.locator('#unresolved ~ p a.cite').first();
		await marker.scrollIntoViewIfNeeded();
		await marker.tap();
		const pop = page.locator('#cite-pop');
		await expect(pop).toBeVisible();
		const box = (await pop.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await pop.getByRole('button', { name: 'Close' }).tap();
		await expect(pop).toBeHidden();
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(pop).toBeVisible();
		await expect(pop).toBeFocused();
		await context.close();
	});

	test('the toggle hides the markers and the choice is remembered; the guide starts with them on', async ({ page }) => {
		await page.goto('/');
		const toggle = page.locator('[data-cite-toggle]').first();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(page.locator('article.story a.cite').first()).toBeHidden();
		await page.reload();
		await expect(page.locator('article.story a.cite').first()).toBeHidden();
		await page.goto('/teach');
		await expect(page.locator('main a.cite').first()).toBeVisible();
	});

	test('slides, speaker notes and the guide carry markers that open their quotes', async ({ page }) => {
		// Pop-ups blocked: S shows the notes panel here (presenter.spec.ts has the presenter's window).
		await page.addInitScript(() => {
			window.open = () => null;
		});
		await page.goto('/present#slide-3');
		const slideMarker = page.locator('.slide:visible a.cite').first();
		await slideMarker.click();
		await expect(page.locator('#cite-pop')).toBeVisible();
		await page.keyboard.press('Escape');
		await page.keyboard.press('s');
		await expect(page.locator('[data-notes-panel] a.cite:visible').first()).toBeVisible();
		await page.goto('/teach');
		const glossary = page.locator('.glossary dd a.cite');
		expect(await glossary.count()).toBeGreaterThan(10);
	});

	test('on the handout and on paper the markers are numbered endnotes', async ({ page }) => {
		await page.goto('/handout');
		const first = page.locator('.handout-story a.cite').first();
		await expect(first.locator('.cite-n')).toBeVisible();
		const n = await first.locator('.cite-n').textContent();
		const note = page.locator(`.endnotes li[value="${n}"]`);
		await expect(note).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(first.locator('.cite-n')).toBeVisible();
		await expect(first.locator('.cite-src')).toBeHidden();
		await page.goto('/');
		await expect(page.locator('article.story a.cite .cite-n').first()).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a marker is a link to its note at the end of the section, which opens', async ({ page }) => {
		await page.goto('/');
		const marker = page.locator('#meetings ~ .scrolly a.cite').first();
		const href = (await marker.getAttribute('href'))!;
		expect(href).toMatch(/^#cn-\d+$/);
		await marker.click();
		const note = page.locator(href);
		await expect(note).toBeVisible();
		await expect(note.locator('blockquote').first()).toBeVisible();
		await expect(page.locator('[data-cite-toggle]').first()).toBeHidden();
	});
});
