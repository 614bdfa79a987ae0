/**
 * The charts' CSVs in each edition (`/ru/data/SLUG.csv`, `/ar/data/SLUG.csv`): the same rows and
 * columns as English, every code as English has it, every cell with its English cell's numbers,
 * and the header row in the edition's own words. (English itself is checked by the other tests.)
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CHART_SLUGS } from '$lib/charts/registry';
import { chartCsv } from '$lib/data/csv';
import { story } from '$lib/data';

/** Columns that hold codes, ids, ISO dates, flags, numbers, or the articles' own English. */
const CODES = [
	'id', 'agreement', 'event', 'person', 'kind', 'side', 'sector', 'status', 'direction', 'level',
	'plotted_at', 'claimed_dates', 'data_as_of', 'contact', 'disputed', 'unnamed', 'one_article_only',
	'signed', 'low_usd', 'high_usd', 'value', 'unit', 'days_since_previous_contact', 'headlines', 'quotes'
];

/** The numbers a text shows, as digits ("28 January 2025" and "28 января 2025 г." both give 2025, 28). */
const nums = (s: string) => (s.match(/\d+(?:[.,\s]\d{3})*/g) ?? []).map((n) => n.replace(/[,\s]/g, '')).sort();

const SCRIPT = { ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u };

describe.each(CHART_SLUGS)('%s: CSV in each edition', (slug) => {
	const [keys, ...english] = csvParseRows(chartCsv(slug, story));
	for (const lang of ['ru', 'ar'] as const) {
		const [header, ...rows] = csvParseRows(chartCsv(slug, story, lang));

		it(`${lang}: the same rows and columns as English, in the same order`, () => {
			expect(header).toHaveLength(keys!.length);
			expect(rows).toHaveLength(english.length);
			rows.forEach((row, i) => expect(row, `row ${i}`).toHaveLength(keys!.length));
		});

		it(`${lang}: one header row, every column labelled in the edition's script`, () => {
			for (const label of header!) expect(label, label).toMatch(SCRIPT[lang]);
			expect(new Set(header).size).toBe(header!.length);
		});

		it(`${lang}: every code column equal to English`, () => {
			const codes = keys!.map((k, c) => [k, c] as const).filter(([k]) => CODES.includes(k));
			expect(codes.length).toBeGreaterThan(2);
			rows.forEach((row, i) => {
				for (const [k, c] of codes) expect(row[c], `row ${i} ${k}`).toBe(english[i]![c]);
			});
		});

		it(`${lang}: every cell shows the numbers of its English cell`, () => {
			rows.forEach((row, i) => {
				row.forEach((cell, c) => expect(nums(cell), `row ${i} ${keys![c]}: ${cell}`).toEqual(nums(english[i]![c]!)));
			});
		});

		it(`${lang}: the words readers read are the edition's`, () => {
			const said = keys!.filter((k) => ['title', 'name', 'label', 'date', 'event_date'].includes(k));
			expect(said.length).toBeGreaterThan(0);
			for (const k of said) {
				const c = keys!.indexOf(k);
				expect(rows.some((row) => SCRIPT[lang].test(row[c]!)), k).toBe(true);
			}
		});
	}
});
