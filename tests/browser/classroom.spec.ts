/** Classroom mode: the slides (/present), the teacher's guide (/teach) and the handout (/handout). */
import type { Page } from '@playwright/test';
import { keyAction, typedSlide } from '../../src/lib/classroom/keys';
import { pickWidth } from '../../src/lib/story/widths';
import { deck, openDeck } from './deck';
import { axeViolations, expect, test, SLUGS } from './fixtures';

/** As a browser that blocks pop-ups: S then opens the notes panel on this screen (presenter.spec.ts has the window). */
const blockPopups = (page: Page) =>
	page.addInitScript(() => {
		window.open = () => null;
	});

test('key map: commands, typing, modifiers', () => {
	expect(keyAction({ key: 'PageDown' })).toEqual({ type: 'next' });
	expect(keyAction({ key: ' ' })).toEqual({ type: 'next' });
	expect(keyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'prev' });
	expect(keyAction({ key: 'N' })).toEqual({ type: 'next' });
	expect(keyAction({ key: 'Backspace' })).toEqual({ type: 'prev' });
	expect(keyAction({ key: 'Backspace', typing: true })).toEqual({ type: 'digit', digit: 'Backspace' });
	expect(keyAction({ key: '7' })).toEqual({ type: 'digit', digit: '7' });
	expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
	expect(keyAction({ key: 'o', metaKey: true })).toBeNull();
	expect(keyAction({ key: 'n', editable: true })).toBeNull();
	expect(keyAction({ key: 'Enter', onControl: true })).toBeNull();
	expect(keyAction({ key: 'x' })).toBeNull();
	expect(typedSlide('12', 21)).toBe(12);
	expect(typedSlide('0', 21)).toBeNull();
	expect(typedSlide('99', 21)).toBeNull();
});

