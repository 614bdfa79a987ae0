import { axeViolations, expect, test, SLUGS } from './fixtures';
import { pickWidth } from '../../src/lib/story/widths';

const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

for (const slug of SLUGS) {
	for (const width of WIDTHS) {
		for (const scheme of SCHEMES) {
			test(`${slug} at ${width} px, ${scheme}: every state drawn, screenshots kept, axe clean`, async ({ page }, info) => {
				test.setTimeout(120_000);
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(`/charts#${slug}`);
				await page.waitForLoadState('networkidle');
				const figures = page.locator(`#${slug} [data-theme-cell] figure[data-chart="${slug}"]`);
				const count = await figures.count();
				expect(count).toBeGreaterThanOrEqual(3);
				for (let i = 0; i < count; i++) {
					const fig = figures.nth(i);
					await expect(fig).toHaveAttribute('data-step', String(i));
					const box = await fig.boundingBox();
					expect(box!.width).toBeLessThanOrEqual(width);
					await fig.scrollIntoViewIfNeeded();
					await info.attach(`${slug}-${width}-${scheme}-state-${i}.png`, { body: await fig.screenshot(), contentType: 'image/png' });
				}
				// The embed page holds one chart: check it with axe in this scheme.
				await page.goto(`/embed/${slug}?theme=${scheme}`);
				await page.waitForLoadState('networkidle');
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}
}

test('the Copy button works by keyboard and says it copied', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/charts#delegations');
	const section = page.locator('#delegations');
	const summary = section.locator('summary', { hasText: 'Embed this chart' }).first();
	await summary.focus();
	await page.keyboard.press('Enter');
	const code = section.locator('textarea').first();
	await expect(code).toBeVisible();
	// The first box is beside state 1: its code shows that state, in the reader's theme.
	await expect(code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/delegations\?step=0" title="[^"]+"/);
	await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
	await code.focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(section.locator('.tools [role="status"]').first()).toHaveText(/Copied/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/embed/delegations');
});

test('a mark reached by keyboard shows its quoted source', async ({ page }) => {
	await page.goto('/embed/meeting-cadence');
	await page.waitForLoadState('networkidle');
	// The embed draws its plot at several widths and shows the one that fits: use the visible marks.
	await page.locator('button[data-key]:visible').first().focus();
	await page.keyboard.press('ArrowRight');
	const focused = page.locator('button[data-key]:focus');
	await expect(focused).toHaveCount(1);
	await expect(page.locator('.detail blockquote').first()).toBeVisible();
	await expect(page.locator('.detail')).toContainText('Source:');
	const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Escape');
	await expect(page.locator('.detail blockquote')).toHaveCount(0);
});

test('touch: tapping a mark shows its source', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/embed/delegations');
	await page.waitForLoadState('networkidle');
	await page.locator('button[data-key]:visible').nth(2).tap();
	await expect(page.locator('.detail blockquote').first()).toBeVisible();
	await context.close();
});

test('no layout shift when pages hydrate', async ({ page }) => {
	for (const path of ['/', '/embed/meeting-cadence', '/embed/agreements']) {
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			const cls = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let total = 0;
						new PerformanceObserver((list) => {
							for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
								if (!e.hadRecentInput) total += e.value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(total), 200);
					})
			);
			expect(cls, `${path} at ${width}`).toBeLessThan(0.001);
		}
	}
});

test('reduced motion: chart marks have no animated transitions', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	// The story's charts move between states (an embed shows one state and never animates).
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const durations = await page.locator('figure g.mark').evaluateAll((els) =>
		els.map((el) => parseFloat(getComputedStyle(el).transitionDuration) * 1000)
	);
	expect(durations.length).toBeGreaterThan(3);
	for (const d of durations) expect(d).toBeLessThanOrEqual(0.01);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.reload();
	await page.waitForLoadState('networkidle');
	// A story chart settles into its column once the reader comes near it (before, it is "still").
	await page.locator('[data-scrolly] .steps > .step').first().scrollIntoViewIfNeeded();
	await page.waitForTimeout(400);
	const normal = await page.locator('figure g.mark').first().evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration) * 1000);
	expect(normal).toBeGreaterThan(0);
	expect(normal).toBeLessThanOrEqual(600);
});

