/**
 * Offline for the classroom, with the network really gone: these tests serve the site from a
 * server of their own and stop it. After one visit the story, the slides, the guide and the
 * handout work with no network; a new build shows at the next online visit, never mixed with
 * the old one, and an open deck says a newer version is ready instead of changing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, SLUGS } from './fixtures';

const PORT = (Number(process.env.TEST_PORT) || 4173) + 20;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let server: ChildProcess | null = null;
async function serve(dir: string) {
	stop();
	server = spawn(process.execPath, ['tests/support/serve.mjs', dir, String(PORT)], { stdio: 'ignore' });
	for (let i = 0; i < 50; i++) {
		if (await fetch(`${ORIGIN}/favicon.svg`).then(() => true, () => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the test server did not start');
}
function stop() {
	server?.kill();
	server = null;
}

/** A copy of build/ as the next build would be: another version, and a name spelled anew. */
function nextBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'next-build-'));
	cpSync('build', dir, { recursive: true });
	const { version } = JSON.parse(readFileSync('build/_app/version.json', 'utf8')) as { version: string };
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (/\.(html|json|js)$/.test(name)) {
				const text = readFileSync(p, 'utf8');
				const next = text.replaceAll(version, `${version}9`).replaceAll('Bogdanov', 'Bogdanoff');
				if (next !== text) writeFileSync(p, next);
			}
		}
	};
	walk(dir);
	return dir;
}

test.use({ serviceWorkers: 'allow', baseURL: ORIGIN });
test.describe.configure({ mode: 'serial' });
test.afterAll(stop);

async function controlled(page: Page) {
	await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 });
}

