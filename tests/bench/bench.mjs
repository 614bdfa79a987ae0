#!/usr/bin/env node
// npm run bench: build, serve build/ (gzip front, see browser.mjs), then measure and print one
// table; exits 1 when a budget is missed. Not part of `npm test` (slow; numbers depend on the
// machine). Options:
//   --no-build        measure the build/ that is there
//   --no-gzip         serve without compression (what tests/support/serve.mjs alone sends)
//   --skip=lh,js,scroll   leave out parts
//   --routes=/,/teach     Lighthouse and JS on these routes only
//   --runs=N          Lighthouse runs per route and preset (default 5); each figure is their median
//   --json=FILE       also write the raw results
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { freePort, serve } from './browser.mjs';
import { measureJs } from './js-size.mjs';
import { runLighthouse, skipsFor } from './lighthouse.mjs';
import { measureScroll } from './scroll.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const skip = new Set(String(args.skip ?? '').split(','));
const RUNS = Math.max(1, Number(args.runs ?? 5) || 5);

const KB = 1024;
const BUDGET = {
	mobilePerformance: 98,
	otherScores: 100, // accessibility, best practices, SEO: every route, both presets
	cls: 0.001,
	tbt: 50,
	mobileLcp: 1500,
	// The story in every edition (`/`, `/ru/`, `/ar/`), and every embed in every edition.
	jsGzip: (route) => (/^\/(ru\/|ar\/)?$/.test(route) ? 50 * KB : /^\/((ru|ar)\/)?embed\//.test(route) ? 35 * KB : Infinity),
	longTasks: 0
};

const log = (m) => process.stderr.write(m + '\n');
const t0 = Date.now();
const loadAtStart = loadavg()[0];

if (!args['no-build']) {
	log('building (npx vite build)…');
	const b = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (b.status !== 0) {
		log((b.stdout + b.stderr).split('\n').slice(-40).join('\n'));
		log('build failed (if ENOENT under .svelte-kit/output: another build ran at the same time; rerun)');
		process.exit(2);
	}
}
// The charts' embeds, from the list the build writes (the registry's).
const embeds = () => JSON.parse(readFileSync('build/data/charts.json', 'utf8')).map((c) => c.embed);
const ROUTES = args.routes ? String(args.routes).split(',') : ['/', '/ru/', '/ar/', ...embeds(), '/present', '/ru/present', '/ar/present', '/teach', '/ru/teach', '/ar/teach'];
for (const r of ROUTES) {
	const file = r.endsWith('/') ? `build${r}index.html` : `build${r}.html`;
	if (!existsSync(file)) {
		log(`missing ${file}: build clobbered or route gone`);
		process.exit(2);
	}
}

const server = await serve(await freePort(), { gzip: !args['no-gzip'] });
log(`serving build/ on ${server.origin}${args['no-gzip'] ? '' : ' (gzip)'}`);
let js = {};
let scroll = [];
let lh = [];
try {
	if (!skip.has('js')) {
		log('client JS…');
		js = await measureJs(server.origin, ROUTES);
	}
	if (!skip.has('scroll')) {
		log('scripted scroll, 4× CPU…');
		scroll = await measureScroll(server.origin);
	}
	if (!skip.has('lh')) lh = await runLighthouse(server.origin, ROUTES, ['mobile', 'desktop'], log, RUNS);
} finally {
	server.stop();
}

// One table. A ✗ marks a figure over budget; the list below says by how much.
const misses = [];
const check = (ok, cell, what) => {
	if (!ok) misses.push(what);
	return ok ? cell : `${cell} ✗`;
};
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
/** The range of a median's runs, e.g. " (12–70)". */
const spread = (range) => (RUNS > 1 && range ? ` (${Math.round(range[0])}–${Math.round(range[1])})` : '');
const rows = [];
for (const route of ROUTES) {
	for (const preset of ['mobile', 'desktop']) {
		const r = lh.find((x) => x.route === route && x.preset === preset);
		const j = preset === 'mobile' ? js[route] : undefined;
		const where = `${route} ${preset}`;
		const score = (v, min, name) => check(v >= min, String(v), `${where}: ${name} ${v} < ${min}`);
		rows.push([
			route,
			preset,
			r ? (preset === 'mobile' ? score(r.performance, BUDGET.mobilePerformance, 'performance') : String(r.performance)) : '',
			r ? score(r.accessibility, BUDGET.otherScores, 'accessibility') : '',
			r ? score(r.bestPractices, BUDGET.otherScores, 'best practices') : '',
			r ? score(r.seo, BUDGET.otherScores, 'SEO') + (skipsFor(route).length ? '*' : '') : '',
			r ? (preset === 'mobile' ? check(r.lcp <= BUDGET.mobileLcp, `${(r.lcp / 1000).toFixed(2)} s`, `${where}: LCP ${Math.round(r.lcp)} ms > ${BUDGET.mobileLcp}`) : `${(r.lcp / 1000).toFixed(2)} s`) : '',
			r ? check(r.tbt <= BUDGET.tbt, `${Math.round(r.tbt)} ms${spread(r.tbtRange)}`, `${where}: TBT ${Math.round(r.tbt)} ms > ${BUDGET.tbt}`) : '',
			r ? check(r.cls <= BUDGET.cls, r.cls.toFixed(3), `${where}: CLS ${r.cls.toFixed(4)} > ${BUDGET.cls}`) : '',
			j ? kb(j.raw) : '',
			j ? check(j.gzip <= BUDGET.jsGzip(route), kb(j.gzip), `${route}: JS ${kb(j.gzip)} gzip > ${kb(BUDGET.jsGzip(route))}`) : '',
			'',
			''
		]);
		if (r?.failing.length) misses.push(`${where}: failing audits: ${r.failing.join(', ')}`);
	}
}
for (const s of scroll) {
	const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)}` : '–');
	rows.push([
		`/ scroll ${s.viewport}`,
		'4× CPU',
		...Array(9).fill(''),
		check(s.longTasks <= BUDGET.longTasks, s.longTasks ? `${s.longTasks} (max ${Math.round(s.longestTask)} ms)` : '0', `scroll ${s.viewport}: ${s.longTasks} long task(s), longest ${Math.round(s.longestTask)} ms`),
		`${s.changes}/${s.steps - 4} · ${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)} ms`
	]);
	if (s.longTasks) misses.push(`scroll ${s.viewport}: long tasks: ${s.tasks.join('; ')}`);
	if (s.errors.length) misses.push(`scroll ${s.viewport}: page errors: ${s.errors.join('; ')}`);
}
const head = ['Route', 'Preset', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'JS raw', 'JS gzip', 'Long tasks', 'Step changes · median / p95 / max'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
console.log(
	`\nLighthouse: each figure is the median of ${RUNS} run(s) per route and preset (TBT: the runs' range in brackets);` +
		` accessibility, best practices and SEO: the worst run.` +
		`\nBudgets: mobile performance ≥ ${BUDGET.mobilePerformance}; accessibility, best practices, SEO = 100; CLS ≤ ${BUDGET.cls};` +
		` TBT ≤ ${BUDGET.tbt} ms; mobile LCP ≤ ${BUDGET.mobileLcp / 1000} s; JS gzip: story ≤ 50 KB, embeds ≤ 35 KB (KB = 1024 B);` +
		` no long task (> 50 ms) in the scroll.\n* SEO without is-crawlable: embeds are noindex on purpose.` +
		`\nStep changes: how many steps changed the chart / steps crossed; time from the scroll event in which a step crossed` +
		` the trigger line to the first animation frame after the chart's data-step changed (see scroll.mjs).` +
		(lh[0] ? `\nLighthouse benchmarkIndex ${Math.round(Math.min(...lh.map((r) => r.benchmarkIndex)))}–${Math.round(Math.max(...lh.map((r) => r.benchmarkIndex)))}.` : '') +
		`\nLoad average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, on ${availableParallelism()} cores; ${((Date.now() - t0) / 1000).toFixed(0)} s in all.`
);
// Timings (TBT, LCP, long tasks) grow with whatever else the machine is doing (the load at the
// end includes the bench's own Chromium, so only the load before it started is judged).
if (loadAtStart > availableParallelism() / 2)
	console.log('Warning: the machine was busy before the run started; timings are inflated. Run again when it is idle.');
const warnings = [...new Set(lh.flatMap((r) => r.warnings))];
if (warnings.length) console.log(`Lighthouse warnings: ${warnings.join(' | ')}`);
if (args.json) writeFileSync(String(args.json), JSON.stringify({ js, scroll, lh }, null, 2));
if (misses.length) {
	console.log(`\n${misses.length} budget miss(es):\n- ${misses.join('\n- ')}`);
	process.exit(1);
}
console.log(`\nAll budgets met${args.skip || args.routes ? ' (of what was measured)' : ''}.`);
