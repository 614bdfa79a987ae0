/**
 * The scrolly's mechanics as a reader meets them: taps reach the sticky chart, the chart fits the
 * screen and keeps in view what each step is about, a step changes when its card is read, and on
 * a phone no card's text covers the chart's.
 */
import type { Page } from '@playwright/test';
import { expect, test, SLUGS } from './fixtures';

const TRIGGER = 0.6;
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const WIDE = { width: 1920, height: 1080 };

const stepCount = (page: Page, slug: string) => page.locator(`[data-scrolly="${slug}"] .steps > .step`).count();

/**
 * Scrolls so that card `i`'s top is at `top` × the screen height (or, with `through`, that far
 * through the card: 0 = its top at the trigger line, 1 = its bottom there), then waits for the
 * chart to show step `i` and for its window to stop moving.
 */
async function readAt(page: Page, slug: string, i: number, where: { top?: number; through?: number }) {
	await page.evaluate(
		({ slug, i, where, line }) => {
			const card = document.querySelectorAll<HTMLElement>(`[data-scrolly="${slug}"] .steps > .step > .card`)[i]!;
			card.scrollIntoView({ block: 'start', behavior: 'instant' });
			const box = card.getBoundingClientRect();
			const y = where.through === undefined ? innerHeight * where.top! : innerHeight * line - 2 - where.through * (box.height - 4);
			window.scrollBy({ top: box.top - y, behavior: 'instant' });
		},
		{ slug, i, where, line: TRIGGER }
	);
	const fig = page.locator(`[data-scrolly="${slug}"] figure[data-chart]`);
	await expect(fig).toHaveAttribute('data-step', String(i));
	await expect(fig.locator(`.plot[data-width][data-shown="${i}"] .targets:not([hidden])`)).toBeAttached();
	// The window glides to what the step is about: wait until it has stopped.
	const top = () => page.locator(`[data-scrolly="${slug}"] [data-window]`).evaluate((w) => w.scrollTop);
	for (let last = -1, now = await top(); now !== last; ) {
		await page.waitForTimeout(150);
		[last, now] = [now, await top()];
	}
}

/** Mark buttons whose centre is on screen inside the chart's window, and what is at each centre. */
function buttonsOnScreen(page: Page, slug: string) {
	return page.evaluate((slug) => {
		const s = document.querySelector(`[data-scrolly="${slug}"]`)!;
		const w = s.querySelector('[data-window]')!.getBoundingClientRect();
		const top = Math.max(0, w.top);
		const bottom = Math.min(innerHeight, w.bottom);
		return [...s.querySelectorAll<HTMLElement>('.plot[data-width] .targets button[data-key]')].flatMap((b) => {
			const r = b.getBoundingClientRect();
			const x = r.left + r.width / 2;
			const y = r.top + r.height / 2;
			if (y < top + 2 || y > bottom - 2 || x < 0 || x > innerWidth) return [];
			const at = document.elementFromPoint(x, y);
			return [{ key: b.dataset.key!, x, y, hit: at === b, at: at ? `${at.tagName.toLowerCase()}.${at.getAttribute('class') ?? ''}` : 'nothing' }];
		});
	}, slug);
}

/** The keys of the marks a chart's current state is about (as the story's script reads them). */
function aboutMarks(page: Page, slug: string) {
	return page.evaluate((slug) => {
		const win = document.querySelector(`[data-scrolly="${slug}"] [data-window]`)!;
		let about = [...win.querySelectorAll('svg [data-about]')];
		if (!about.length) {
			const focus = [...win.querySelectorAll('svg [data-state="focus"]')];
			if (focus.length < win.querySelectorAll('svg [data-state]').length) about = focus;
		}
		if (!about.length) about = [...win.querySelectorAll('svg [data-key]')];
		const keys = about.flatMap((el) => (el.hasAttribute('data-key') ? [el] : [...el.querySelectorAll('[data-key]')]));
		return [...new Set(keys.map((k) => k.getAttribute('data-key')!))];
	}, slug);
}

