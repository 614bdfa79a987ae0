import type { Page } from '@playwright/test';
import { expect, test, SLUGS } from './fixtures';
import { pickWidth, STORY_SSR_WIDTH } from '../../src/lib/story/widths';

const STATIC_HINT = 'Every mark’s facts and sources are in the table under ‘Show data’, after the text that goes with this chart.';
const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

/** Each scrolly's chart step and how many steps it has. */
async function steps(page: Page) {
	return page.evaluate((slugs) => {
		const out: Record<string, { step: number; count: number }> = {};
		for (const slug of slugs) {
			const s = document.querySelector(`[data-scrolly="${slug}"]`)!;
			out[slug] = {
				step: Number(s.querySelector('figure[data-chart]')!.getAttribute('data-step')),
				count: s.querySelectorAll('.steps > .step').length
			};
		}
		return out;
	}, SLUGS);
}

/** The step a reader sees: the last step whose top passed 60% of the viewport. */
async function stepInView(page: Page, slug: string) {
	return page.evaluate((slug) => {
		const line = innerHeight * 0.6;
		let index = 0;
		document.querySelectorAll(`[data-scrolly="${slug}"] .steps > .step`).forEach((el, i) => {
			if (el.getBoundingClientRect().top <= line) index = i;
		});
		return index;
	}, slug);
}

async function settle(page: Page) {
	await page.waitForTimeout(400);
}

for (const vp of VIEWPORTS) {
	test.describe(`story at ${vp.width}×${vp.height}`, () => {
		test.use({ viewport: { width: vp.width, height: vp.height } });

		test('wheel through the whole story: every chart passes through all its states in order', async ({ page }) => {
			test.setTimeout(180_000);
			await page.goto('/');
			await page.waitForLoadState('networkidle');
			await page.mouse.move(vp.width / 2, vp.height / 2);
			const seen: Record<string, number[]> = Object.fromEntries(SLUGS.map((s) => [s, [0]]));
			let counts: Record<string, number> = {};
			for (let i = 0; i < 400; i++) {
				await page.mouse.wheel(0, 320);
				await page.waitForTimeout(60);
				const now = await steps(page);
				counts = Object.fromEntries(SLUGS.map((s) => [s, now[s]!.count]));
				for (const s of SLUGS) if (seen[s]!.at(-1) !== now[s]!.step) seen[s]!.push(now[s]!.step);
				const atEnd = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
				if (atEnd) break;
			}
			await settle(page);
			for (const s of SLUGS) {
				expect(seen[s], `${s} states in order`).toEqual(Array.from({ length: counts[s]! }, (_, i) => i));
			}
		});

		test('reload in mid-story: the chart shows the state of the step in view', async ({ page }) => {
			await page.goto('/');
			const step = page.locator('[data-scrolly="meeting-cadence"] .steps > .step').nth(3);
			await step.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.3));
			await settle(page);
			await page.reload();
			await page.waitForLoadState('networkidle');
			await settle(page);
			const expected = await stepInView(page, 'meeting-cadence');
			expect(expected).toBe(3);
			await expect(page.locator('[data-scrolly="meeting-cadence"] figure')).toHaveAttribute('data-step', String(expected));
		});

		test('jump to #agreements, then to a step by anchor: the chart shows the step in view', async ({ page }) => {
			await page.goto('/#agreements');
			await page.waitForLoadState('networkidle');
			await settle(page);
			const fig = page.locator('[data-scrolly="agreements"] figure');
			await expect(fig).toHaveAttribute('data-step', String(await stepInView(page, 'agreements')));
			await page.evaluate(() => {
				const steps = document.querySelectorAll('[data-scrolly="agreements"] .steps > .step');
				const last = steps[steps.length - 1] as HTMLElement;
				window.scrollTo({ top: last.getBoundingClientRect().top + scrollY - innerHeight * 0.3, behavior: 'instant' });
			});
			await settle(page);
			const count = await page.locator('[data-scrolly="agreements"] .steps > .step').count();
			await expect(fig).toHaveAttribute('data-step', String(count - 1));
		});
	});
}

