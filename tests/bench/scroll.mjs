// A scripted scroll through the whole story with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), at a phone and a desktop viewport.
//
// Long tasks: a buffered PerformanceObserver('longtask') installed before any page script runs;
// only tasks that start after the scroll begins count (loading is Lighthouse's business).
//
// Step-change latency, measured in the page, honestly and simply:
//  - a passive scroll listener notes, for every step of every scrolly, the scroll event in which
//    the step's top is first above the trigger line (60% of the viewport, scrollama's offset):
//    `crossed[slug][i] = performance.now()`. Chromium dispatches scroll events at the start of
//    the frame after the offset changed, before rAF and before IntersectionObserver (scrollama)
//    sees the crossing, so this is the earliest moment the page could know (the listener's own
//    cost, 19 getBoundingClientRect calls on an already laid-out page, is well under 1 ms);
//  - a MutationObserver on each `figure[data-chart]` watches `data-step`; when it becomes i, we
//    wait for the next animation frame after that DOM update (the first frame that can paint
//    the new state) and record `performance.now()` there minus `crossed[slug][i]`.
// Whatever sits in between — scrollama's IntersectionObserver callback, the 120 ms scroll
// debounce or `scrollend` fallback, Svelte's update — is inside the figure. Changes whose step
// never crossed during the scroll (e.g. the state set on load) are not counted.
//
// The scroll itself: mouse-wheel events of 120 px every 40 ms (a brisk but human reader) until
// the page bottom, then a short settle so trailing step changes land.
import { chromium } from '@playwright/test';
import { chromePath, chromeFlags } from './browser.mjs';

function instrument() {
	const w = /** @type {any} */ (window);
	const bench = (w.__bench = { longtasks: [], changes: [], crossed: {}, start: Infinity });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const line = () => innerHeight * 0.6;
	const setup = () => {
		const scrollies = [...document.querySelectorAll('[data-scrolly]')].map((el) => ({
			slug: el.getAttribute('data-scrolly'),
			// A step changes when its card crosses the line (watchSteps).
			steps: [...el.querySelectorAll('.steps > .step > .card')],
			fig: el.querySelector('figure[data-chart]')
		}));
		const above = new Map();
		for (const s of scrollies) {
			bench.crossed[s.slug] = {};
			s.steps.forEach((st) => above.set(st, st.getBoundingClientRect().top <= line()));
			new MutationObserver(() => {
				const step = Number(s.fig.getAttribute('data-step'));
				const t0 = bench.crossed[s.slug][step];
				const at = performance.now();
				requestAnimationFrame(() => {
					if (t0 !== undefined && t0 >= bench.start)
						bench.changes.push({ slug: s.slug, step, at, ms: performance.now() - t0 });
				});
			}).observe(s.fig, { attributes: true, attributeFilter: ['data-step'] });
		}
		// Runs in the scroll event, which Chromium dispatches in the frame after the offset changes,
		// before rAF and before IntersectionObserver (scrollama) is computed for that frame.
		addEventListener(
			'scroll',
			() => {
				const now = performance.now();
				for (const s of scrollies)
					s.steps.forEach((st, i) => {
						const isAbove = st.getBoundingClientRect().top <= line();
						if (isAbove && !above.get(st) && bench.crossed[s.slug][i] === undefined) bench.crossed[s.slug][i] = now;
						above.set(st, isAbove);
					});
			},
			{ passive: true, capture: true }
		);
	};
	addEventListener('DOMContentLoaded', setup);
}

async function scrollOnce(browser, origin, viewport) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(instrument);
	await page.goto(origin + '/', { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500);
	await page.mouse.move(viewport.width / 2, viewport.height / 2);
	await page.evaluate(() => (/** @type {any} */ (window).__bench.start = performance.now()));
	for (let i = 0; i < 2000; i++) {
		await page.mouse.wheel(0, 120);
		await page.waitForTimeout(40);
		if (i % 10 === 9) {
			const end = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
			if (end) break;
		}
	}
	await page.waitForTimeout(1500);
	const r = await page.evaluate(() => /** @type {any} */ (window).__bench);
	const steps = await page.evaluate(() => document.querySelectorAll('[data-scrolly] .steps > .step').length);
	await context.close();
	const long = r.longtasks.filter((t) => t.start >= r.start);
	const ms = r.changes.map((c) => c.ms).sort((a, b) => a - b);
	const pct = (p) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] : NaN);
	return {
		viewport: `${viewport.width}×${viewport.height}`,
		steps,
		changes: ms.length,
		median: pct(0.5),
		p95: pct(0.95),
		max: ms.length ? ms[ms.length - 1] : NaN,
		longTasks: long.length,
		longestTask: long.reduce((m, t) => Math.max(m, t.duration), 0),
		// What each long task did: the step changes that happened inside it, if any.
		tasks: long.map((t) => {
			const inside = r.changes.filter((c) => c.at >= t.start && c.at <= t.start + t.duration);
			return `${Math.round(t.duration)} ms${inside.length ? ` (${inside.map((c) => `${c.slug} → ${c.step}`).join(', ')})` : ''}`;
		}),
		errors
	};
}

export async function measureScroll(origin) {
	const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
	try {
		return [
			await scrollOnce(browser, origin, { width: 390, height: 844 }),
			await scrollOnce(browser, origin, { width: 1280, height: 800 })
		];
	} finally {
		await browser.close();
	}
}
