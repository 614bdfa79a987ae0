/**
 * One test per finding of the final independent review fixed in the data and charts
 * (.scratch/final-review.md): a regression of any of them fails here.
 */
import { describe, expect, it } from 'vitest';
import { story as raw } from '$data/story';
import { assertValid } from '$lib/data/validate';
import { chartRows } from '$lib/data/csv';
import { delegationSeries, singleSourcePresences } from '$lib/data/series';
import { f as facts } from '$lib/story/facts';
import { agreementsText } from '$lib/charts/agreements/text';
import { cadenceText } from '$lib/charts/meeting-cadence/text';
import { delegationsText } from '$lib/charts/delegations/text';
import { statusFamily } from '$lib/charts/palette';
import { en } from '$lib/charts/words/en';

const statusLabel = en.labels.status;

const story = assertValid(raw);
const agreement = (id: string) => story.agreements.find((a) => a.id === id)!;
const TRT_FROM = 'from 31 July 2025 (TRT World: visit began “on the last day of July”)';

describe('final review', () => {
	it('F-12: the bases disagreement note says "no agreement on their future" once, not twice', () => {
		const d = story.disagreements.find((x) => x.note.includes('Qamishli'))!;
		expect(d.note).not.toContain('No article reports an agreement on their future.');
		const sentences = d.note.split(/(?<=[.!?])\s+/);
		expect(new Set(sentences).size).toBe(sentences.length);
	});

	it('F-15: the clashes are "Clashes between government forces and …", records kept', () => {
		for (const id of ['alawite-clashes', 'druze-clashes']) {
			const e = story.events.find((x) => x.id === id)!;
			expect(e.title).toMatch(/^Clashes between government forces and /);
		}
		expect(story.events.some((e) => /bloody/i.test(e.title))).toBe(false);
		expect(cadenceText(story).description).not.toMatch(/bloody/i);
	});

	it('F-16: the reparations call is in the proposed family, not "requested"', () => {
		const h = agreement('reparations-demand').history.at(-1)!;
		expect(h.status).toBe('proposed');
		expect(statusFamily[h.status]).toBe('pending');
		const rows = agreementsText(story).table.rows.filter((r) => r.title === 'Syrian call for Russian reparations');
		expect(rows.at(-1)).toMatchObject({ status: 'Proposed', date: 'about October 2025' });
		expect(rows.map((r) => r.status)).not.toContain('Requested');
	});

	it('F-17: al-Sharaa’s promise to respect the Assad-era agreements is an intention, not "In force"', () => {
		const h = agreement('assad-era-agreements').history.find((x) => x.claimedBy.startsWith('ahmed-al-sharaa ('))!;
		expect(h.status).not.toBe('in-force');
		expect(statusFamily[h.status]).toBe('pending');
		expect(statusLabel[h.status]).toBe('Promised to respect');
		expect(h.note).toContain('"promised to respect');
		const row = agreementsText(story).table.rows.find((r) => r.status === 'Promised to respect')!;
		expect(row.claimed_by).toBe('Ahmed al-Sharaa (as reported by “Syria - Russia: A pragmatic rapprochement”; MENAFN)');
		expect(agreementsText(story).description).not.toMatch(/in force October 2025/);
	});

	it('F-18: the Kuznetsov claim keeps "certain Gulf monarchies" and "less costly"', () => {
		const says = story.disagreements.flatMap((d) => d.claims).find((c) => c.says.includes('Gulf monarchies'))!.says;
		expect(says).toContain('certain Gulf monarchies');
		expect(says).toContain('less costly');
		expect(says).not.toContain('cheaper');
	});

	it('F-19: Bogdanov’s envoy title is credited to Asharq Al-Awsat in his January row', () => {
		const row = delegationsText(story).table.rows.find((r) => r.name === 'Mikhail Bogdanov')!;
		expect(row.role).toContain('Presidential envoy to the Middle East and North Africa');
		expect(row.sources).toContain('Asharq Al-Awsat, translated by The Syrian Observer');
		const csv = chartRows('delegations', story).find((r) => r.person === 'mikhail-bogdanov')!;
		expect(csv.title_only_sources).toBe('Asharq Al-Awsat, translated by The Syrian Observer');
	});

	it('F-21: what TRT World dates only by the visit’s start is labelled "from 31 July", never as a meeting day', () => {
		const trtOnly = story.agreements.flatMap((a) =>
			a.history.filter((h) => h.date === '2025-07-31').map((h) => ({ a, h }))
		);
		expect(trtOnly.length).toBe(4);
		const table = agreementsText(story).table.rows.filter((r) => String(r.date).includes('31 July'));
		expect(table).toHaveLength(4);
		for (const r of table) expect(r.date).toBe(TRT_FROM);
		const csv = chartRows('agreements', story).filter((r) => String(r.date).includes('31 July'));
		expect(csv).toHaveLength(4);
		for (const r of csv) expect(r.date).toBe(TRT_FROM);
		expect(agreementsText(story).description).not.toMatch(/(?<!from )31 July 2025/);
		const trtCol = delegationSeries(story).find((c) => c.id === 'july-ministers@2025-07-31')!;
		expect(trtCol.dateLabel).toBe(TRT_FROM);
		expect(trtCol.chartDate).toBe('from 31 July 2025 (TRT World)');
		for (const r of chartRows('delegations', story).filter((x) => x.account_of_name === 'TRT World')) expect(r.event_date).toBe(TRT_FROM);
		for (const r of delegationsText(story).table.rows.filter((x) => String(x.date).includes('31 July'))) expect(r.date).toBe(TRT_FROM);
	});

	it('F-3/F-10: every presence in one article’s July column rests on that article; an unnamed minister is not a group', () => {
		const july = delegationSeries(story).filter((c) => c.event === 'july-ministers');
		for (const c of july) for (const m of c.marks) expect(m.oneSource, m.key).toBe(c.claim!.source);
		for (const col of ['july-ministers@2025-07-03', 'july-ministers@2025-07-31']) {
			const shaibani = july.find((c) => c.id === col)!.marks.find((m) => m.person === 'asaad-al-shaibani')!;
			expect(shaibani.oneSource).not.toBeNull();
		}
		const csv = chartRows('delegations', story).filter((r) => r.event === 'july-ministers');
		for (const r of csv) expect(r.one_article_only, String(r.name)).toBe('yes');
		const table = delegationsText(story).table.rows.filter((r) => r.contact === 'Syrian ministerial delegation in Moscow');
		for (const r of table) expect(r.one, String(r.name)).not.toBe('No');
		const presences = singleSourcePresences(story).filter((p) => p.event === 'july-ministers');
		expect(presences.filter((p) => p.person === 'asaad-al-shaibani').map((p) => p.source).sort()).toEqual(['seed-004', 'trt']);
		expect(presences.filter((p) => p.person === 'murhaf-abu-qasra').map((p) => p.source)).toEqual(['seed-004']);
		const f = facts;
		expect(f.oneSourceCount).toBe('15');
		// The two January groups ("representatives from several … agencies"); TRT World's unnamed
		// defence minister is one person, a presence, not a group.
		expect(f.unnamedCount).toBe('two');
	});

	it('F-1: the contacts chart does not call the July date "disputed"; it gives one-visit and two-visit gaps', () => {
		const t = cadenceText(story);
		const row = t.table.rows.find((r) => r.title === 'Syrian ministerial delegation in Moscow')!;
		expect(row.date).toBe('3 July and/or 31 July 2025 (two articles, different days; one visit or two)');
		expect(t.description).not.toMatch(/disputed/);
		expect(t.description).toContain('Days between contacts, if the two July dates are one visit: 4 to 31, 125 to 180 and 76 to 104. If they are two visits: 4 to 31, 125 to 152, 28 and 76.');
		const csv = chartRows('meeting-cadence', story).find((r) => r.id === 'july-ministers')!;
		expect(String(csv.date)).not.toMatch(/disputed/);
	});
});