/** Of those marks, the ones wholly visible: inside the chart's window and the screen. */
function visibleMarks(page: Page, slug: string, keys: string[]) {
	return page.evaluate(
		({ slug, keys }) => {
			const win = document.querySelector(`[data-scrolly="${slug}"] [data-window]`)!;
			const w = win.getBoundingClientRect();
			const top = Math.max(0, w.top);
			const bottom = Math.min(innerHeight, w.bottom);
			return keys.filter((k) => {
				const el = win.querySelector(`svg [data-key="${CSS.escape(k)}"]`);
				if (!el) return false;
				const r = el.getBoundingClientRect();
				return r.top >= top - 1 && r.bottom <= bottom + 1;
			});
		},
		{ slug, keys }
	);
}

for (const vp of [PHONE, LAPTOP]) {
	const touch = vp.width < 900;
	test.describe(`taps reach the chart at ${vp.width}×${vp.height}`, () => {
		test.use({ viewport: vp, hasTouch: touch, isMobile: touch });
		for (const slug of SLUGS) {
			test(`${slug}: at every step each mark on screen takes its tap, and its facts show whole`, async ({ page }) => {
				test.setTimeout(90_000);
				await page.goto('/');
				const n = await stepCount(page, slug);
				for (let i = 0; i < n; i++) {
					await readAt(page, slug, i, { top: 0.5 });
					const buttons = await buttonsOnScreen(page, slug);
					expect(buttons.length, `step ${i}: marks on screen`).toBeGreaterThan(0);
					expect(buttons.filter((b) => !b.hit).map((b) => `${b.key} is under ${b.at}`), `step ${i}`).toEqual([]);
					// Tap the first mark on screen: its facts show, wholly on screen, and the step stays.
					const b = buttons[0]!;
					if (touch) await page.touchscreen.tap(b.x, b.y);
					else await page.mouse.click(b.x, b.y);
					const panel = page.locator(`[data-scrolly="${slug}"] .detail[id]`);
					await expect(panel.locator('.close')).toBeVisible();
					const box = (await panel.boundingBox())!;
					expect(box.y, 'panel top on screen').toBeGreaterThanOrEqual(0);
					expect(box.y + box.height, 'panel bottom on screen').toBeLessThanOrEqual(vp.height + 0.5);
					expect(await panel.innerText()).toMatch(/\w{3,}/);
					await expect(page.locator(`[data-scrolly="${slug}"] figure[data-chart]`)).toHaveAttribute('data-step', String(i));
					// Close gives focus back to the mark without choosing it again.
					await panel.locator('.close').click();
					await expect(panel).toBeEmpty();
					await expect(page.locator(`[data-scrolly="${slug}"] button[data-key="${b.key}"]`)).toBeFocused();
				}
				// "Show data" comes after the steps, in the page: its whole table can be read, and
				// reading it does not change the chart's step.
				const fig = page.locator(`[data-scrolly="${slug}"] figure[data-chart]`);
				const table = page.locator(`[data-scrolly="${slug}"] .data-table`);
				await table.locator('summary').scrollIntoViewIfNeeded();
				const step = await fig.getAttribute('data-step');
				await table.locator('summary').click();
				const last = table.locator('tbody tr').last();
				await last.scrollIntoViewIfNeeded();
				// Wide tables scroll sideways in their own region; what counts is that no row is cut off below.
				const lastBox = (await last.boundingBox())!;
				expect(lastBox.y).toBeGreaterThanOrEqual(0);
				expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(vp.height);
				const hit = await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.data-table'), [lastBox.x + 8, lastBox.y + lastBox.height / 2]);
				expect(hit, 'the last row is not covered').toBe(true);
				await expect(fig).toHaveAttribute('data-step', step!);
			});
		}
	});
}

