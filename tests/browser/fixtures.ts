/**
 * The browser harness. Every test that imports `test` from here fails on console errors, page
 * errors, failed requests, and any request to a host other than the site's own.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The charts of the build under test, as the registry lists them (`/data/charts.json`). */
export const CHARTS: { slug: string; title: string; steps: number; story: string; embed: string }[] = JSON.parse(
	readFileSync(join(process.env.BUILD_DIR || 'build', 'data/charts.json'), 'utf8')
);
export const SLUGS = CHARTS.map((c) => c.slug);

export interface Guard {
	problems: string[];
	/** Forget problems expected by the test (e.g. the 404 status of a 404 page). */
	allow(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const own = new URL(baseURL!).origin;
			const problems: string[] = [];
			const allowed: RegExp[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('requestfailed', (r) => {
				// A navigation cancels the requests still in flight (a favicon, a prefetch): not a fault.
				if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
			});
			page.on('request', (r) => {
				const u = new URL(r.url());
				if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== own)
					problems.push(`foreign request: ${r.url()}`);
			});
			const guard: Guard = { problems, allow: (p) => allowed.push(p) };
			await use(guard);
			const left = problems.filter((p) => !allowed.some((a) => a.test(p)));
			expect(left, 'console errors, page errors, failed or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Scrolls down through one scrolly's steps as a reader does (40 px at a time), and returns every
 * state its chart showed on the way, in order of first sight.
 */
export const scrollThroughSteps = (page: Page, slug: string) =>
	page.evaluate(async (slug) => {
		const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
		const figure = document.querySelector<HTMLElement>(`[data-scrolly="${slug}"] .graphic figure[data-chart]`)!;
		const states = new Set<string>();
		const cards = [...document.querySelectorAll<HTMLElement>(`[data-scrolly="${slug}"] .steps > .step > .card`)];
		const top = cards[0]!.getBoundingClientRect().top + scrollY - innerHeight;
		const bottom = cards.at(-1)!.getBoundingClientRect().top + scrollY - innerHeight * 0.2;
		for (let y = top; y < bottom; y += 40) {
			window.scrollTo({ top: y, behavior: 'instant' });
			await wait(30);
			states.add(figure.dataset.step ?? '');
		}
		await wait(300);
		states.add(figure.dataset.step ?? '');
		return [...states];
	}, slug);

/** The file a built page's address is served from. */
export const builtFile = (page: string, dir = 'build') => join(dir, page.endsWith('/') ? `${page}index.html` : `${page}.html`);

/** Every prerendered page of build/, as a URL path (`/`, `/ru/`, `/charts`, `/embed/agreements`). */
export function builtPages(dir = 'build'): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.html') && e.name !== '404.html') {
				// A folder's index is its address with a slash (an edition: /ru/).
				out.push('/' + relative(dir, p).replace(/\.html$/, '').replace(/(^|\/)index$/, '$1'));
			}
		}
	};
	walk(dir);
	return out.sort();
}

/** axe-core on the page as it is now: WCAG 2.x A/AA plus best practices. */
export async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
