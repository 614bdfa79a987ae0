/**
 * The Russian and Arabic editions of the story (issue 18): their language and
 * direction, their translated narrative with the English of every quotation one tap away, the
 * scrolly working through every chart state, and the Arabic page mirrored.
 */
import type { Page } from '@playwright/test';
import { HOST_PORT } from '../../playwright.config';
import { expect, scrollThroughSteps, SLUGS, test } from './fixtures';

const HOST = `http://127.0.0.1:${HOST_PORT}`;

const EDITIONS = [
	{ path: '/ru/', lang: 'ru', dir: 'ltr', title: 'От покровителя к партнёру на договорной основе' },
	{ path: '/ar/', lang: 'ar', dir: 'rtl', title: 'من راعٍ إلى شريك يُتفاوَض معه' }
] as const;

for (const e of EDITIONS)
	for (const [width, height] of [
		[390, 844],
		[1280, 800]
	] as const)
		test(`${e.path} at ${width} px: in its language, every quotation with its original, every chart state reached`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width, height });
			await page.goto(e.path);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
			await expect(page.locator('html')).toHaveAttribute('dir', e.dir);
			await expect(page.locator('h1')).toHaveText(e.title);
			// A whole edition: indexed, with links to the others.
			await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
			await expect(page.locator('header nav.editions a')).toHaveCount(2);
			// The narrative is the edition's: its section headings and paragraphs are not English.
			const english = /\b(the|and|of|that|with)\b/;
			for (const h of await page.locator('.story h2').allTextContents()) expect(h).not.toMatch(english);
			// Our translation of each quotation, with the article's English words as its title.
			const quotes = await page.locator('.story q.tq').evaluateAll((qs) => qs.map((q) => ({ text: q.textContent ?? '', title: q.getAttribute('title') ?? '' })));
			expect(quotes.length).toBeGreaterThan(80);
			for (const q of quotes) {
				expect(q.text.trim()).not.toBe('');
				expect(q.title).toMatch(/: “.+”$/);
			}
			// Scrolling down each scrolly turns its chart through every state its steps name.
			for (const slug of SLUGS) {
				const scrolly = page.locator(`[data-scrolly="${slug}"]`);
				const wanted = [...new Set(await scrolly.locator('.steps > .step').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-state'))))];
				const seen = await scrollThroughSteps(page, slug);
				for (const s of wanted) expect(seen, `${slug} state ${s}`).toContain(s);
			}
		});

test('/ar/ at 1280 px is mirrored: text and cards on the right, the sticky chart on the left', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/ar/');
	const scrolly = page.locator('[data-scrolly="meeting-cadence"]');
	await scrolly.scrollIntoViewIfNeeded();
	const card = (await scrolly.locator('.steps > .step > .card').first().boundingBox())!;
	const graphic = (await scrolly.locator('.graphic').boundingBox())!;
	expect(card.x).toBeGreaterThan(graphic.x + graphic.width - 1);
	// Paragraphs read right to left, aligned to the right.
	const p = page.locator('.story > p').nth(2);
	expect(await p.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
	// Its first line ends where the text column does on the right (the inline start).
	const gap = await p.evaluate((el) => {
		const r = document.createRange();
		r.selectNodeContents(el);
		const contentRight = el.getBoundingClientRect().right - parseFloat(getComputedStyle(el).paddingRight);
		return Math.abs(r.getClientRects()[0]!.right - contentRight);
	});
	expect(gap).toBeLessThan(2);
	// The English layout is the other way round.
	await page.goto('/');
	const enCard = (await page.locator('[data-scrolly="meeting-cadence"] .steps > .step > .card').first().boundingBox())!;
	const enGraphic = (await page.locator('[data-scrolly="meeting-cadence"] .graphic').boundingBox())!;
	expect(enCard.x + enCard.width).toBeLessThan(enGraphic.x + 1);
});

test('each step links to itself in the other editions: a step in /ru/ opens the same step in /ar/ and in English', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/ru/#delegations-2');
	await page.waitForLoadState('networkidle');
	await page.locator('#delegations-2 a[hreflang="ar"]').click();
	await expect(page).toHaveURL(/\/ar\/#delegations-2$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.waitForTimeout(800);
	// That step's card is on screen, and the chart shows the state it names.
	const card = page.locator('#delegations-2');
	const box = (await card.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeLessThan(844);
	const state = await card.evaluate((c) => c.parentElement!.dataset.state);
	await expect(page.locator('[data-scrolly="delegations"] .graphic figure[data-chart]')).toHaveAttribute('data-step', state!);
	await page.locator('#delegations-2 a[hreflang="en"]').click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/#delegations-2$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('without JavaScript the language links are plain links to each edition, and each step’s to that step', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ar/');
	const links = await page.locator('nav.editions a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang'), a.textContent]));
	expect(links).toEqual([
		['/', 'en', 'English'],
		['/ru/', 'ru', 'Русский']
	]);
	expect(await page.locator('#meetings-3 a[hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/#meetings-3', '/ru/#meetings-3']);
	await context.close();
});

/** Letters of each edition's script, and English words that would give away an untranslated sentence. */
const SCRIPT = { ru: /[а-яё]/i, ar: /[\u0600-\u06ff]/ };
const ENGLISH = /\b(the|and|of|with|between|shown|show|data)\b/i;

