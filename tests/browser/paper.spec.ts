/**
 * The handout on paper, A4 and US Letter, measured as Chromium prints it: laid out at the page's
 * text width in print emulation, every chart is there once, its text at 8 pt or more, its marks
 * 3:1 against the paper in a black-and-white copy and its labels clear of each other; the whole
 * prints on 2 to 8 pages; and the text copied out of the PDF reads once (no word doubled by how
 * it was drawn).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, SLUGS, test } from './fixtures';
import { auditChart, FLOORS } from './legibility';

/** The handout's @page margins (11 mm each side) off each paper's width, in CSS px (96 a inch). */
const PAPERS = { A4: (210 - 22) * (96 / 25.4), Letter: 8.5 * 96 - 22 * (96 / 25.4) };
/** 8 pt in CSS px. */
const PT8 = 8 * (96 / 72);

/** The words of a PDF's text layer, page after page. */
async function pdfWords(pdf: Buffer) {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const words: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		// Runs split at a ligature or a change of font join up again; the layer has its own spaces.
		const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
		words.push(...tokens(text));
	}
	return { pages: doc.numPages, words };
}

/**
 * The text the page prints, once: every text node laid out, a chart's labels only where its band
 * of the plot shows them.
 */
function printedText() {
	const out: string[] = [];
	const walk = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const el = n.parentElement!;
		if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
		const svg = el.closest('svg');
		if (svg) {
			const [r, s] = [el.getBoundingClientRect(), svg.getBoundingClientRect()];
			if (r.bottom <= s.top || r.top >= s.bottom) continue;
		}
		out.push(n.textContent ?? '');
	}
	return out.join(' ');
}

/** Words as letters and digits, in lower case: CSS capitals, a hyphen at a line's end and punctuation aside. */
const tokens = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w));

/** How often each word occurs. */
const tally = (words: string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

for (const [format, width] of Object.entries(PAPERS)) {
	test(`the handout on ${format}: each chart once, 8 pt text, marks that survive a photocopier, 2–8 pages, text that reads once`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: Math.floor(width), height: 1000 });
		await page.goto('/handout');
		await page.waitForLoadState('networkidle');
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		await page.evaluate(() => document.fonts.ready);

		// Each chart once, after its steps; no step's own chart and no interactive chrome.
		for (const slug of SLUGS) await expect(page.locator(`[data-paper="${slug}"]`), slug).toBeVisible();
		expect(await page.locator('.handout-chart:visible, .handout-story :is(details, .detail, .targets, button):visible').count()).toBe(0);
		expect(await page.evaluate(() => [...document.querySelectorAll('.handout-step')].every((s) => getComputedStyle(s).breakInside === 'avoid'))).toBe(true);

		// Every band of every chart: text at 8 pt or more, marks 3:1 in gray, labels apart.
		const found: string[] = [];
		let smallest = Infinity;
		for (const slug of SLUGS) {
			const bands = await page.locator(`[data-paper="${slug}"] .plot`).count();
			expect(bands, slug).toBeGreaterThan(0);
			for (let b = 0; b < bands; b++) {
				const selector = `[data-paper="${slug}"] [data-band="${b}"]`;
				const audit = await page.evaluate(auditChart, { selector, floors: { ...FLOORS, px: PT8 }, gray: true });
				smallest = Math.min(smallest, audit.smallest);
				found.push(...audit.problems.map((p) => `${slug} band ${b + 1}: ${p}`));
			}
			// The key's words too.
			const key = await page.locator(`[data-paper="${slug}"] .legend li`).evaluateAll((lis) => Math.min(...lis.map((l) => parseFloat(getComputedStyle(l).fontSize))));
			expect(key, `${slug}: key text`).toBeGreaterThanOrEqual(PT8 - 0.01);
		}
		console.log(`handout on ${format}: smallest chart text ${((smallest * 72) / 96).toFixed(1)} pt`);
		expect(found).toEqual([]);

		// Printed: 2 to 8 pages, and each word of the text layer no more often than the page shows it.
		const shown = tally(tokens(await page.evaluate(printedText)));
		const { pages, words } = await pdfWords(await page.pdf({ format: format as 'A4' | 'Letter', printBackground: true }));
		console.log(`handout on ${format}: ${pages} pages, ${words.length} words`);
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pages).toBeLessThanOrEqual(8);
		const doubled = [...tally(words)].filter(([w, n]) => n > (shown.get(w) ?? 0)).map(([w, n]) => `${w} ×${n} (page: ×${shown.get(w) ?? 0})`);
		expect(doubled).toEqual([]);
		expect(words.length).toBeGreaterThan(1000);
	});
}

test('the story printed on A4: every chart whole, its text at 8 pt or more', async ({ page }) => {
	await page.setViewportSize({ width: Math.floor(PAPERS.A4), height: 1000 });
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	for (const slug of SLUGS) {
		const audit = await page.evaluate(auditChart, { selector: `[data-scrolly="${slug}"] figure`, floors: { ...FLOORS, px: PT8 } });
		expect(audit.smallest, slug).toBeGreaterThanOrEqual(PT8);
		// No window on paper: the whole plot is laid out.
		const clipped = await page.locator(`[data-scrolly="${slug}"] .window`).evaluate((w) => w.scrollHeight - w.clientHeight);
		expect(clipped, slug).toBeLessThanOrEqual(1);
	}
});
