// Lighthouse 12 (Node 20) on each route, mobile (the default config: Moto G-class screen,
// simulated slow 4G and 4× CPU) and desktop (lighthouse/core/config/desktop-config.js), one
// Chromium for all runs, routes strictly one after another (two cores: parallel runs would
// distort each other's timings). Each route and preset runs `runs` times and each figure is the
// median of its runs, as Lighthouse's own guide on variability advises: on a shared two-core
// machine one run's TBT swings by 100 ms and more, even on a page with no script at all.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromePath, chromeFlags } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Embeds carry <meta name="robots" content="noindex"> on purpose (the story is the page to
 * index, not a bare chart), in every edition: that fails SEO's `is-crawlable` audit by design. There that audit is skipped, so the SEO score measures
 * everything else; the table marks those scores.
 */
export const skipsFor = (route) => (/^\/((ru|ar)\/)?embed\//.test(route) ? ['is-crawlable'] : []);

const median = (values) => {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const m = v.length >> 1;
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** One figure per metric from several runs: timings and the performance score by median; the
 * other scores (the same audits every run) by the worst run, with every audit any run failed. */
export function combineRuns(runs) {
	const first = runs[0];
	const pick = (k) => runs.map((r) => r[k]);
	return {
		route: first.route,
		preset: first.preset,
		runs: runs.length,
		performance: median(pick('performance')),
		accessibility: Math.min(...pick('accessibility')),
		bestPractices: Math.min(...pick('bestPractices')),
		seo: Math.min(...pick('seo')),
		lcp: median(pick('lcp')),
		tbt: median(pick('tbt')),
		cls: median(pick('cls')),
		tbtRange: [Math.min(...pick('tbt')), Math.max(...pick('tbt'))],
		lcpRange: [Math.min(...pick('lcp')), Math.max(...pick('lcp'))],
		failing: [...new Set(runs.flatMap((r) => r.failing))],
		warnings: [...new Set(runs.flatMap((r) => r.warnings))],
		benchmarkIndex: median(pick('benchmarkIndex'))
	};
}

export async function runLighthouse(origin, routes, presets = ['mobile', 'desktop'], log = () => {}, runs = 1) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: [...chromeFlags.filter((f) => f !== '--headless'), '--headless=new'],
		logLevel: 'silent'
	});
	const out = [];
	try {
		for (const route of routes) {
			for (const preset of presets) {
				const each = [];
				for (let run = 0; run < runs; run++) each.push(await runOnce(chrome, origin, route, preset, log));
				out.push(combineRuns(each));
			}
		}
	} finally {
		chrome.kill();
	}
	return out;
}

/** One Lighthouse run of one route with one preset. */
async function runOnce(chrome, origin, route, preset, log) {
	const t0 = Date.now();
	const flags = {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES,
		skipAudits: skipsFor(route)
	};
	const config = preset === 'desktop' ? desktopConfig : undefined;
	const result = await lighthouse(origin + route, flags, config);
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned nothing for ${route} (${preset})`);
	if (lhr.runtimeError) throw new Error(`${route} (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const score = (c) => (lhr.categories[c]?.score == null ? NaN : Math.round(lhr.categories[c].score * 100));
	const num = (a) => lhr.audits[a]?.numericValue ?? NaN;
	// Audits that cost points outside performance, so a miss says why at once.
	const failing = [];
	for (const c of ['accessibility', 'best-practices', 'seo'])
		for (const ref of lhr.categories[c]?.auditRefs ?? []) {
			const a = lhr.audits[ref.id];
			if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${c}: ${ref.id}`);
		}
	const one = {
		route,
		preset,
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcp: num('largest-contentful-paint'),
		tbt: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		failing,
		warnings: lhr.runWarnings ?? [],
		benchmarkIndex: lhr.environment?.benchmarkIndex
	};
	log(`lighthouse ${preset.padEnd(7)} ${route} ${((Date.now() - t0) / 1000).toFixed(0)} s, TBT ${Math.round(one.tbt)} ms`);
	return one;
}