test('resize from 1280 to 390 in mid-story: the state stays right and the layout switches', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const scrolly = page.locator('[data-scrolly="delegations"]');
	await page.locator('[data-scrolly="delegations"] .steps > .step').nth(2).evaluate((el) =>
		window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.3)
	);
	await settle(page);
	await expect(scrolly.locator('figure')).toHaveAttribute('data-step', '2');
	expect(await scrolly.locator('.body').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
	// The chart is redrawn at the prerendered width that fits its column, in the same state.
	await expect(scrolly.locator('.plot[data-width]')).toHaveAttribute('data-width', '628');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.locator('[data-scrolly="delegations"] .steps > .step').nth(2).evaluate((el) =>
		window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.3)
	);
	await settle(page);
	expect(await scrolly.locator('.body').evaluate((el) => getComputedStyle(el).display)).toBe('block');
	await expect(scrolly.locator('figure')).toHaveAttribute('data-step', String(await stepInView(page, 'delegations')));
	await expect(scrolly.locator('figure')).toHaveAttribute('data-step', '2');
	await expect(scrolly.locator('.plot[data-width]')).toHaveAttribute('data-width', '358');
	await expect(scrolly.locator('g.mark[data-state="focus"], g[data-state="focus"]').first()).toBeAttached();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every chart and every step’s text is present', async ({ page, guard }) => {
		// With JavaScript off, Chromium refuses the module preloads and reports them as "(csp)".
		guard.allow(/\.js \(csp\)$/);
		await page.goto('/');
		for (const slug of SLUGS) {
			const s = page.locator(`[data-scrolly="${slug}"]`);
			await expect(s.locator(`figure[data-chart="${slug}"] svg[role="img"]:visible`)).toHaveCount(1);
			await expect(s.locator('table')).toHaveCount(1);
			// Nothing scrolls the chart's window without a script: it shows the whole plot.
			expect(await s.locator('[data-window]').evaluate((w) => w.scrollHeight - w.clientHeight)).toBeLessThanOrEqual(1);
			// Off-screen scrollies are not rendered (content-visibility) until the reader nears them.
			await s.scrollIntoViewIfNeeded();
			const steps = s.locator('.steps > .step');
			expect(await steps.count()).toBeGreaterThanOrEqual(3);
			for (const step of await steps.all()) await expect(step).toHaveText(/\S[\s\S]{40,}/, { useInnerText: true });
		}
		await expect(page.locator('#disagreements')).toBeVisible();
		await expect(page.locator('#sources')).toBeVisible();
	});

	test('no chart offers a tap or key it cannot answer: each points to its data table', async ({ page, guard }) => {
		guard.allow(/\.js \(csp\)$/);
		await page.goto('/');
		// Said above each chart; the table comes after the chart's text.
		const hints = page.locator('[data-scrolly] > .head .hint');
		await expect(hints).toHaveCount(SLUGS.length);
		for (const hint of await hints.all()) {
			await hint.scrollIntoViewIfNeeded();
			await expect(hint).toHaveText(STATIC_HINT, { useInnerText: true });
		}
		await expect(page.locator('[data-scrolly] > .foot .data-table')).toHaveCount(SLUGS.length);
		// The embed code is there to select; the Copy button, which needs script, is not.
		const embed = page.locator('[data-scrolly] details.embed').first();
		await embed.locator('summary').click();
		await expect(embed.locator('textarea')).toBeVisible();
		await expect(embed.getByRole('button', { name: 'Copy code' })).toBeHidden();
	});

	test('the gallery and the handout show every chart, each chart’s table once, and no control that needs script', async ({ page, guard }) => {
		guard.allow(/\.js \(csp\)$/);
		for (const [path, perChart] of [['/charts', 1], ['/handout', 1]] as const) {
			await page.goto(path);
			for (const slug of SLUGS) {
				const figures = page.locator(`figure[data-chart="${slug}"]`);
				expect(await figures.count(), `${path} ${slug}`).toBeGreaterThanOrEqual(3);
				await expect(figures.locator('svg[role="img"]')).toHaveCount(await figures.count());
				// The table once per chart; the later states point to it.
				await expect(figures.locator('table')).toHaveCount(perChart);
				const later = figures.nth(perChart).locator('.detail .hint');
				await later.scrollIntoViewIfNeeded();
				await expect(later).toHaveText(/^Every mark’s facts and sources are in the table under ‘Show data’ (in state 1|with this chart’s first step)\.$/, { useInnerText: true });
			}
			await expect(page.locator('button[data-key], button[data-print]:visible')).toHaveCount(0);
		}
	});
});

