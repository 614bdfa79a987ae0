/**
 * Corrections from the copy desk's review that a data or wording edit could silently undo:
 * statuses that must not go beyond the articles, one way of counting statuses, hedges kept,
 * and downloads that show no internal ids and no invented dates.
 */
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { chartCsv, chartRows } from '$lib/data/csv';
import { agreementsText, statusSentences, statusSummary } from '$lib/charts/agreements/text';
import { agreementsLayout } from '$lib/charts/agreements/layout';
import { cadenceText } from '$lib/charts/meeting-cadence/text';
import { f } from '$lib/story/facts';
import { CHART_SLUGS, stepsOf } from '$lib/charts/registry';

const agreement = (id: string) => story.agreements.find((a) => a.id === id)!;

describe('agreement statuses stay within what the articles say', () => {
	it('Goznak: "is said to have signed", no year given — never "agreed", never dated to a year', () => {
		const g = agreement('goznak-currency-contract');
		for (const h of g.history) {
			expect(h.status).not.toBe('agreed');
			expect(h.status).not.toBe('in-force');
			expect(h.reportedOnly).toBe(true);
		}
		expect(g.history.some((h) => h.citations.some((c) => c.quote.includes('is said to have signed')))).toBe(true);
		const row = chartRows('agreements', story).find((r) => r.agreement === 'goznak-currency-contract')!;
		expect(row.date).toMatch(/^date not given/);
		const label = agreementsText(story).table.rows.find((r) => String(r.title).startsWith('Goznak'))!;
		expect(label.status).toBe('Reportedly signed');
		expect(label.date).toMatch(/^date not given/);
	});

	it('no "In force" for Hmeimim, Qamishli or the Soviet-built infrastructure', () => {
		for (const id of ['hmeimim-base', 'qamishli-base', 'soviet-infrastructure'])
			expect(agreement(id).history.map((h) => h.status), id).not.toContain('in-force');
	});

	it('the oil contracts are not "Proposed" on MENAFN’s "are expected"', () => {
		const h = agreement('phosphate-oil-contracts').history.find((x) => x.claimedBy === 'menafn')!;
		expect(h.status).not.toBe('proposed');
	});

	it('the bases are not labelled "Disputed" between articles that do not contradict each other', () => {
		for (const id of ['tartus-base', 'hmeimim-base']) {
			expect(agreement(id).history.map((h) => h.status), id).not.toContain('disputed');
			expect(agreement(id).history.map((h) => h.claimedBy).join(' '), id).not.toMatch(/\bvs\b/);
		}
	});

	it('the reparations row has no status TRT World does not report (it reports only silence)', () => {
		expect(agreement('reparations-demand').history.map((h) => h.claimedBy)).not.toContain('trt');
	});

	it('Bogdanov’s "As far as we know" stays with his words wherever readers see them', () => {
		const texts = [
			...story.agreements.flatMap((a) => a.history.map((h) => h.note ?? '')),
			...story.disagreements.flatMap((d) => d.claims.map((c) => c.says)),
			...story.events.flatMap((e) => e.outcomes)
		].filter((t) => t.includes('has not changed yet'));
		expect(texts.length).toBeGreaterThan(0);
		for (const t of texts) expect(t).toContain('As far as we know');
	});
});

describe('status counts: one function for the prose, the takeaway and the annotation', () => {
	it('agree everywhere', () => {
		const summary = statusSummary(story.agreements);
		expect(f.statusSummary).toBe(summary);
		// The chart's words give the same counts in short sentences.
		const sentences = statusSentences(story.agreements, true);
		expect(sentences.toLowerCase().replace(/\./g, ';').replace(/; ?$/, '')).toBe(summary.replace('; and ', '; '));
		expect(agreementsText(story).takeaway).toContain(sentences);
		const all = agreementsLayout(story, 640, stepsOf('agreements', story) - 1).annotation.join(' ');
		expect(all).toContain(`All ${story.agreements.length} together`);
		// The annotation wraps lines; compare with whitespace normalised.
		expect(all.replace(/\s+/g, ' ')).toContain(sentences);
		// Every agreement is counted once in the summary's numbers.
		const counted = [...summary.matchAll(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/g)].map((m) => m[1]!);
		const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
		expect(counted.reduce((a, n) => a + (Number(n) || WORDS.indexOf(n) + 1), 0)).toBe(story.agreements.length);
		expect(agreementsText(story).takeaway).not.toMatch(/\bonly\b/);
	});
});

describe('downloads and chart words', () => {
	it('no CSV carries our internal source ids or the word "seed"', () => {
		for (const slug of CHART_SLUGS) {
			const csv = chartCsv(slug, story);
			expect(csv, slug).not.toMatch(/seed/i);
			expect(csv, slug).not.toMatch(/\b(trt|menafn|syrian-observer)\b/);
			expect(csv.split('\n')[0], slug).not.toMatch(/source_ids|\bclaimed_by\b|\baccount_of\b/);
		}
	});

	it('claimed_dates hold only what the articles give (no invented mid-month days)', () => {
		for (const r of chartRows('meeting-cadence', story)) {
			const e = story.events.find((x) => x.id === r.id)!;
			const given = e.date.claims?.length ? e.date.claims.map((c) => c.date) : [e.date.date];
			for (const d of given) expect(String(r.claimed_dates), String(r.id)).toContain(d);
			if (e.date.precision !== 'day' && e.date.precision !== 'disputed') expect(String(r.claimed_dates)).not.toMatch(/\d{4}-\d\d-\d\d/);
		}
	});

	it('trade-range CSV: `wording` is the article’s words, our description is under `note`', () => {
		const row = chartRows('trade-range', story).find((r) => r.id === 'investment-projects')!;
		expect(row.wording).toContain('around 40 ongoing investment projects');
		expect(row.note).toBeTruthy();
	});

	it('the cadence takeaway does not merge the two July accounts', () => {
		expect(cadenceText(story).takeaway).toMatch(/five if the two July dates are two visits/);
	});

	it('the site description attributes TRT World’s argument instead of stating it', () => {
		expect(f.description).not.toMatch(/went from .*patron to a partner/);
		expect(f.description).toContain('TRT World');
	});
});

describe('the July review is dated as the one article that reports it dates it', () => {
	it('every TRT-only July status entry sits on the last day of July, never on "3 or 31 July"', () => {
		const july = story.agreements.flatMap((a) => a.history.filter((h) => h.date.startsWith('2025-07')).map((h) => ({ id: a.id, h })));
		expect(july.length).toBeGreaterThan(0);
		for (const { id, h } of july) {
			const sources = new Set(h.citations.map((c) => c.source));
			if (sources.size === 1 && sources.has('trt')) expect(`${id}: ${h.date} ${h.precision}`).toBe(`${id}: 2025-07-31 day`);
			expect(h.precision, id).not.toBe('disputed');
		}
	});
});
