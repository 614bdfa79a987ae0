/**
 * Chartability's reading level: what a chart says in words (takeaway, long description, the
 * sentence for each state) reads at grade 9 or under by Flesch–Kincaid. Sentences end at . ! or ?;
 * numbers are not words. Our wording is measured: the data's names and titles ("Syrian ministerial
 * delegation in Moscow") and the sources' quoted words are kept verbatim whatever their length,
 * so each counts as one short word. Takeaways and descriptions at grade 9 or under; a state's
 * sentence within grade 10, a chart's states together within 9.
 */
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { CHART_SLUGS, chart } from '$lib/charts/registry';

/** Syllables by vowel groups, less a silent final e: the usual estimate behind readability scores. */
const syllables = (word: string) => {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length <= 3) return 1;
	return Math.max(1, (w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g) ?? []).length);
};
const sentencesOf = (text: string) => text.split(/(?<=[.!?][”’"]?)\s+(?=[^a-z])/).filter((s) => /[a-z]/i.test(s));
/** Flesch–Kincaid grade level of a text. */
export function grade(text: string): number {
	const words = text.split(/[\s—–]+/).filter((w) => /[a-z]/i.test(w));
	const syl = words.reduce((n, w) => n + syllables(w), 0);
	return 0.39 * (words.length / Math.max(1, sentencesOf(text).length)) + 11.8 * (syl / Math.max(1, words.length)) - 15.59;
}

/** The data's names and titles, longest first, and quoted words: each is read as one short word. */
const given = [
	...story.people.flatMap((p) => [p.name, ...p.variants]),
	...story.events.flatMap((e) => [e.title, ...e.participants.map((p) => p.group ?? '')]),
	...story.agreements.map((a) => a.title),
	...story.economy.flatMap((e) => [e.label, 'unit' in e ? e.unit : '']),
	...story.sources.flatMap((s) => [s.outlet ?? '', s.short, s.headline])
]
	.filter((t) => t.length > 3)
	.sort((a, b) => b.length - a.length);
export const ours = (text: string) =>
	given.reduce((t, name) => t.split(name).join('Name'), text).replace(/[“"][^”"]*[”"]/g, 'Quote');

describe('grade', () => {
	it('scores plain text low and dense text high', () => {
		expect(grade('The cat sat on the mat. It was a sunny day.')).toBeLessThan(3);
		expect(grade('Comprehensive intergovernmental reconsideration of bilateral arrangements necessitates extraordinary administrative coordination.')).toBeGreaterThan(20);
	});
});

describe.each(CHART_SLUGS)('%s reads at about grade 9', (slug) => {
	const text = chart(slug).text(story);
	it.each([
		['takeaway', text.takeaway],
		['description', text.description]
	])('its %s', (_, words) => {
		expect(grade(ours(words)), ours(words)).toBeLessThanOrEqual(9);
	});
	it('the sentence of each state', () => {
		// One short sentence scores noisily (a single long word moves it a grade): each within 10,
		// and a chart's states together within 9.
		for (const s of text.states) expect(grade(ours(s)), ours(s)).toBeLessThanOrEqual(10);
		expect(grade(ours(text.states.join(' '))), 'all states').toBeLessThanOrEqual(9);
	});
});