test.describe('/present', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('PageDown through every slide, PageUp back: one slide, its hash, its chart state', async ({ page }) => {
		test.setTimeout(120_000);
		await openDeck(page);
		const { total } = await deck(page);
		expect(total).toBeGreaterThanOrEqual(12);
		const check = async (n: number) => {
			const d = await deck(page);
			expect(d.visible, `slide ${n} alone on screen`).toEqual([n]);
			expect(d.hash).toBe(`#slide-${n}`);
			// The first chart comes with the chart code, loaded at the first key press.
			await expect.poll(async () => (await deck(page)).chart, `slide ${n} chart`).toBe(d.expectedChart);
			Object.assign(d, await deck(page));
			expect(d.step).toBe(d.expectedStep === null || d.expectedStep < 0 ? null : d.expectedStep);
			return d;
		};
		let charts = 0;
		for (let n = 1; n <= total; n++) {
			if ((await check(n)).chart) charts++;
			await page.keyboard.press('PageDown');
		}
		await check(total);
		expect(charts).toBe(await page.locator('[data-scrolly-flat] .slide').count());
		for (let n = total; n >= 1; n--) {
			await check(n);
			await page.keyboard.press('PageUp');
		}
		await check(1);
		await expect(page.locator('[aria-live="polite"]')).toHaveText(/Slide 1 of \d+/);
	});

	for (const vp of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	]) {
		test(`every slide fits a ${vp.width}×${vp.height} screen`, async ({ page }) => {
			await page.setViewportSize(vp);
			await openDeck(page);
			const { total } = await deck(page);
			for (let n = 1; n <= total; n++) {
				await page.keyboard.type(String(n));
				await page.keyboard.press('Enter');
				// A chart slide is measured with its chart drawn (the chart code loads with the first one).
				await page.waitForFunction(() => {
					const s = document.querySelector<HTMLElement>('.slide[data-current]');
					return !!s && (!s.dataset.slug || !!s.querySelector('figure[data-chart]'));
				});
				await page.waitForTimeout(120);
				const fit = await page.evaluate(() => {
					const s = document.querySelector<HTMLElement>('.slide[data-current]')!;
					const stage = s.closest('.stage')!.getBoundingClientRect();
					const text = s.querySelector<HTMLElement>('.slide-text')!;
					const fig = s.querySelector('figure[data-chart]');
					const p = text.querySelector('p');
					return {
						n: Number(s.dataset.slide),
						textFits: text.scrollHeight <= text.clientHeight + 1,
						figFits: !fig || fig.getBoundingClientRect().bottom <= stage.bottom + 1,
						font: p ? parseFloat(getComputedStyle(p).fontSize) : 0,
						chart: !!fig
					};
				});
				expect(fit.n).toBe(n);
				expect(fit.textFits, `slide ${n} text fits`).toBe(true);
				expect(fit.figFits, `slide ${n} chart fits`).toBe(true);
				if (vp.width === 1920 && fit.chart) expect(fit.font, `slide ${n} body size`).toBeGreaterThanOrEqual(28);
			}
		});
	}

	test('reload and bookmarks resume; bad hashes fall back to slide 1', async ({ page }) => {
		await openDeck(page, '#slide-7');
		expect((await deck(page)).visible).toEqual([7]);
		await page.reload();
		await page.waitForLoadState('networkidle');
		expect((await deck(page)).visible).toEqual([7]);
		for (const bad of ['#slide-999', '#slide-0', '#nonsense', '#slide-3x']) {
			await openDeck(page, bad);
			const d = await deck(page);
			expect(d.visible, bad).toEqual([1]);
			expect(d.hash).toBe('#slide-1');
		}
		// Editing the hash by hand moves the deck too.
		await page.evaluate(() => (location.hash = '#slide-4'));
		await expect.poll(async () => (await deck(page)).visible).toEqual([4]);
	});

	test('the deck draws only the charts near the slide on screen; a jump draws its chart in its state', async ({ page }) => {
		await openDeck(page, '#slide-9');
		const drawn = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('[data-deck] .slide')]
					.filter((s) => s.querySelector('figure[data-chart]'))
					.map((s) => Number(s.dataset.slide))
			);
		// Loading draws the chart on screen only: the others wait in <noscript> (unparsed) until
		// the presenter moves.
		expect(await drawn()).toEqual([9]);
		await page.waitForTimeout(500);
		expect(await drawn()).toEqual([9]);
		let d = await deck(page);
		expect(d.chart).toBe(d.expectedChart);
		expect(d.step).toBe(d.expectedStep);
		await page.locator('[data-deck] .stage').focus();
		await page.keyboard.type('17');
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await deck(page)).visible).toEqual([17]);
		await expect.poll(async () => (await deck(page)).chart).not.toBeNull();
		d = await deck(page);
		expect(d.chart).toBe(d.expectedChart);
		expect(d.step).toBe(d.expectedStep);
		// Then its neighbours, when the browser is idle, so that the next turn is instant.
		await expect.poll(drawn).toEqual([9, 16, 17, 18]);
		// The overview still names every chart slide by its chart and state, drawn or not.
		await page.keyboard.press('o');
		const item = page.locator('[data-pick="13"]');
		await expect(item.locator('.heading')).toHaveText('What is being renegotiated');
		await expect(item.locator('.section')).toHaveText(/ · chart state 1$/);
		await expect(page.locator('[data-pick] .section', { hasText: 'chart state' })).toHaveCount(d.total - 2);
	});

	test('overview (O) and notes (S, pop-ups blocked) open and close by key; focus goes in and comes back', async ({ page }) => {
		await blockPopups(page);
		await openDeck(page, '#slide-3');
		await page.locator('[data-deck] .stage').focus();
		await page.keyboard.press('o');
		const dialog = page.getByRole('dialog', { name: 'All slides' });
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('[data-pick="3"]')).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(dialog.locator('[data-pick="5"]')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		expect((await deck(page)).visible).toEqual([3]);
		await expect(page.locator('[data-deck] .stage')).toBeFocused();
		// Pick with the keyboard.
		await page.keyboard.press('o');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(dialog).toBeHidden();
		expect((await deck(page)).visible).toEqual([4]);
		// Pick with the mouse.
		await page.getByRole('button', { name: 'All slides' }).click();
		await dialog.locator('[data-pick="9"]').click();
		expect((await deck(page)).visible).toEqual([9]);

		await page.locator('[data-deck] .stage').focus();
		await page.keyboard.press('s');
		const notes = page.locator('#speaker-notes');
		await expect(notes).toBeVisible();
		await expect(notes.locator('#notes-title')).toBeFocused();
		await expect(notes).toContainText('Talking points');
		await expect(notes.locator('li').first()).not.toBeEmpty();
		await expect(notes.locator('h3').first()).toHaveText('Who sits at the table');
		// Notes follow the slides while open.
		await page.keyboard.press('PageDown');
		await expect(notes.locator('#notes-title')).toContainText('slide 10');
		await page.keyboard.press('Escape');
		await expect(notes).toBeHidden();
		await expect(page.locator('[data-deck] .stage')).toBeFocused();
	});

	test('keys in a text field or with Ctrl do nothing; buttons, numbers and swipes move', async ({ page }) => {
		await openDeck(page);
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.id = 'test-input';
			input.setAttribute('aria-label', 'test');
			input.style.cssText = 'position:fixed;top:0;left:0;z-index:9';
			document.body.append(input);
		});
		await page.locator('#test-input').focus();
		for (const k of ['n', 'PageDown', 'ArrowRight', ' ', 'o', 's', '5', 'Enter', 'End']) await page.keyboard.press(k);
		expect((await deck(page)).visible).toEqual([1]);
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page.locator('#speaker-notes')).toBeHidden();
		await page.locator('[data-deck] .stage').focus();
		await page.keyboard.press('Control+ArrowRight');
		expect((await deck(page)).visible).toEqual([1]);

		await page.getByRole('button', { name: /Next/ }).click();
		await page.getByRole('button', { name: /Next/ }).click();
		expect((await deck(page)).visible).toEqual([3]);
		await page.getByRole('button', { name: /Previous/ }).click();
		expect((await deck(page)).visible).toEqual([2]);

		await page.locator('[data-deck] .stage').focus();
		await page.keyboard.press('1');
		await page.keyboard.press('2');
		await page.keyboard.press('Enter');
		expect((await deck(page)).visible).toEqual([12]);
		expect((await deck(page)).hash).toBe('#slide-12');

		const cdp = await page.context().newCDPSession(page);
		const swipe = async (from: number, to: number) => {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 500 }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (from + to) / 2, y: 505 }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y: 510 }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe(1200, 600);
		await expect.poll(async () => (await deck(page)).visible).toEqual([13]);
		await swipe(600, 1200);
		await expect.poll(async () => (await deck(page)).visible).toEqual([12]);
		await page.keyboard.press('f'); // guarded: no error whether or not full screen is allowed
		await page.keyboard.press('Home');
		await expect.poll(async () => (await deck(page)).visible).toEqual([1]);
		expect(page.url(), 'no swipe or key followed a link').toMatch(/\/present#slide-1$/);
	});

	test('axe: title slide, a chart slide, the overview and the notes', async ({ page }) => {
		// Four axe runs over a deck of some 18,000 elements: minutes, not seconds, on a busy CI core.
		test.setTimeout(180_000);
		await blockPopups(page);
		await openDeck(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('3');
		await page.keyboard.press('Enter');
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('s');
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('o');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('runs no Svelte: one small script; a slide’s chart is drawn at the width that fits, its marks work, its ids are its own', async ({ page }) => {
		await openDeck(page, '#slide-2');
		await expect(page.locator('script[src]')).toHaveCount(1);
		await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
		await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
		const fig = page.locator('.slide[data-current] figure[data-chart]');
		await expect(fig).toHaveAttribute('data-chart', 'meeting-cadence');
		// The widest prerendered plot that fits the figure as the slide is zoomed to the screen.
		const widths = () =>
			fig.evaluate((f) => ({ column: f.clientWidth, drawn: Number(f.querySelector<HTMLElement>('.plot[data-width]')!.dataset.width) }));
		await expect.poll(async () => pickWidth((await widths()).column) === (await widths()).drawn).toBe(true);
		expect((await widths()).drawn).toBeGreaterThan(358);
		// Marks: arrows move between them (not between slides), the detail shows, Escape clears.
		await fig.locator('button[data-key]').first().focus();
		await page.keyboard.press('ArrowRight');
		const focused = fig.locator('button[data-key]:focus');
		await expect(focused).toHaveAttribute('aria-current', 'true');
		await expect(focused).toHaveAttribute('aria-describedby', /^slide2-/);
		await expect(fig.locator('.detail blockquote').first()).toBeVisible();
		expect((await deck(page)).visible).toEqual([2]);
		await page.keyboard.press('Escape');
		await expect(fig.locator('.detail blockquote')).toHaveCount(0);
		// Next: slide 3 draws, then its neighbours; three figures of one chart, no id twice, and
		// each figure's labels point into the figure itself.
		await page.locator('[data-deck] .stage').focus();
		await page.keyboard.press('PageDown');
		await expect.poll(() => page.locator('[data-deck] .slide figure[data-chart]').count()).toBe(3);
		const ids = await page.evaluate(() => {
			const all = [...document.querySelectorAll('[id]')].map((e) => e.id);
			const outside = [...document.querySelectorAll('[data-deck] figure[data-chart]')].flatMap((f) =>
				[...f.querySelectorAll('[aria-labelledby], [aria-describedby]')].flatMap((e) =>
					`${e.getAttribute('aria-labelledby') ?? ''} ${e.getAttribute('aria-describedby') ?? ''}`
						.split(' ')
						.filter((id) => id && !f.querySelector(`#${CSS.escape(id)}`))
				)
			);
			return { twice: all.filter((id, i) => all.indexOf(id) !== i), outside };
		});
		expect(ids).toEqual({ twice: [], outside: [] });
	});
});

test('/present on a 390 px phone: a chart drawn at its prerendered width still gets its mark buttons', async ({ page }) => {
	// The slide's chart comes out of <noscript> without buttons; at 390 × 844 it fits the 358 px
	// plot it was prerendered at, so nothing about it changes but the buttons it needs.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/present#slide-5');
	await page.waitForLoadState('networkidle');
	const figure = page.locator('#slide-5 figure[data-chart]');
	await expect(figure.locator('.plot[data-width]')).toHaveAttribute('data-width', '358');
	await expect.poll(() => figure.locator('button[data-key]').count()).toBeGreaterThan(0);
	await figure.locator('button[data-key][tabindex="0"]').focus();
	await page.keyboard.press('ArrowRight');
	await expect(figure.locator('.detail blockquote').first()).toBeVisible();
});

test('/present without JavaScript: every slide stacked, each step with its chart', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto('/present');
	const slides = page.locator('[data-deck] .slide');
	const total = await slides.count();
	expect(total).toBeGreaterThanOrEqual(12);
	const boxes = [];
	for (let i = 0; i < total; i++) {
		await expect(slides.nth(i)).toBeVisible();
		boxes.push((await slides.nth(i).boundingBox())!);
	}
	for (let i = 1; i < total; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
	const steps = await page.locator('[data-scrolly-flat] .slide').count();
	await expect(page.locator('[data-deck] figure[data-chart]')).toHaveCount(steps);
	// A chart's data table is the same in every state: once per chart, with its first state.
	await expect(page.locator('[data-deck] figure[data-chart] table')).toHaveCount(4);
	for (const slug of SLUGS)
		await expect(page.locator(`[data-scrolly-flat="${slug}"] .slide`).first().locator('table')).toHaveCount(1);
	// Every other slide of a chart says where that table is.
	const later = page.locator('[data-scrolly-flat="agreements"] .slide').nth(1);
	const first = await page.locator('[data-scrolly-flat="agreements"] .slide').first().getAttribute('data-slide');
	await expect(later.locator('.detail .hint')).toHaveText(`Every mark’s facts and sources are in the table under ‘Show data’ on slide ${first}.`, { useInnerText: true });
	await expect(page.locator('[data-scrolly-flat="agreements"] .slide').first().locator('.detail .hint')).toHaveText(
		'Every mark’s facts and sources are in the table under ‘Show data’.',
		{ useInnerText: true }
	);
	await context.close();
});

// On paper: tests/browser/paper.spec.ts.
test.describe('/handout', () => {
	test('reads on screen and passes axe', async ({ page }) => {
		// axe over some 18,000 elements takes tens of seconds on a busy CI core.
		test.setTimeout(120_000);
		await page.goto('/handout');
		await page.waitForLoadState('networkidle');
		await expect(page.locator('h1')).toHaveCount(1);
		expect(await axeViolations(page)).toEqual([]);
	});
});

test('/teach: the guide links to the slides, the handout, the charts and the data, and passes axe', async ({ page }) => {
	await page.goto('/teach');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('h1')).toHaveCount(1);
	for (const href of ['/present', '/handout', '/data/story.json']) await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
	await expect(page.locator('.glossary dt')).not.toHaveCount(0);
	await expect(page.locator('.exercise blockquote')).not.toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);
});