test('at 320 px every label of every state stays inside its chart and off other labels', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/charts');
	await page.waitForLoadState('networkidle');
	const problems = await page.evaluate(() => {
		const out: string[] = [];
		const shown = (t: Element) => t.textContent!.trim() !== '' && t.checkVisibility({ opacityProperty: true, visibilityProperty: true });
		for (const fig of document.querySelectorAll<HTMLElement>('[data-theme-cell] figure[data-chart]')) {
			const svg = fig.querySelector('.plot svg')!;
			const box = svg.getBoundingClientRect();
			const where = `${fig.dataset.chart} state ${fig.dataset.step}`;
			const texts = [...svg.querySelectorAll('text')].filter(shown);
			for (const t of texts) {
				const r = t.getBoundingClientRect();
				if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${where}: “${t.textContent!.trim()}” leaves the chart`);
			}
			texts.forEach((a, i) =>
				texts.slice(i + 1).forEach((b) => {
					const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
					const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 2;
					if (overlap) out.push(`${where}: “${a.textContent!.trim()}” on “${b.textContent!.trim()}”`);
				})
			);
		}
		return out;
	});
	expect(problems).toEqual([]);
});

for (const path of ['/charts', '/handout']) {
	test(`${path} runs no Svelte: each chart, once near, is drawn at the width that fits, with marks that answer keys`, async ({ page }) => {
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			// One small script of the page's own: no SvelteKit start-up, no hydration.
			await expect(page.locator('script[src]')).toHaveCount(1);
			await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
			await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
			const figures = page.locator('figure[data-chart="delegations"]');
			// Prerendered without mark buttons: a far chart has none until the reader comes near.
			await expect(figures.last().locator('button[data-key]')).toHaveCount(0);
			const figure = figures.nth(1);
			await figure.scrollIntoViewIfNeeded();
			const drawn = () =>
				figure.evaluate((f) => {
					const plot = f.querySelector<HTMLElement>('.plot[data-width]')!;
					return { column: f.clientWidth, drawn: Number(plot.dataset.width), step: f.getAttribute('data-step'), shown: plot.dataset.shown };
				});
			await expect.poll(async () => { const d = await drawn(); return d.drawn === pickWidth(d.column); }, `${path} at ${width}`).toBe(true);
			const d = await drawn();
			expect(d.shown).toBe(d.step);
			// Its marks work: the first one reached by Tab shows its quoted source.
			await figure.locator('button[data-key]:visible').first().focus();
			await page.keyboard.press('ArrowRight');
			await expect(figure.locator('button[data-key]:focus')).toHaveCount(1);
			await expect(figure.locator('.detail blockquote').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		}
		if (path === '/handout') {
			// The Print button opens the browser's print dialog (stubbed here: it would block).
			await page.evaluate(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => (window as unknown as { printed: number }).printed++;
			});
			await page.getByRole('button', { name: 'Print this handout' }).click();
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		}
	});
}

test('the gallery shows each state once, named, and its theme switch recolours every chart whatever the reader’s scheme', async ({ page }) => {
	// Relative luminance of a computed rgb() colour, 0 (black) to 1 (white).
	const luminance = (rgb: string) => {
		const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	for (const scheme of SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/charts');
		for (const slug of SLUGS) {
			const headings = (await page.locator(`#${slug} .state h3`).allTextContents()).map((h) => h.replace(/^.*?, (?=State)/, ''));
			for (const h of await page.locator(`#${slug} .state h3`).allTextContents()) expect(h).toMatch(/, State \d/);
			expect(headings.length).toBe(await page.locator(`#${slug} figure[data-chart]`).count());
			expect(new Set(headings).size, `${slug}: each state named once`).toBe(headings.length);
			for (const h of headings) expect(h).toMatch(/^State \d+ of \d+: [A-Z0-9].{10,}/);
		}
		for (const choice of ['Light', 'Dark', 'Your device’s theme'] as const) {
			await page.getByRole('radio', { name: choice }).check();
			const dark = choice === 'Dark' || (choice !== 'Light' && scheme === 'dark');
			for (const cell of await page.locator('[data-theme-cell]').all()) {
				const [bg, title] = await cell.evaluate((c) => [getComputedStyle(c).backgroundColor, getComputedStyle(c.querySelector('figure .title')!).color]);
				const [lbg, ltitle] = [luminance(bg), luminance(title)];
				expect(dark ? [lbg < 0.05, ltitle > 0.5] : [lbg > 0.9, ltitle < 0.05], `${choice} with the reader in ${scheme}`).toEqual([true, true]);
			}
		}
	}
});