test('at 1280 px every section heading starts where the text under it starts', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const edges = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.story > h2')].map((h) => {
			const next = h.nextElementSibling?.matches('p') ? h.nextElementSibling : null;
			const left = (el: Element) => Math.round(el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft));
			return { id: h.id, heading: left(h), text: next ? left(next) : null };
		})
	);
	expect(edges.length).toBeGreaterThanOrEqual(8);
	for (const e of edges.filter((e) => e.text !== null)) expect(Math.abs(e.heading - e.text!), e.id).toBeLessThanOrEqual(1);
	expect(edges.filter((e) => e.text !== null).length).toBeGreaterThanOrEqual(4);
});

test('offline, a step whose chart cannot load says so; back online, the next step draws', async ({ page, guard }) => {
	let online = false;
	await page.route('**/story/**/*.json*', (route) => (online ? route.continue() : route.abort('internetdisconnected')));
	// The refused requests, as the harness hears of them (request failed, console error).
	guard.allow(/ERR_INTERNET_DISCONNECTED/);
	await page.goto('/');
	const scrolly = page.locator('[data-scrolly="agreements"]');
	const figure = scrolly.locator('figure[data-chart]');
	const status = figure.locator('[data-states-status]');
	const toStep = async (i: number) => {
		await scrolly.locator('.steps > .step').nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await expect(figure).toHaveAttribute('data-step', String(i));
	};
	await toStep(1);
	await expect(status).toHaveText(/could not be loaded \(are you offline\?\)/);
	await expect(status).toBeVisible();
	await expect(figure.locator('.plot[data-width]')).toHaveAttribute('data-shown', '0');
	online = true;
	await toStep(2);
	await expect(figure.locator('.plot[data-width]')).toHaveAttribute('data-shown', '2');
	await expect(status).toBeEmpty();
	await expect(status).toBeHidden();
});

test('the page holds no form control until the reader opens an embed box', async ({ page }) => {
	// Chromium lays the whole page out once per form control when a page loads: on a phone, four
	// embed-code boxes cost more than the rest of the script. They are made when opened.
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('input, textarea, select')).toHaveCount(0);
	const tools = page.locator('[data-scrolly="delegations"] .tools');
	await tools.locator('summary').click();
	await expect(page.locator('textarea')).toHaveCount(1);
	await expect(tools.getByRole('textbox', { name: /Paste this into your page/ })).toHaveValue(/\/embed\/delegations"/);
	// Closing and opening again keeps the one box.
	await tools.locator('summary').click();
	await tools.locator('summary').click();
	await expect(page.locator('textarea')).toHaveCount(1);
});

for (const path of ['/', '/charts']) {
	test(`${path}: an embed box opened before the script runs still gets its code`, async ({ page }) => {
		// On a slow phone a reader can open the box before the script starts: the box's toggle
		// event has then passed unheard. Hold every script until the box is open.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route(/\.js(\?|$)/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(path, { waitUntil: 'commit' });
		const tools = page.locator('[data-scrolly="delegations"] .tools, #delegations .tools').first();
		await tools.locator('summary').click();
		await expect(page.locator('textarea')).toHaveCount(0);
		release();
		// The story's box embeds the chart's complete state; the gallery's, the state beside it.
		await expect(tools.getByRole('textbox', { name: /Paste this into your page/ })).toHaveValue(/\/embed\/delegations(\?step=0)?"/);
		await expect(page.locator('textarea')).toHaveCount(1);
	});
}

test('with JavaScript each chart says how to pick a mark', async ({ page }) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const hints = page.locator('[data-scrolly] > .head .hint');
	await expect(hints).toHaveCount(SLUGS.length);
	for (const hint of await hints.all()) {
		await hint.scrollIntoViewIfNeeded();
		await expect(hint).toHaveText(/^Tap a mark, or tab to the chart and use the arrow keys/, { useInnerText: true });
	}
});