for (const vp of [PHONE, { width: 768, height: 1024 }, LAPTOP, { width: 1366, height: 768 }, WIDE]) {
	test.describe(`the chart fits the screen at ${vp.width}×${vp.height}`, () => {
		test.use({ viewport: vp });
		test('the sticky frame is never taller than the screen, and what each step is about passes through view as its card is read', async ({ page }) => {
			test.setTimeout(150_000);
			await page.goto('/');
			for (const slug of SLUGS) {
				const n = await stepCount(page, slug);
				for (let i = 0; i < n; i++) {
					const wanted = new Set<string>();
					const seen = new Set<string>();
					// Read through the card in steps small enough that a tall mark cannot fall between two.
					for (const through of [0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1]) {
						await readAt(page, slug, i, { through });
						const frame = await page.evaluate((slug) => {
							const g = document.querySelector(`[data-scrolly="${slug}"] .graphic`)!.getBoundingClientRect();
							const f = document.querySelector(`[data-scrolly="${slug}"] figure[data-chart]`)!.getBoundingClientRect();
							return { frame: g.height, figureBottom: f.bottom, frameBottom: g.bottom };
						}, slug);
						expect(frame.frame, `${slug} step ${i}: frame height`).toBeLessThanOrEqual(vp.height);
						expect(frame.figureBottom, `${slug} step ${i}: nothing of the figure below its frame`).toBeLessThanOrEqual(frame.frameBottom + 1);
						const keys = await aboutMarks(page, slug);
						keys.forEach((k) => wanted.add(k));
						(await visibleMarks(page, slug, keys)).forEach((k) => seen.add(k));
					}
					expect(wanted.size, `${slug} step ${i}: marks the step is about`).toBeGreaterThan(0);
					expect([...wanted].filter((k) => !seen.has(k)), `${slug} step ${i}: marks never in view`).toEqual([]);
				}
			}
		});
	});
}

test('the last agreements step keeps the requests and offers in view', async ({ page }) => {
	await page.setViewportSize(LAPTOP);
	await page.goto('/');
	const n = await stepCount(page, 'agreements');
	await readAt(page, 'agreements', n - 1, { top: 0.5 });
	const rows = page.locator('[data-scrolly="agreements"] [data-window] svg g.row[data-about]');
	expect(await rows.count()).toBeGreaterThan(0);
	for (const row of await rows.all()) await expect(row).toBeInViewport({ ratio: 1 });
	await expect(page.locator('[data-scrolly="agreements"] [data-window] text.group[data-about]')).toHaveText(/requests and offers/i);
});

