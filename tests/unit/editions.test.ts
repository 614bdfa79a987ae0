import { describe, expect, it } from 'vitest';
import { blocks, editionProblems, fingerprint, noteLines } from '$lib/i18n/narrative.js';
import { classroom } from '$lib/story/classroom';
import notesSource from '$lib/story/classroom.ts?raw';
import { wordProblems } from '$lib/i18n/data-words';
import { sayFor } from '$lib/i18n/say';
import { miniStory } from '../fixtures/mini';
import { story } from '$data/story';
import ru from '$data/editions/ru';
import ar from '$data/editions/ar';

const mini = miniStory();

const EN = `<script>
const x = 1;
</script>

The first paragraph says “a quote”. <Cite r="a:b" />

<Step state="one">

Second, ours. <Ours />

</Step>
`;
const RU = `<script>
const y = 2;
const z = 3;
</script>

Первый абзац говорит <Q o="a quote">цитата</Q>. <Cite r="a:b" />

<Step state="one">

Второй, наш. <Ours />

</Step>
`;
const names = { en: 'X.svx', ed: 'X.ru.svx' };
const lock = blocks(EN).map((b) => fingerprint(b.text));

describe("an edition's narrative pairs with its English", () => {
	it('reads blocks outside the script, with their lines', () => {
		expect(blocks(EN).map((b) => b.line)).toEqual([5, 7, 9, 11]);
	});
	it('passes a translation of the English as it is', () => {
		expect(editionProblems(EN, RU, lock, names)).toEqual([]);
	});
	it('names a paragraph with no translation', () => {
		expect(editionProblems(`${EN}\nA new paragraph. <Ours />\n`, RU, lock, names)).toContainEqual(expect.stringMatching(/^X\.svx:13: no translation of “A new paragraph\.”/));
	});
	it('names a paragraph whose markers differ', () => {
		const bad = RU.replace('<Cite r="a:b" />', '<Cite r="a:c" />');
		expect(editionProblems(EN, bad, lock, names)[0]).toMatch(/^X\.ru\.svx:6 does not match X\.svx:5 .*the English has \[Cite r="a:b" · 1 quotation\], the translation \[Cite r="a:c" · 1 quotation\]/);
	});
	it('names a paragraph whose English changed after the translation', () => {
		const changed = EN.replace('The first paragraph says', 'The first paragraph now says');
		expect(editionProblems(changed, RU, lock, names)).toEqual([expect.stringMatching(/^X\.ru\.svx:6: the English it translates \(X\.svx:5\) has changed since/)]);
	});
	it('asks for a lock where there is none', () => {
		expect(editionProblems(EN, RU, undefined, names)).toEqual([expect.stringMatching(/no record of the English it was translated from/)]);
	});
});

describe("the classroom notes' English, as the editions' lock reads it", () => {
	it('finds every line of classroom.ts, in order, from its source', () => {
		const lines = classroom.sections.flatMap((s) => [...s.talkingPoints, ...s.questions]);
		expect(noteLines(notesSource)).toHaveLength(lines.length);
	});
	it('gives a line whose template changed a new fingerprint (values are not filled in)', () => {
		const [a, b] = [noteLines('{ text: `One ${f.x} two` }'), noteLines('{ text: `One ${f.y} two` }')];
		expect(a).toHaveLength(1);
		expect(a).not.toEqual(b);
	});
});

describe("the data's words in an edition", () => {
	// Everything to translate: what an empty edition lacks.
	const none = wordProblems(mini, { strings: {}, quotes: {} }).missing;
	// Every record of the small story cites 'a short quote'.
	const words = { strings: none.filter((s) => s !== 'a short quote'), quotes: ['a short quote'] };
	it('asks for every string and quote once', () => {
		expect(none.filter((s) => s === 'a short quote')).toHaveLength(1);
		expect(words.strings).toContain('President');
	});
	const all = (list: string[]) => Object.fromEntries(list.map((s) => [s, `т:${s}`]));
	it('passes a complete translation', () => {
		expect(wordProblems(mini, { strings: all(words.strings), quotes: all(words.quotes) })).toEqual({ missing: [], stale: [] });
	});
	it('names a missing and a stale translation', () => {
		const strings = all(words.strings);
		delete strings[words.strings[1]!];
		strings['Words the data no longer has'] = 'Слова';
		expect(wordProblems(mini, { strings, quotes: all(words.quotes) })).toEqual({ missing: [words.strings[1]], stale: ['Words the data no longer has'] });
	});
	it('the published editions translate every word of the data, and nothing it no longer has', () => {
		expect(wordProblems(story, ru)).toEqual({ missing: [], stale: [] });
		expect(wordProblems(story, ar)).toEqual({ missing: [], stale: [] });
	});
	it('the published translations show the same numbers as their English, never numbers of their own', () => {
		const nums = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')).sort();
		for (const edition of [ru, ar])
			for (const table of [edition.strings, edition.quotes])
				for (const [english, translation] of Object.entries(table)) expect(nums(translation), english).toEqual(nums(english));
	});
	it('never asks to translate ids, codes or dates', () => {
		expect(words.strings).not.toContain('putin');
		expect(words.strings.some((s) => /^\d{4}(-\d\d)*$/.test(s))).toBe(false);
	});
});

describe('numbers and dates in each edition', () => {
	const ru = sayFor('ru');
	const ar = sayFor('ar');
	it('Russian: genitive dates, spaces in thousands, plural forms', () => {
		expect(ru.date('2025-10-15')).toBe('15 октября 2025 г.');
		expect(ru.when('2024-12')).toBe('в декабре 2024 г.');
		expect(ru.num(650000000)).toMatch(/^650\s000\s000$/);
		expect(ru.money(650e6)).toBe('650 млн долларов');
		const articles = { one: '# статья', few: '# статьи', many: '# статей', other: '# статьи' };
		expect([1, 3, 5, 21].map((n) => ru.count(n, articles))).toEqual(['1 статья', '3 статьи', '5 статей', '21 статья']);
	});
	it('Arabic: Western digits, Arabic month names, dual', () => {
		expect(ar.date('2025-10-15')).toBe('15 أكتوبر 2025');
		expect(ar.money(1e9)).toBe('1 مليار دولار');
		expect(ar.count(2, { two: 'مقالتان', other: '# مقالة' })).toBe('مقالتان');
		expect(ar.list(['أ', 'ب', 'ج'])).toBe('أ وب وج');
	});
});