test.describe('the story page runs no Svelte', () => {
	test('one small script and no SvelteKit start-up; each chart drawn at the widest prerendered width that fits, once near', async ({ page }) => {
		for (const width of [320, 390, 768, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/');
			await page.waitForLoadState('networkidle');
			await expect(page.locator('script[src]')).toHaveCount(1);
			await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
			await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
			const chart = (slug: string) =>
				page.locator(`[data-scrolly="${slug}"] figure[data-chart]`).evaluate((f) => {
					const plot = f.querySelector<HTMLElement>('.plot[data-width]')!;
					return {
						column: f.clientWidth,
						drawn: Number(plot.dataset.width),
						svg: Number(plot.querySelector('svg')!.getAttribute('width')),
						box: plot.getBoundingClientRect().width,
						near: f.getBoundingClientRect().top < 2 * innerHeight
					};
				});
			// A chart far below the screen keeps its prerendered plot until the reader comes near.
			const last = await chart('trade-range');
			expect(last.near).toBe(false);
			// The HTML's plot (the narrow one for phones under 390 px is for readers without script).
			const prerendered = STORY_SSR_WIDTH;
			if (pickWidth(last.column) !== prerendered) expect(last.drawn, `trade-range at ${width}, far away`).toBe(prerendered);
			for (const slug of SLUGS) {
				await page.locator(`[data-scrolly="${slug}"] .steps > .step`).first().scrollIntoViewIfNeeded();
				await expect.poll(async () => { const c = await chart(slug); return c.drawn === pickWidth(c.column); }, `${slug} at ${width}`).toBe(true);
				const c = await chart(slug);
				expect(c.svg).toBe(c.drawn);
				expect(c.box).toBeLessThanOrEqual(c.column + 0.5);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		}
	});

	test('between steps the marks glide and a selected mark keeps focus, its chosen state and its facts', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const scrolly = page.locator('[data-scrolly="meeting-cadence"]');
		const toStep = (n: number) =>
			scrolly.locator('.steps > .step').nth(n).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.3));
		await toStep(1);
		await expect(scrolly.locator('figure')).toHaveAttribute('data-step', '1');
		await settle(page);
		const first = scrolly.locator('button[data-key]').first();
		await first.focus();
		await page.keyboard.press('ArrowRight');
		const focused = scrolly.locator('button[data-key]:focus');
		const key = await focused.getAttribute('data-key');
		await expect(focused).toHaveAttribute('aria-current', 'true');
		await expect(scrolly.locator('.detail blockquote').first()).toBeVisible();
		// Remember the mark's element: a state change rewrites it in place, it is not replaced.
		await scrolly.locator(`g.mark[data-key="${key}"]`).evaluate((el) => ((el as unknown as { tagged: boolean }).tagged = true));
		await toStep(2);
		await expect(scrolly.locator('figure')).toHaveAttribute('data-step', '2');
		await expect
			.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSTransition).length))
			.toBeGreaterThan(0);
		expect(await scrolly.locator(`g.mark[data-key="${key}"]`).evaluate((el) => (el as unknown as { tagged?: boolean }).tagged)).toBe(true);
		await expect(scrolly.locator('button[data-key]:focus')).toHaveAttribute('data-key', key!);
		await expect(scrolly.locator('button[data-key]:focus')).toHaveAttribute('aria-current', 'true');
		await expect(scrolly.locator('.detail blockquote').first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(scrolly.locator('.detail blockquote')).toHaveCount(0);
		await expect(scrolly.locator('.detail[id]')).toBeHidden();
	});

	test('the embed code names this site and the Copy button copies it', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const tools = page.locator('[data-scrolly="agreements"] .tools');
		await tools.locator('summary').click();
		const origin = new URL(page.url()).origin;
		await expect(tools.locator('textarea')).toHaveValue(new RegExp(`^<iframe src="${origin}/embed/agreements" title="[^"]+"`));
		await tools.getByRole('button', { name: 'Copy code' }).click();
		await expect(tools.locator('[role="status"]')).toHaveText(/Copied/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${origin}/embed.js`);
	});
});