for (const vp of [PHONE, { width: 768, height: 1024 }, LAPTOP, WIDE]) {
	test(`at ${vp.width}×${vp.height} a step changes when its card's top crosses about 60% of the screen, down and back up`, async ({ page }) => {
		test.setTimeout(150_000);
		await page.setViewportSize(vp);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const changes = await page.evaluate(async (slugs) => {
			const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
			const out: { slug: string; from: number; to: number; at: number }[] = [];
			for (const slug of slugs) {
				const s = document.querySelector<HTMLElement>(`[data-scrolly="${slug}"]`)!;
				const fig = s.querySelector<HTMLElement>('figure[data-chart]')!;
				const cards = [...s.querySelectorAll<HTMLElement>('.steps > .step > .card')];
				// From before the first card reaches the line to after the last has passed it.
				const top = cards[0]!.getBoundingClientRect().top + scrollY - innerHeight * 0.3;
				const bottom = cards.at(-1)!.getBoundingClientRect().top + scrollY - innerHeight * 0.3;
				const record = (from: number, to: number, card: number) =>
					out.push({ slug, from, to, at: cards[card]!.getBoundingClientRect().top / innerHeight });
				window.scrollTo({ top, behavior: 'instant' });
				await wait(300);
				let step = Number(fig.dataset.step);
				for (let y = top; y < bottom; y += 24) {
					window.scrollTo({ top: y, behavior: 'instant' });
					await wait(34);
					const now = Number(fig.dataset.step);
					if (now !== step) record(step, now, now);
					step = now;
				}
				for (let y = bottom; y > top; y -= 24) {
					window.scrollTo({ top: y, behavior: 'instant' });
					await wait(34);
					const now = Number(fig.dataset.step);
					// Going back, the change comes when the card of the step left drops below the line.
					if (now !== step) record(step, now, step);
					step = now;
				}
			}
			return out;
		}, SLUGS);
		for (const slug of SLUGS) {
			const n = await stepCount(page, slug);
			const mine = changes.filter((c) => c.slug === slug);
			expect(mine.map((c) => `${c.from}→${c.to}`), slug).toEqual([
				...Array.from({ length: n - 1 }, (_, i) => `${i}→${i + 1}`),
				...Array.from({ length: n - 1 }, (_, i) => `${n - 1 - i}→${n - 2 - i}`)
			]);
		}
		for (const c of changes) {
			expect(c.at, `${c.slug} ${c.from}→${c.to}: card top at ${Math.round(c.at * 100)}%`).toBeGreaterThanOrEqual(0.4);
			expect(c.at, `${c.slug} ${c.from}→${c.to}: card top at ${Math.round(c.at * 100)}%`).toBeLessThanOrEqual(0.65);
		}
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
	test('the plot is at least half of the sticky frame, and no card covers the chart’s text', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/');
		for (const slug of SLUGS) {
			const n = await stepCount(page, slug);
			for (let i = 0; i < n; i++) {
				for (const top of [0.59, 0.3]) {
					await readAt(page, slug, i, { top });
					const r = await page.evaluate(
						({ slug, i }) => {
							const s = document.querySelector(`[data-scrolly="${slug}"]`)!;
							const g = s.querySelector('.graphic')!.getBoundingClientRect();
							const w = s.querySelector('[data-window]')!.getBoundingClientRect();
							const card = s.querySelectorAll('.steps > .step > .card')[i]!.getBoundingClientRect();
							const shown = { top: Math.max(0, w.top), bottom: Math.min(innerHeight, w.bottom) };
							// Every chart text in view is itself what is drawn at its centre: no card over it.
							const covered = [...s.querySelectorAll<Element>('.graphic svg text, .graphic .legend li')].filter((t) => {
								const b = t.getBoundingClientRect();
								const y = b.top + b.height / 2;
								if (!b.height || y < shown.top || y > Math.min(innerHeight, g.bottom) || (t.closest('[data-window]') && y > shown.bottom)) return false;
								return !document.elementFromPoint(b.left + Math.min(4, b.width / 2), y)?.closest('.graphic');
							}).length;
							return { plotShare: Math.min(w.height, innerHeight) / g.height, covered, cardTop: card.top, frameBottom: g.bottom };
						},
						{ slug, i }
					);
					expect(r.plotShare, `${slug} step ${i}: plot share of the frame`).toBeGreaterThanOrEqual(0.5);
					expect(r.covered, `${slug} step ${i}: chart texts under a card`).toBe(0);
					// Where the step starts, its card is read below the chart; later it passes under it.
					if (top > 0.5) expect(r.cardTop, `${slug} step ${i}: the card is read below the chart`).toBeGreaterThanOrEqual(r.frameBottom);
				}
			}
		}
	});

	test('a card that is not the step in view fades its text, never its background', async ({ page }) => {
		await page.goto('/');
		await readAt(page, 'delegations', 1, { top: 0.5 });
		const styles = await page.evaluate(() =>
			[...document.querySelectorAll('[data-scrolly="delegations"] .steps > .step')].slice(0, 2).map((s) => {
				const c = getComputedStyle(s.querySelector('.card')!);
				return { active: s.classList.contains('active'), opacity: c.opacity, color: c.color, background: c.backgroundColor };
			})
		);
		expect(styles.map((s) => s.active)).toEqual([false, true]);
		for (const s of styles) {
			expect(s.opacity).toBe('1');
			expect(s.background).toMatch(/^rgb\(/);
		}
		expect(styles[0]!.color).not.toBe(styles[1]!.color);
	});
});
