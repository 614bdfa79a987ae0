// Client JavaScript per route: every script the page actually loads (the entry, its modulepreloaded
// chunks and anything imported lazily once it runs, such as scrollama on the story), plus the
// page's inline scripts (SvelteKit's bootstrap). Counted raw and gzipped, file by file, with
// node:zlib at level 9 — what a static host that compresses would send. JSON blocks
// (ld+json, SvelteKit's serialized data) are not JavaScript and are not counted.
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromePath, chromeFlags } from './browser.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export async function measureJs(origin, routes) {
	const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
	const out = {};
	try {
		for (const route of routes) {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			const bodies = new Map();
			const pending = [];
			page.on('response', (res) => {
				const req = res.request();
				if (req.resourceType() !== 'script' || !res.url().startsWith(origin)) return;
				pending.push(res.body().then((b) => bodies.set(res.url(), b)));
			});
			const errors = [];
			page.on('requestfailed', (r) => errors.push(r.url()));
			await page.goto(origin + route, { waitUntil: 'networkidle' });
			// Give lazy imports started on mount (after hydration) a moment to land.
			await page.waitForTimeout(500);
			await page.waitForLoadState('networkidle');
			await Promise.all(pending);
			const inline = await page.evaluate(() =>
				[...document.querySelectorAll('script:not([src])')]
					.filter((s) => !/json/i.test(s.type))
					.map((s) => s.textContent ?? '')
			);
			await page.close();
			if (errors.length) throw new Error(`${route}: failed requests ${errors.join(', ')} (build clobbered? rerun)`);
			const list = [...bodies].map(([url, b]) => ({ file: url.slice(origin.length), raw: b.length, gzip: gz(b) }));
			for (const s of inline) list.push({ file: '(inline)', raw: Buffer.byteLength(s), gzip: gz(Buffer.from(s)) });
			list.sort((a, b) => b.gzip - a.gzip);
			const sum = (k) => list.reduce((n, f) => n + f[k], 0);
			out[route] = { files: bodies.size, inline: inline.length, raw: sum('raw'), gzip: sum('gzip'), list };
		}
	} finally {
		await browser.close();
	}
	return out;
}
