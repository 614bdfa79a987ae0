/**
 * Every quotation a chart shows (caption, takeaway, description, labels, annotations, table,
 * mark details) is verbatim in the articles: inside a quote of the data, whose quotes
 * `npm run quotes` holds to the seeds. SVG lines are joined first, so a quote wrapped over two
 * lines is read whole.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { story } from '$lib/data';
import { CHART_SLUGS, stepsOf } from '$lib/charts/registry';
import { misquotes } from '$lib/cite/quotes';
import { serverHtml } from './ssr-helpers';

const pool: string[] = [];
const walk = (v: unknown) => {
	if (Array.isArray(v)) v.forEach(walk);
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) {
			if (k === 'citations' && Array.isArray(x)) for (const c of x as { quote: string }[]) pool.push(c.quote);
			else walk(x);
		}
};
walk(story);
pool.push(...story.sources.map((s) => s.headline));

/** The seeds themselves, where this checkout has them beside it (CI does). */
const seedDir = '../shared/seeds';
const seeds = existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(`${seedDir}/${f}`, 'utf8').replace(/\s+/g, ' ')) : [];

/** What a chart says: its text, with each SVG <text> read as one line. */
function shownText(html: string): string {
	const doc = new JSDOM(html).window.document;
	for (const t of doc.querySelectorAll('text')) {
		const spans = [...t.querySelectorAll('tspan')];
		if (spans.length) t.textContent = spans.map((s) => s.textContent).join(' ');
	}
	// Mark details live in templates; read them too.
	const templates = [...doc.querySelectorAll('template')].map((t) => t.innerHTML.replace(/<[^>]+>/g, ' '));
	return `${doc.body.textContent ?? ''} ${templates.join(' ')}`.replace(/\s+/g, ' ');
}

describe('every quotation in every chart state is verbatim', () => {
	for (const slug of CHART_SLUGS) {
		it(slug, () => {
			const steps = stepsOf(slug, story);
			const bad = new Set<string>();
			let seen = 0;
			for (let step = 0; step < steps; step++) {
				const shown = shownText(serverHtml(slug, { data: story, step }));
				seen += misquotes(shown, []).length;
				for (const q of misquotes(shown, pool)) bad.add(q);
				if (seeds.length) for (const q of misquotes(shown, seeds)) bad.add(`${q} (not in any article)`);
			}
			expect(seen, `${slug} shows quotations`).toBeGreaterThan(0);
			expect([...bad]).toEqual([]);
		});
	}
});
