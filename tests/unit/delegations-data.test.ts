import { describe, expect, it } from 'vitest';
import { story as raw } from '$data/story';
import { assertValid } from '$lib/data/validate';
import { agreementSeries, delegationSeries, singleSource, singleSourcePresences } from '$lib/data/series';
import { f as facts } from '$lib/story/facts';
import { miniStory } from '../fixtures/mini';

const story = assertValid(raw);
const columns = delegationSeries(story);
const mark = (col: string, person: string) => columns.find((c) => c.id === col)?.marks.find((m) => m.person === person);

describe('single-source presences (derived from citations, never typed)', () => {
	it('are exactly the participants one article places at a contact', () => {
		const found = singleSourcePresences(story).map((p) => `${p.event}:${p.person ?? p.side}:${p.source}`);
		expect(found.sort()).toEqual(
			[
				'january-visit:alexander-lavrentyev:trt',
				'january-visit:ahmed-al-sharaa:seed-000',
				'january-visit:russia:seed-000',
				'january-visit:syria:seed-000',
				'february-call:vladimir-putin:trt',
				'february-call:ahmed-al-sharaa:trt',
				'july-ministers:hussein-al-salama:seed-004',
				// One visit or two: each article's July account rests on that article alone, so the
				// foreign minister both name is a one-article presence in each account.
				'july-ministers:asaad-al-shaibani:seed-004',
				'july-ministers:asaad-al-shaibani:trt',
				// TRT World mentions "the Syrian foreign and defence ministers" without naming the
				// defence minister: the name Murhaf Abu Qasra rests on one article only.
				'july-ministers:murhaf-abu-qasra:seed-004',
				'july-ministers:syria:trt',
				'july-ministers:maher-al-sharaa:trt',
				'july-ministers:sergei-lavrov:trt',
				'july-ministers:aleksandr-zorin:trt',
				'july-ministers:vladimir-putin:trt'
			].sort()
		);
	});

	it('are not flagged when a second article places the person there', () => {
		const d = structuredClone(raw);
		const lavrentyev = d.events.find((e) => e.id === 'january-visit')!.participants.find((p) => p.person === 'alexander-lavrentyev')!;
		expect(singleSource(lavrentyev)).toBe('trt');
		lavrentyev.citations.push({ source: 'seed-000', quote: 'x' });
		expect(singleSource(lavrentyev)).toBeNull();
		expect(singleSourcePresences(d).some((p) => p.person === 'alexander-lavrentyev')).toBe(false);
	});

	it('give the story its count and names', () => {
		const f = facts;
		expect(f.oneSourceCount).toBe(String(singleSourcePresences(story).length));
		expect(singleSourcePresences(story)).toHaveLength(15);
		expect(f.oneSourceNames).toContain('Alexander Lavrentyev (28 January 2025, TRT World)');
		expect(f.oneSourceNames).toContain('Hussein al-Salama (3 July 2025, “Syria - Russia: A pragmatic rapprochement”)');
		expect(f.oneSourceNames).toContain('Vladimir Putin (the visit from 31 July 2025, TRT World)');
		expect(f.oneSourceNames).toContain('Asaad al-Shaibani, Murhaf Abu Qasra and Hussein al-Salama (3 July 2025');
		expect(f.oneSourceNames).not.toMatch(/seed-|\btrt\b|menafn/);
		expect(f.julyNamed).toBe('seven');
	});
});

describe('roles by date', () => {
	it('gives each person the title the articles use for that date', () => {
		expect(mark('january-visit', 'ahmed-al-sharaa')?.role).toBe('Head of the Syrian administration');
		expect(mark('october-summit', 'ahmed-al-sharaa')?.role).toBe('Interim (transitional) President of Syria');
		expect(mark('january-visit', 'maher-al-sharaa')?.role).toBe('Health Minister');
		expect(mark('july-ministers@2025-07-31', 'maher-al-sharaa')?.role).toBe('Secretary General of the Presidential Office');
		expect(mark('january-visit', 'mikhail-bogdanov')?.role).toMatch(/^Deputy Foreign Minister; /);
	});

	it('says when the articles give no title for the date', () => {
		const m = mark('february-call', 'ahmed-al-sharaa')!;
		expect(m.role).toBeNull();
		expect(m.roleNotGiven).toMatch(/without a title/);
	});

	it('every named participant has a title or a reason there is none', () => {
		for (const m of columns.flatMap((c) => c.marks).filter((x) => x.person)) expect(m.role ?? m.roleNotGiven, m.key).toBeTruthy();
	});
});

describe('a contact the articles date differently is not merged', () => {
	it('has one column per article, each with its date and its own people', () => {
		const july = columns.filter((c) => c.event === 'july-ministers');
		expect(july.map((c) => c.dateLabel)).toEqual([
			'3 July 2025 (A pragmatic rapprochement)',
			'from 31 July 2025 (TRT World: visit began “on the last day of July”)'
		]);
		const people = (id: string) => july.find((c) => c.id === id)!.marks.map((m) => m.person).sort();
		expect(people('july-ministers@2025-07-03')).toEqual(['asaad-al-shaibani', 'hussein-al-salama', 'murhaf-abu-qasra']);
		expect(people('july-ministers@2025-07-31')).toEqual(
			['aleksandr-zorin', 'asaad-al-shaibani', 'maher-al-sharaa', null, 'sergei-lavrov', 'vladimir-putin']
		);
		// TRT World's column shows the defence minister unnamed; the name is only in the 3 July account.
		const trtDefence = july.find((c) => c.id === 'july-ministers@2025-07-31')!.marks.find((m) => m.sector === 'defence' && m.side === 'syria')!;
		expect(trtDefence.unnamed).toBe(true);
		expect(trtDefence.name).toMatch(/not named by TRT World/);
		for (const c of july) for (const m of c.marks) expect(m.citations.every((x) => x.source === c.claim!.source)).toBe(true);
		expect(new Set(july.map((c) => c.contact)).size).toBe(1);
	});

	it('splits the fixture’s disputed visit by article too', () => {
		const cols = delegationSeries(miniStory()).filter((c) => c.event === 'visit');
		expect(cols.map((c) => c.claim?.source)).toEqual(['b', 'a']);
		expect(cols[0]!.marks).toHaveLength(0);
		expect(cols[1]!.marks.map((m) => m.key)).toEqual(['visit@2025-07-31:lavrov', 'visit@2025-07-31:group-1']);
	});

	it('dates what only TRT World reports as TRT World dates it', () => {
		const july = agreementSeries(story).flatMap((r) => r.segments).filter((s) => s.dateLabel.includes('July 2025'));
		expect(july.length).toBeGreaterThan(0);
		for (const s of july) {
			expect(s.dateLabel, s.key).not.toMatch(/ or |disputed/);
			if (s.citations.every((c) => c.source === 'trt'))
				expect(s.dateLabel, s.key).toBe('from 31 July 2025 (TRT World: visit began “on the last day of July”)');
		}
	});
});
