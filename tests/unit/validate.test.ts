import { describe, expect, it } from 'vitest';
import type { StoryData } from '$data/story';
import { assertValid } from '$lib/data/validate';

/** The problems the build would list for these data (none when they are valid). */
function validate(data: Parameters<typeof assertValid>[0]): { where: string; message: string }[] {
	try {
		assertValid(data);
		return [];
	} catch (e) {
		return (e as { problems: { where: string; message: string }[] }).problems;
	}
}
import { miniStory } from '../fixtures/mini';

/** Breaks a fresh copy of the fixture and returns the validation messages. */
function problems(breakIt: (d: StoryData) => void): string[] {
	const d = miniStory();
	breakIt(d);
	return validate(d).map((p) => `${p.where}: ${p.message}`);
}

describe('validate', () => {
	it('accepts the fixture', () => {
		expect(validate(miniStory())).toEqual([]);
	});

	const cases: [string, (d: StoryData) => void, string][] = [
		['duplicate id', (d) => d.events.push({ ...d.events[0]! }), 'events["call"].id: duplicate id "call"'],
		['id not kebab-case', (d) => (d.people[0]!.id = 'Putin V'), 'people[0].id: id "Putin V" must be kebab-case'],
		['unknown person id', (d) => (d.events[0]!.participants[0]!.person = 'nobody'), 'events["call"].participants[0].person: unknown person id "nobody"'],
		['impossible date', (d) => (d.events[0]!.date = { date: '2025-02-30', precision: 'day' }), 'events["call"].date.date: impossible or malformed date "2025-02-30"'],
		['month 13', (d) => (d.agreements[0]!.history[1]!.date = '2025-13'), 'agreements["port"].history[1].date: impossible or malformed date "2025-13"'],
		['precision inconsistent with the date', (d) => (d.events[0]!.date = { date: '2025-02', precision: 'day' }), 'events["call"].date.date: precision "day" is inconsistent with the date "2025-02"'],
		['approximate date without a note', (d) => delete d.events[2]!.date.note, 'events["annulled"].date.note: a approximate date needs a note'],
		['disputed date with one claim', (d) => d.events[1]!.date.claims!.pop(), 'events["visit"].date.claims: a disputed date needs at least two claims'],
		['disputed date not at its earliest claim', (d) => (d.events[1]!.date.date = '2025-07-31'), 'events["visit"].date.date: a disputed date is placed at its earliest claim (2025-07-03)'],
		['low > high money', (d) => { const r = d.economy[0]!; if (r.kind === 'range') r.low = 2e9; }, 'economy["trade"].low: low (2000000000) is greater than high (1000000000)'],
		['negative money', (d) => { const r = d.economy[0]!; if (r.kind === 'range') r.low = -1; }, 'economy["trade"].low: negative money'],
		['negative count', (d) => { const r = d.economy[1]!; if (r.kind === 'count') r.value = -40; }, 'economy["projects"].value: bad value -40'],
		['status history out of order', (d) => d.agreements[0]!.history.reverse(), 'agreements["port"].history[1].date: status history out of order: 2019 comes after 2025-01'],
		['signed after its first status', (d) => (d.agreements[0]!.signed = 2026), 'agreements["port"].signed: signed in 2026, after its first status (2019)'],
		['empty status history', (d) => (d.agreements[0]!.history = []), 'agreements["port"].history: an agreement needs a status history'],
		['missing citation', (d) => (d.events[0]!.citations = []), 'events["call"].citations: missing citation'],
		['missing nested citation', (d) => (d.events[0]!.participants[1]!.citations = []), 'events["call"].participants[1].citations: missing citation'],
		['empty quote', (d) => (d.figures = [{ id: 'f', kind: 'count', label: 'F', value: 1, unit: 'x', qualifier: null, citations: [{ source: 'a', quote: ' ... ' }] }]), 'figures["f"].citations[0].quote: empty quote'],
		['citation to an unknown source', (d) => (d.people[1]!.citations = [{ source: 'zeit', quote: 'q' }]), 'people["sharaa"].citations[0].source: citation to unknown source "zeit"'],
		['person without sector', (d) => ((d.people[2] as { sector?: string }).sector = undefined), 'people["lavrov"].sector: person without a valid sector ("undefined")'],
		['meeting without participants', (d) => (d.events[0]!.participants = []), 'events["call"].participants: a meeting without participants'],
		['contact with one side only', (d) => d.events[0]!.participants.pop(), 'events["call"].participants: a Russia–Syria contact needs participants from both sides'],
		['contact without direction', (d) => (d.events[0]!.direction = 'other'), 'events["call"].direction: a contact needs a direction'],
		['participant on the wrong side', (d) => (d.events[0]!.participants[0]!.side = 'syria'), 'events["call"].participants[0].side: "putin" is on side russia, not syria'],
		['unnamed group without a description', (d) => delete d.events[1]!.participants[1]!.group, 'events["visit"].participants[1]: an unnamed participant needs a group description'],
		['contact outside the period', (d) => (d.events[0]!.date = { date: '2023-02', precision: 'month' }), 'events["call"].date: contact 2023-02 lies outside the story\'s period'],
		['disagreement with one claim', (d) => d.disagreements[0]!.claims.pop(), 'disagreements["july"].claims: a disagreement needs at least two claims'],
		['disagreement about an unknown record', (d) => d.disagreements[0]!.about.push('nowhere'), 'disagreements["july"].about[1]: unknown record id "nowhere"'],
		['role not a month', (d) => (d.people[0]!.roles[0]!.from = 'January 2025'), 'people["putin"].roles[0].from: "January 2025" is not a month (want YYYY-MM)'],
		['role ends before it starts', (d) => (d.people[0]!.roles[0]!.to = '2024-12'), 'people["putin"].roles[0].to: the role ends (2024-12) before it starts (2025-01)'],
		['participant without a role for the date', (d) => (d.people[2]!.roles[0]!.to = '2025-06'), 'events["visit"].participants[0].person: "lavrov" has no role spanning 2025-07-03'],
		['role spans only one claim of a disputed date', (d) => (d.events[1]!.date.claims![1]!.date = '2025-08-01'), 'events["visit"].participants[0].person: "lavrov" has no role spanning'],
		['roleNotGiven beside a role that spans the date', (d) => (d.events[0]!.participants[0]!.roleNotGiven = 'none given'), 'events["call"].participants[0].roleNotGiven: "putin" has a role spanning 2025-02'],
		['two sources share a seed file', (d) => (d.sources[1]!.file = 'a.txt'), 'sources["b"].file: two sources share the file "a.txt"']
	];

	it.each(cases)('rejects %s', (_name, breakIt, message) => {
		const found = problems(breakIt);
		expect(found.some((m) => m.startsWith(message)), `got:\n${found.join('\n')}`).toBe(true);
	});

	it('has at least 15 distinct bad-data cases', () => {
		expect(new Set(cases.map((c) => c[2])).size).toBeGreaterThanOrEqual(15);
	});

	it('assertValid throws one error listing every problem, naming record and field', () => {
		const d = miniStory();
		d.events[0]!.citations = [];
		d.economy = [{ id: 'trade', kind: 'range', label: 'T', currency: 'USD', low: 2, high: 1, wording: '', period: null, constraints: [], citations: [{ source: 'a', quote: 'q' }] }];
		expect(() => assertValid(d)).toThrow(/^Invalid story data \(2 problems\)/);
		expect(() => assertValid(d)).toThrow(/events\["call"\]\.citations: missing citation[\s\S]*economy\["trade"\]\.low: low \(2\)/);
	});

	it('accepts a named participant without a role when roleNotGiven says why', () => {
		const d = miniStory();
		d.people[2]!.roles = [];
		expect(validate(d).map((p) => p.where)).toEqual(['events["visit"].participants[0].person']);
		d.events[1]!.participants[0]!.roleNotGiven = 'The article gives no title for this date.';
		expect(validate(d)).toEqual([]);
	});

	it('knows leap years and four-digit years', () => {
		const dated = (date: string) => {
			const d = miniStory();
			d.period = { from: '2024-01', to: '2025-12' };
			d.events[0]!.date = { date, precision: 'day' };
			// Only the date's own field: the participants' roles do not span 2024 either.
			return validate(d).map((p) => p.where).filter((w) => w.startsWith('events["call"].date'));
		};
		expect(dated('2024-02-29')).toEqual([]);
		expect(dated('2025-02-29')).toContain('events["call"].date.date');
		expect(dated('25-01-01')).toContain('events["call"].date.date');
	});
});