/** How many of the story's states files the worker has stored. */
function storedStates(page: Page) {
	return page.evaluate(async () => {
		const keys = (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat();
		return keys.filter((u) => /\/story\/[^/]+\/\d+\.json\?v=/.test(u)).length;
	});
}

/** A first visit, online: the story (read to its first chart), then the deck made ready offline. */
async function firstVisit(page: Page) {
	await page.goto('/');
	await controlled(page);
	await page.locator('#meetings-1').scrollIntoViewIfNeeded();
	await expect.poll(() => storedStates(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(SLUGS.length);
	await page.goto('/present');
	const store = page.getByRole('button', { name: 'Make available offline' });
	await store.click();
	await expect(page.locator('[data-offline-status]')).toHaveText(/^Ready offline on this screen: [\d.]+ MB stored on this device\.$/, { timeout: 60_000 });
}

test('after one visit, the story, the slides, the guide and the handout work with no network', async ({ page, guard }) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await serve('build');
	await firstVisit(page);
	stop();
	guard.allow(/ERR_CONNECTION_REFUSED|ERR_FAILED/);

	// The story: every state of every chart, drawn from stored states.
	await page.goto('/');
	for (const slug of SLUGS) {
		const cards = page.locator(`[data-scrolly="${slug}"] .steps > .step > .card`);
		const n = await cards.count();
		for (let i = 0; i < n; i++) {
			await cards.nth(i).evaluate((card) => {
				card.scrollIntoView({ block: 'start', behavior: 'instant' });
				window.scrollBy({ top: card.getBoundingClientRect().top - innerHeight * 0.5, behavior: 'instant' });
			});
			const fig = page.locator(`[data-scrolly="${slug}"] figure[data-chart]`);
			await expect(fig).toHaveAttribute('data-step', String(i));
			await expect(fig.locator(`.plot[data-shown="${i}"] .targets:not([hidden])`)).toBeAttached();
			await expect(fig.locator('[data-states-status]')).toBeEmpty();
		}
	}

	// The deck: every slide by PageDown, each chart slide with its chart; notes and overview.
	await page.goto('/present');
	const total = Number(await page.locator('[data-deck] .slide[data-slide]').count());
	for (let n = 1; n <= total; n++) {
		const slide = page.locator(`.slide[data-slide="${n}"]`);
		await expect(slide).toHaveAttribute('data-current', '');
		if (await slide.getAttribute('data-slug')) {
			await expect(slide.locator('.slide-chart figure .plot[data-shown] svg')).toBeVisible();
			await expect(slide.locator('[data-states-status]')).toBeEmpty();
		}
		if (n < total) await page.keyboard.press('PageDown');
	}
	// The presenter's window, its notes and its framed slides, from the store too.
	await page.keyboard.press('Home');
	const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
	await expect(presenter.locator('[data-notes-panel]')).toBeVisible();
	await expect(presenter.locator('[data-notes-for]:not([hidden]) li').first()).not.toBeEmpty();
	await expect(presenter.frameLocator('iframe[data-frame="next"]').locator('.slide[data-current] .plot[data-shown] svg')).toBeVisible();
	await presenter.close();
	await page.keyboard.press('o');
	await expect(page.locator('[data-overview]')).toBeVisible();

	// The guide and the handout, which prints.
	await page.goto('/teach');
	await expect(page.locator('h1')).toBeVisible();
	await page.goto('/handout');
	await expect(page.locator('figure[data-chart]').first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
	expect(pages).toBeGreaterThanOrEqual(2);
	expect(pages).toBeLessThanOrEqual(8);
});

test('an edition’s deck made available offline opens in its language with the network gone', async ({ page, guard }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await serve('build');
	await page.goto('/ar/present');
	await controlled(page);
	await page.locator('[data-offline-store]').click();
	// Done, said in the edition, with its figure in Western digits.
	await expect(page.locator('[data-offline-status]')).toHaveText(/^جاهز للعمل دون اتصال على هذه الشاشة: حُفظ [\d.]+ ميغابايت على هذا الجهاز\.$/, { timeout: 60_000 });
	stop();
	guard.allow(/ERR_CONNECTION_REFUSED|ERR_FAILED/);
	await page.goto('/ar/present');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const first = await page.locator('.slide[data-slug]').first().getAttribute('data-slide');
	await page.goto(`/ar/present#slide-${first}`);
	await expect(page.locator('.slide[data-current] .slide-chart figure .plot[data-shown] svg')).toBeVisible();
	await expect(page.locator('.slide[data-current] [data-states-status]')).toBeEmpty();
});

test('a new build: an open deck says so and stays as it is; the next visit shows the new build on every page, never mixed', async ({ browser }) => {
	test.setTimeout(240_000);
	const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: ORIGIN, viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await serve('build');
	await firstVisit(page);
	const next = nextBuild();
	try {
		await serve(next);
		// The deck open in class finds the new worker, says so, and shows the old build still.
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.locator('[data-offline-update]')).toBeVisible({ timeout: 20_000 });
		await expect(page.locator('[data-deck]')).toContainText('Bogdanov');
		await expect(page.locator('[data-deck]')).not.toContainText('Bogdanoff');
		await page.close();

		// The next visit: every page is the new build, its drawn charts included.
		const fresh = await context.newPage();
		for (const path of ['/', '/present', '/teach', '/handout']) {
			await fresh.goto(path);
			if (path === '/') await fresh.locator('#delegations-1').scrollIntoViewIfNeeded();
			if (path === '/present') await fresh.goto('/present#slide-' + (await fresh.locator('.slide[data-slug="delegations"]').first().getAttribute('data-slide')));
			await fresh.waitForLoadState('networkidle');
			await fresh.waitForTimeout(500);
			const text = await fresh.locator('body').innerText();
			expect(text, path).not.toContain('Bogdanov ');
			expect(text, path).not.toMatch(/Bogdanov\b/);
			if (path !== '/teach') expect(text, path).toContain('Bogdanoff');
			// The chart on screen was drawn from the new build's states.
			if (path === '/present') expect(await fresh.locator('.slide[data-current] .plot[data-shown] svg').innerHTML()).toContain('Bogdanoff');
		}
	} finally {
		await context.close();
		rmSync(next, { recursive: true, force: true });
	}
});

test('embeds are left to the network: a framed chart is never answered by the worker', async ({ page }) => {
	await serve('build');
	await page.goto('/');
	await controlled(page);
	const answered = await page.evaluate(async () => {
		const frame = document.createElement('iframe');
		frame.src = '/embed/meeting-cadence';
		document.body.append(frame);
		await new Promise((r) => frame.addEventListener('load', r, { once: true }));
		const nav = frame.contentWindow!.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return nav.workerStart > 0 && nav.transferSize === 0;
	});
	expect(answered).toBe(false);
});
