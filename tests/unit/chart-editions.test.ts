/**
 * The charts in each edition (issue 18): their words are checked key for key against English,
 * and a chart translated into an edition shows, mark for mark, the numbers and dates English does.
 */
import { describe, expect, it } from 'vitest';
import { checkedWords, fill } from '$lib/i18n/checked';
import { sayFor } from '$lib/i18n/say';
import { CHARTS } from '$lib/charts/registry';
import { story } from '$lib/data';

/** The numbers a text shows, as digits ("28 January 2025" and "28 января 2025 г." both give 2025, 28). */
const nums = (s: unknown) => (String(s ?? '').match(/\d+(?:[.,\s]\d{3})*/g) ?? []).map((n) => n.replace(/[,\s]/g, '')).sort();

describe('words kept in every edition', () => {
	const en = { title: 'Title', forms: { one: '# mark', other: '# marks' } };
	it('names the key an edition lacks or leaves empty', () => {
		expect(() => checkedWords('x/words', { en, ru: { title: 'Заголовок', forms: { other: '# отметки' } } as unknown as typeof en, ar: en })).toThrow(/x\/words \(ru\): no translation for "forms\.one"/);
		expect(() => checkedWords('x/words', { en, ru: en, ar: { title: ' ', forms: en.forms } })).toThrow(/\(ar\): no translation for "title"/);
		expect(checkedWords('x/words', { en, ru: en, ar: en }).ru).toBe(en);
	});
	it('fills a template, and names one whose placeholder has no value', () => {
		expect(fill('Contact {i} of {n}', { i: 3, n: 9 })).toBe('Contact 3 of 9');
		expect(() => fill('Контакт {i} из {m}', { i: 3, n: 9 })).toThrow(/\{m\}/);
		// A Russian date closing a sentence keeps one full stop.
		expect(fill('Шкала кончается {to}.', { to: '15 октября 2025 г.' })).toBe('Шкала кончается 15 октября 2025 г.');
	});
	it('the form a number takes: Arabic 3–10 days and 11 or more', () => {
		const days = { one: '{d} يوم', two: '{d} يوم', few: '{d} أيام', many: '{d} يومًا', other: '{d} يوم' };
		expect([4, 31, 104, 180].map((n) => sayFor('ar').form(n, days))).toEqual(['{d} أيام', '{d} يومًا', '{d} أيام', '{d} يومًا']);
	});
});

for (const def of CHARTS)
	describe(`${def.slug} in each edition`, () => {
		const english = def.text(story);
		for (const lang of ['ru', 'ar'] as const) {
			const t = def.text(story, lang);
			it(`${lang}: every table cell shows the numbers and dates of its English cell`, () => {
				expect(t.table.rows).toHaveLength(english.table.rows.length);
				t.table.rows.forEach((row, i) => {
					for (const [k, v] of Object.entries(row)) expect(nums(v), `${def.slug} row ${i} ${k}: ${v}`).toEqual(nums(english.table.rows[i]![k]));
				});
			});
			it(`${lang}: every mark's facts and label show its English numbers and dates`, () => {
				const states = def.states(story);
				for (let s = 0; s < states.length; s++) {
					const en = new Map(def.layout(story, 628, s).targets.map((x) => [x.key, x]));
					for (const target of def.layout(story, 628, s, lang).targets) {
						expect(nums(target.label), target.label).toEqual(nums(en.get(target.key)!.label));
						const facts = (d: ReturnType<typeof t.detailFor>) => d!.facts.map(([, v]) => nums(v));
						expect(facts(t.detailFor(target.key)), target.key).toEqual(facts(english.detailFor(target.key)));
					}
				}
			});
			it(`${lang}: its words are the edition's (no English sentence left) and every state has one`, () => {
				expect(t.states).toHaveLength(english.states.length);
				const englishWords = /\b(the|and|of|with|between|shown)\b/i;
				for (const text of [t.title, t.takeaway, t.table.caption, ...t.states, ...t.table.columns.map((c) => c.label)]) expect(text).not.toMatch(englishWords);
			});
		}
		it('ar: time runs right to left (the first month on the right); ru and en left to right', () => {
			const first = (lang: 'en' | 'ru' | 'ar') => {
				const ticks = (def.layout(story, 628, 0, lang) as unknown as { ticks?: { x: number }[] }).ticks ?? [];
				return ticks.length ? ticks[0]!.x - ticks.at(-1)!.x : 0;
			};
			if (!first('en')) return;
			expect(first('en')).toBeLessThan(0);
			expect(first('ru')).toBeLessThan(0);
			expect(first('ar')).toBeGreaterThan(0);
		});
	});