for (const e of EDITIONS)
	test(`${e.path}: a translated chart speaks the edition in every part, its marks and details in reach`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(e.path);
		await page.waitForLoadState('networkidle');
		const figures = await page.locator('.scrolly .graphic figure[data-chart]').evaluateAll((fs) => fs.map((f) => ({ slug: (f as HTMLElement).dataset.chart!, lang: f.getAttribute('lang'), dir: f.getAttribute('dir') })));
		// Every chart is in the edition's words and direction.
		expect(figures).toEqual(SLUGS.map((slug) => ({ slug, lang: e.lang, dir: e.dir })));
		for (const slug of SLUGS) {
			const scrolly = page.locator(`[data-scrolly="${slug}"]`);
			const words = [
				await scrolly.locator('.head .title').textContent(),
				await scrolly.locator('.head .takeaway').textContent(),
				await scrolly.locator('.graphic .legend').textContent(),
				await scrolly.locator('.foot .data-table summary').textContent(),
				await scrolly.locator('.foot .data-table caption').textContent()
			].map((t) => t ?? '');
			for (const t of words) {
				expect(t, `${slug}: ${t}`).toMatch(SCRIPT[e.lang]);
				expect(t, `${slug}: ${t}`).not.toMatch(ENGLISH);
			}
			// The plot's own labels, and the table's headers.
			await scrolly.locator('.graphic').scrollIntoViewIfNeeded();
			expect(await scrolly.locator('.graphic .plot:visible svg text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(SCRIPT[e.lang])]));
			for (const th of await scrolly.locator('.foot .data-table th[scope="col"]').allTextContents()) expect(th).toMatch(SCRIPT[e.lang]);
			// Its data download is the edition's CSV: the header row in the edition's words.
			const csv = scrolly.locator('.foot .downloads a[href$=".csv"]');
			await expect(csv).toHaveAttribute('href', `${e.path}data/${slug}.csv`);
			const header = (await (await page.request.get(`${e.path}data/${slug}.csv`)).text()).split('\n')[0]!;
			expect(header).toMatch(SCRIPT[e.lang]);
		}
		// The timeline: time runs right to left in Arabic only; a mark's facts give our
		// translation of the quote with the article's English under it.
		const cadence = page.locator('[data-scrolly="meeting-cadence"]');
		const steps = cadence.locator('.steps > .step');
		await steps.last().evaluate((s) => s.scrollIntoView({ block: 'center' }));
		const figure = cadence.locator('.graphic figure');
		await expect(figure).toHaveAttribute('data-step', String((await steps.last().getAttribute('data-state')) ?? ''));
		const ticks = await figure.locator('.plot:visible .axis text:not(.year)').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().x));
		expect(ticks.length).toBeGreaterThan(4);
		expect(ticks[0]! > ticks.at(-1)!).toBe(e.dir === 'rtl');
		const marks = figure.locator('.plot:visible button[data-key]');
		await marks.first().focus();
		const keys = await marks.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.key));
		// Onwards is Left in a right-to-left chart, Right otherwise.
		await page.keyboard.press(e.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
		await expect(figure.locator('button[data-key]:focus')).toHaveAttribute('data-key', keys[1]!);
		const detail = figure.locator('.detail');
		await expect(detail.locator('q.ours').first()).toBeVisible();
		await expect(detail.locator('.original [lang="en"]').first()).toBeVisible();
		await expect(detail.locator('button.close')).toHaveText(/\S/);
		expect(await detail.locator('button.close').textContent()).toMatch(SCRIPT[e.lang]);
	});

for (const e of EDITIONS)
	test(`${e.path}: each chart's embed is the edition's, sizes itself in pym.js and Frames hosts, with its oEmbed and SVG`, async ({ page, guard }) => {
		test.setTimeout(120_000);
		guard.allow(new RegExp(`127\\.0\\.0\\.1:${HOST_PORT}`));
		for (const slug of SLUGS) {
			const embed = `${e.path}embed/${slug}`;
			await page.goto(embed);
			await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
			await expect(page.locator('html')).toHaveAttribute('dir', e.dir);
			// The link back goes to the same edition's story; the oEmbed answer is the edition's.
			await expect(page.locator('.more a[target="_blank"]')).toHaveAttribute('href', new RegExp(`^${e.path}#`));
			const oembed = (await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!;
			expect(oembed).toContain(`${e.path}oembed/${slug}.json`);
			const answer = await (await page.request.get(oembed)).json();
			expect(answer.html).toContain(`${e.path}embed/${slug}`);
			expect(answer.provider_name).toMatch(SCRIPT[e.lang]);
			await expect(page.locator('figure[data-chart]')).toHaveAttribute('lang', e.lang);
			const svg = await (await page.request.get(`${embed}.svg`)).text();
			expect(answer.title).toMatch(SCRIPT[e.lang]);
			expect(svg).toContain(`xml:lang="${e.lang}"`);
			expect(svg).toMatch(SCRIPT[e.lang]);
			for (const kind of ['pym', 'frames']) {
				await page.setViewportSize({ width: 390, height: 800 });
				await page.goto(`${HOST}/${kind}/${slug}?lang=${e.lang}`);
				await expectSized(page, e.path);
				await page.setViewportSize({ width: 900, height: 800 });
				await expectSized(page, e.path);
			}
		}
	});

/** The host's frame is as tall as the edition's embed document in it (within 2 px). */
async function expectSized(page: Page, prefix: string) {
	await expect
		.poll(
			async () => {
				const frame = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
				const child = page.frames().find((f) => f.url().includes(`${prefix}embed/`));
				const doc = child ? await child.evaluate(() => document.documentElement.getBoundingClientRect().height) : -1;
				return doc > 100 ? Math.abs(frame - doc) : Infinity;
			},
			{ timeout: 10_000 }
		)
		.toBeLessThanOrEqual(2);
}
