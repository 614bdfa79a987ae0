import { describe, expect, it } from 'vitest';
import { story as raw } from '$data/story';
import { assertValid } from '$lib/data/validate';
import { chartRows } from '$lib/data/csv';
import { delegationSeries } from '$lib/data/series';
import { CHART_SLUGS, chart } from '$lib/charts/registry';

const story = assertValid(raw);
/** Internal ids and codes readers must never see. */
const IDS = /seed-0\d\d|\btrt\b|\bmenafn\b|syrian-observer|\b(in-force|under-review|foreign-affairs|to-moscow|to-damascus|head-of-state|deputy-minister)\b|^(other|none|russia|syria|range|count|event)$/;

describe.each(CHART_SLUGS)('%s: table, caption and downloads in readers’ words', (slug) => {
	const text = chart(slug).text(story);

	it('shows no id or code in the table, and one row per CSV row', () => {
		expect(text.table.rows).toHaveLength(chartRows(slug, story).length);
		for (const row of text.table.rows)
			for (const col of text.table.columns) expect(String(row[col.key] ?? ''), `${col.label}: ${row[col.key]}`).not.toMatch(IDS);
	});

	it('says what each state shows in one short, capitalised sentence', () => {
		expect(text.states).toHaveLength(chart(slug).states(story).length);
		for (const s of text.states) {
			expect(s).toMatch(/^[A-Z0-9“].{10,260}\.$/);
			expect(s).not.toMatch(IDS);
		}
	});

	it('shows no id in the title, takeaway, description, source line or mark details', () => {
		for (const t of [text.title, text.takeaway, text.description, text.sourceLine]) expect(t).not.toMatch(/seed-0\d\d|\btrt\b|\bmenafn\b|syrian-observer/);
		const keys =
			slug === 'agreements'
				? story.agreements.flatMap((a) => a.history.map((_, i) => `${a.id}:${i}`))
				: slug === 'delegations'
					? delegationSeries(story).flatMap((c) => c.marks.map((m) => m.key))
					: chartRows(slug, story).map((r) => String(r.id));
		for (const k of keys) {
			const d = text.detailFor(k);
			expect(d, k).not.toBeNull();
			if (d) expect(JSON.stringify(d)).not.toMatch(/seed-0\d\d|"trt"|\bmenafn\b|syrian-observer/);
		}
	});

	it('has a CSV naming every source by outlet and headline, never by our internal id', () => {
		for (const row of chartRows(slug, story)) {
			expect(row).not.toHaveProperty('source_ids');
			const sources = String(row.sources).split('; ');
			const headlines = String(row.headlines).split('; ');
			expect(headlines).toHaveLength(sources.length);
			for (const h of headlines) expect(story.sources.map((s) => s.headline)).toContain(h);
			expect(String(row.sources)).not.toMatch(/seed-0|\btrt\b|menafn/);
		}
	});
});

describe('chart words', () => {
	it('say money as the articles do', () => {
		expect(chart('trade-range').text(story).table.rows[0]).toMatchObject({ low_usd: '$650 million', high_usd: '$1 billion' });
	});

	it('the delegations takeaway says what the articles support, not a "shift to defence"', () => {
		const t = chart('delegations').text(story).takeaway;
		expect(t).not.toMatch(/shift|widen|diplomats and envoys/i);
		expect(t).toContain('defence and intelligence officials only in July 2025');
	});

	it('the cadence description names who gives each July date', () => {
		expect(chart('meeting-cadence').text(story).description).toContain('“Syria - Russia: A pragmatic rapprochement” gives 3 July 2025; TRT World gives 31 July 2025.');
	});

	it('keep proper nouns capitalised', () => {
		const all = CHART_SLUGS.map((slug) => chart(slug).text(story)).map((t) => t.description + t.takeaway).join(' ');
		expect(all).not.toMatch(/\b(russians|syrians|damascus|moscow|russia–syria|july|october)\b/);
		expect(chart('meeting-cadence').text(story).description).toContain('(Russians to Damascus, deputy minister)');
	});
});
