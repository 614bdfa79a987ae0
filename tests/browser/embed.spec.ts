import type { Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { HOST_PORT } from '../../playwright.config';
import { expect, test, SLUGS } from './fixtures';

const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** The iframe's height on the host page and the embed document's own height. */
async function heights(page: Page) {
	const frameHeight = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
	const child = page.frames().find((f) => f.url().includes('/embed/'));
	if (!child) return { frameHeight, docHeight: -1 };
	const docHeight = await child.evaluate(() => document.documentElement.getBoundingClientRect().height);
	return { frameHeight, docHeight };
}

async function expectSized(page: Page) {
	await expect
		.poll(async () => {
			const { frameHeight, docHeight } = await heights(page);
			return docHeight > 100 ? Math.abs(frameHeight - docHeight) : Infinity;
		}, { timeout: 10_000 })
		.toBeLessThanOrEqual(2);
}

for (const kind of ['pym', 'frames', 'loader']) {
	for (const slug of SLUGS) {
		test(`${kind} host sizes the ${slug} frame at 320 and 900 px, and after the width changes`, async ({ page, guard }) => {
			guard.allow(new RegExp(`127\\.0\\.0\\.1:${HOST_PORT}`));
			await page.setViewportSize({ width: 320, height: 800 });
			await page.goto(`${HOST}/${kind}/${slug}`);
			await expectSized(page);
			const narrow = (await heights(page)).frameHeight;
			await page.setViewportSize({ width: 900, height: 800 });
			await expectSized(page);
			await page.setViewportSize({ width: 900, height: 800 });
			await page.goto(`${HOST}/${kind}/${slug}`);
			await expectSized(page);
			const wide = (await heights(page)).frameHeight;
			expect(wide).toBeGreaterThan(100);
			expect(narrow).toBeGreaterThan(100);
		});
	}
}

test('the story refuses to be framed by another site; embeds may be', async ({ page, guard }) => {
	guard.allow(new RegExp(`127\\.0\\.0\\.1:${HOST_PORT}`));
	guard.allow(/frame-ancestors|Refused to display|ERR_BLOCKED_BY_RESPONSE/);
	await page.goto(`${HOST}/story/x`);
	await page.waitForTimeout(1000);
	const framed = page.frames().find((f) => f !== page.mainFrame());
	const title = framed ? await framed.evaluate(() => document.title).catch(() => '') : '';
	expect(title).not.toContain('From patron to negotiated partner');
	const res = await page.request.get('/');
	expect(res.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
	expect(res.headers()['x-content-type-options']).toBe('nosniff');
	const embed = await page.request.get('/embed/agreements');
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
});

test('a frame that starts hidden and lazy gets the right height once shown', async ({ page, guard }) => {
	guard.allow(new RegExp(`127\\.0\\.0\\.1:${HOST_PORT}`));
	await page.setViewportSize({ width: 600, height: 800 });
	await page.goto(`${HOST}/loader-hidden/delegations`);
	await page.locator('summary').click();
	await expectSized(page);
});

test('the embed answers a table toggle with a new height', async ({ page, guard }) => {
	guard.allow(new RegExp(`127\\.0\\.0\\.1:${HOST_PORT}`));
	await page.setViewportSize({ width: 600, height: 800 });
	await page.goto(`${HOST}/loader/trade-range`);
	await expectSized(page);
	const before = (await heights(page)).frameHeight;
	const child = page.frames().find((f) => f.url().includes('/embed/'))!;
	await child.locator('summary', { hasText: 'Show data' }).click();
	await expectSized(page);
	expect((await heights(page)).frameHeight).toBeGreaterThan(before + 50);
});

test.describe('embed pages', () => {
	test('?step and ?theme pick the state; bad values are ignored or clamped, never reflected', async ({ page }) => {
		const fig = page.locator('figure[data-chart="meeting-cadence"]');
		await page.goto('/embed/meeting-cadence');
		await page.waitForLoadState('networkidle');
		const last = (await fig.getAttribute('data-step'))!;
		expect(Number(last)).toBeGreaterThanOrEqual(4);
		await page.goto('/embed/meeting-cadence?step=1&theme=dark');
		await expect(fig).toHaveAttribute('data-step', '1');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.goto('/embed/meeting-cadence?step=99');
		await expect(fig).toHaveAttribute('data-step', last);
		const evil = '"><img src=x onerror=alert(1)>';
		await page.goto(`/embed/meeting-cadence?step=${encodeURIComponent(evil)}&theme=${encodeURIComponent(evil)}&childId=${encodeURIComponent(evil)}`);
		await expect(fig).toHaveAttribute('data-step', last);
		expect(await page.content()).not.toContain('onerror=alert');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});

	test('the page is static: one small script, and at each frame width the widest plot that fits', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		for (const [width, plot] of [[320, 288], [360, 328], [390, 358], [414, 358], [600, 560], [900, 720]] as const) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/embed/agreements');
			const shown = page.locator('.variant:visible');
			await expect(shown, `${width} px`).toHaveCount(1);
			await expect(shown).toHaveAttribute('data-width', String(plot));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: no sideways scroll`).toBeLessThanOrEqual(width);
		}
		expect(new Set(scripts).size).toBe(1);
		expect([...scripts][0]).toMatch(/\/_app\/immutable\/workers\/client-[\w-]+\.js$/);
		// No SvelteKit start-up: no inline script, nothing preloaded.
		expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), link[rel="modulepreload"]').length)).toBe(0);
	});

	test('agreements are walked by structure: Up/Down between agreements, Left/Right through one’s claims, Home/End', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/embed/agreements');
		const bar = page.locator('.targets:visible');
		await expect(bar).toHaveAttribute('aria-label', /Up and Down move between rows/);
		const focused = () => page.evaluate(() => {
			const b = document.activeElement as HTMLElement;
			return { key: b.dataset.key!, row: b.dataset.row!, label: b.getAttribute('aria-label')! };
		});
		await bar.locator('button[data-key]').first().focus();
		const first = await focused();
		// Right stays in the agreement while it has claims; End reaches its last claim, Home its first.
		const claims = await bar.locator(`button[data-row="${first.row}"]`).count();
		await page.keyboard.press('End');
		expect(await focused()).toMatchObject({ row: first.row });
		expect((await focused()).key).toBe(await bar.locator(`button[data-row="${first.row}"]`).last().getAttribute('data-key'));
		await page.keyboard.press('Home');
		expect((await focused()).key).toBe(first.key);
		for (let i = 1; i < claims; i++) {
			await page.keyboard.press('ArrowRight');
			expect((await focused()).row).toBe(first.row);
		}
		// Down goes to the next agreement's first claim; Up comes back to this one's.
		await page.keyboard.press('ArrowDown');
		const next = await focused();
		expect(next.row).not.toBe(first.row);
		expect(next.key).toBe(await bar.locator(`button[data-row="${next.row}"]`).first().getAttribute('data-key'));
		await page.keyboard.press('ArrowUp');
		expect((await focused()).key).toBe(first.key);
		await expect(page.locator('.detail')).toContainText(/\w{3,}/);
		// Ctrl+End: the chart's last claim.
		await page.keyboard.press('Control+End');
		expect((await focused()).key).toBe(await bar.locator('button[data-key]').last().getAttribute('data-key'));
	});

	test('after ?step swaps in another state, its marks still answer the keyboard and show their sources', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/embed/delegations?step=1');
		const fig = page.locator('figure[data-chart="delegations"]');
		await expect(fig).toHaveAttribute('data-step', '1');
		const marks = page.locator('button[data-key]:visible');
		await marks.first().focus();
		await expect(page.locator('.detail blockquote').first()).toBeVisible();
		await page.keyboard.press('End');
		await expect(marks.last()).toBeFocused();
		await expect(marks.last()).toHaveAttribute('aria-current', 'true');
		await expect(marks.last()).toHaveAttribute('aria-describedby', 'embed-delegations-detail');
		await expect(marks.first()).toHaveAttribute('tabindex', '-1');
		await page.keyboard.press('ArrowRight');
		await expect(marks.first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('.detail')).toContainText('Tap a mark');
		await expect(marks.first()).not.toHaveAttribute('aria-current');
	});

	test('without JavaScript the final state and its table are there, and no dead mark buttons', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/embed/trade-range?step=0');
		await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-step', '3');
		await expect(page.locator('.variant:visible svg[role="img"]')).toHaveCount(1);
		await expect(page.locator('button[data-key]:visible')).toHaveCount(0);
		await expect(page.locator('.detail')).toContainText('Show data');
		await page.locator('summary', { hasText: 'Show data' }).click();
		await expect(page.locator('table')).toBeVisible();
		await context.close();
	});

	test('each embed page links back to its story section and is not indexed', async ({ page }) => {
		for (const slug of SLUGS) {
			await page.goto(`/embed/${slug}`);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			await expect(page.locator('a', { hasText: 'Read the story' })).toHaveAttribute('href', /^\/#[a-z]+$/);
			await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', new RegExp(`/oembed/${slug}\\.json$`));
			await expect(page.locator('noscript')).toHaveCount(1);
		}
	});

	test('an unknown chart gets the 404 page, which lists the charts', async ({ page, guard }) => {
		guard.allow(/404 \(Not Found\)/);
		const res = await page.goto('/embed/no-such-chart');
		expect(res?.status()).toBe(404);
		for (const slug of SLUGS) await expect(page.locator(`a[href="/embed/${slug}"]`)).toHaveCount(1);
	});

	test('SVG snapshots exist and are valid SVG', async ({ page, request }) => {
		await page.goto('/');
		for (const slug of SLUGS) {
			const res = await request.get(`/embed/${slug}.svg`);
			expect(res.headers()['content-type']).toContain('image/svg+xml');
			const text = await res.text();
			const check = await page.evaluate((t) => {
				const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
				return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, chart: doc.documentElement.getAttribute('data-chart') };
			}, text);
			expect(check).toEqual({ error: null, root: 'svg', chart: slug });
			const size = await page.evaluate(async (src) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				return img.naturalWidth;
			}, `/embed/${slug}.svg`);
			expect(size).toBeGreaterThan(300);
		}
	});

	test('oEmbed JSON describes each embed', async ({ request }) => {
		for (const slug of SLUGS) {
			const o = await (await request.get(`/oembed/${slug}.json`)).json();
			expect(o).toMatchObject({ version: '1.0', type: 'rich' });
			expect(o.html).toContain(`/embed/${slug}`);
			expect(o.html).toContain('title=');
		}
	});

	test('CSV and JSON downloads hold one row per mark of the chart, from the data', async ({ page, request }) => {
		const story = await (await request.get('/data/story.json')).json();
		const quotes = JSON.stringify(story);
		for (const slug of SLUGS) {
			const rows = await (await request.get(`/data/${slug}.json`)).json();
			const csv = await (await request.get(`/data/${slug}.csv`)).text();
			const parsed = csvParse(csv);
			expect(parsed).toHaveLength(rows.length);
			parsed.forEach((r, i) => {
				for (const [k, v] of Object.entries(rows[i] as Record<string, unknown>)) expect(r[k], `${slug} row ${i} ${k}`).toBe(v === null ? '' : String(v));
			});
			await page.goto(`/embed/${slug}`);
			await expect(page.locator('button[data-key]:visible')).toHaveCount(rows.length);
			for (const row of rows)
				for (const q of String(row.quotes).split(' | ')) expect(quotes, `${slug}: quote from the data`).toContain(JSON.stringify(q).slice(1, -1));
		}
	});
});