test('/teach: its slide links open the first slide of each chart section', async ({ page }) => {
	await page.goto('/teach');
	const links: Record<string, string> = {};
	for (const [section, slug] of [
		['meetings', 'meeting-cadence'],
		['delegations', 'delegations'],
		['agreements', 'agreements'],
		['trade', 'trade-range']
	]) {
		links[slug!] = (await page.locator(`section[aria-labelledby="tq-${section}"] a[href^="/present#slide-"]`).first().getAttribute('href'))!;
	}
	for (const [slug, href] of Object.entries(links)) {
		await page.goto(href);
		await page.waitForLoadState('networkidle');
		await page.reload();
		await expect(page.locator('[data-deck].live')).toHaveCount(1);
		// The slide's chart is drawn once the chart code has loaded (it is not part of loading the deck).
		await expect.poll(async () => (await deck(page)).chart, href).toBe(slug);
		expect((await deck(page)).step, href).toBe(0);
	}
});

test('on paper no block of a long page is skipped (content-visibility)', async ({ page }) => {
	for (const path of ['/', '/charts', '/handout', '/teach']) {
		await page.goto(path);
		const skipped = () => page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).contentVisibility === 'auto').length);
		expect(await skipped(), `${path} on screen`).toBeGreaterThan(0);
		await page.emulateMedia({ media: 'print' });
		expect(await skipped(), `${path} on paper`).toBe(0);
		await page.emulateMedia({ media: 'screen' });
	}
});
