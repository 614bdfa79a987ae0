/** Source markers: quotations, refs, and the Markdown check that every paragraph cites or is ours. */
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { resolveRef } from '$lib/data/cite';
import { misquotes } from '$lib/cite/quotes';
import { remarkCite } from '$lib/cite/remark-cite.js';

describe('quotations', () => {
	it('finds every “…” quotation in a text', () => {
		expect(misquotes('He said “one” and “two ‘three’ four”.', [])).toEqual(['one', 'two ‘three’ four']);
	});

	it('accepts the article’s words whatever the case, curly marks or elisions', () => {
		const pool = ['As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet'];
		expect(misquotes('“as far as we know, the status of Russian facilities ... has not changed yet”', pool)).toEqual([]);
		expect(misquotes('“has not changed yet,”', pool)).toEqual([]);
		expect(misquotes('“Hmeimim’s status”', ['Hmeimim\'s status is unclear'])).toEqual([]);
	});

	it('refuses a changed word, an added word or a quote spanning two citations', () => {
		const pool = ['did not demand the immediate withdrawal of Russian forces', 'Russian military advisers remain central'];
		const refused = ['did not ask the Russians to leave', 'did not demand the withdrawal of Russian forces', 'Russian forces. Russian military advisers'];
		expect(misquotes(refused.map((q) => `“${q}”`).join(' '), pool)).toEqual(refused);
		expect(misquotes('It “did not demand the immediate withdrawal” but “asked them to go”.', pool)).toEqual(['asked them to go']);
	});
});

describe('refs', () => {
	it('resolves a record, narrowed to one article and to a word', () => {
		const all = resolveRef(story, 'tartus-base');
		const trt = resolveRef(story, 'tartus-base:trt');
		const one = resolveRef(story, 'tartus-base:seed-000~far');
		expect(all.title).toBe('Russian naval base at Tartus');
		expect(trt.citations.length).toBeGreaterThan(0);
		expect(trt.citations.every((c) => c.source === 'trt')).toBe(true);
		expect(all.citations.length).toBeGreaterThan(trt.citations.length);
		expect(one.citations.map((c) => c.quote)).toEqual([expect.stringContaining('As far as we know')]);
	});

	it('names the ref and what is missing', () => {
		expect(() => resolveRef(story, 'no-such-record')).toThrow(/"no-such-record".*no record/);
		expect(() => resolveRef(story, 'tartus-base:nowhere')).toThrow(/no source "nowhere"/);
		expect(() => resolveRef(story, 'tartus-base:trt~zebra')).toThrow(/no citation that matches/);
	});

	it('refuses two records with one id', () => {
		const data = structuredClone(story);
		data.figures[0]!.id = data.events[0]!.id;
		expect(() => resolveRef(data, data.events[0]!.id)).toThrow(/share the id/);
	});
});

/** Runs the check on a small Markdown document, as the build does on the narrative. */
const check = (md: string) =>
	compile(md, { remarkPlugins: [remarkCite], filename: `${process.cwd()}/src/lib/story/Fixture.svx` } as never);

describe('the Markdown check (remark-cite)', () => {
	it('stops on a paragraph that neither cites nor is marked as ours, naming file, line and text', async () => {
		await expect(check('A cited sentence. <Cite r="tartus-base" />\n\nAn unsourced claim about the bases.\n')).rejects.toThrow(
			/src\/lib\/story\/Fixture\.svx:3: a paragraph with no source marker .*An unsourced claim/
		);
	});

	it('stops on a quotation in a paragraph that cites nothing', async () => {
		await expect(check('They said “hello”. <Ours />\n')).rejects.toThrow(/Fixture\.svx:1: a paragraph quotes/);
	});

	it('stops on a glossary entry without a marker', async () => {
		await expect(check('<dl>\n<dt>Term</dt>\n<dd>A definition.</dd>\n</dl>\n')).rejects.toThrow(/glossary entry with no source marker/);
	});

	it('accepts ours paragraphs, lists marked as ours, and hands quotations to the first marker', async () => {
		const out = await check(
			'It “has not changed yet”, he said {x}. <Cite r="tartus-base:seed-000" /> <Cite r="hmeimim-base" />\n\nOur reading. <Ours />\n\n<Ours />\n\n- one\n- two\n'
		);
		const code = (out as { code: string }).code;
		expect(code).toContain('<Cite r="tartus-base:seed-000" at="src/lib/story/Fixture.svx:1" q={[`has not changed yet`]} all="tartus-base:seed-000 hmeimim-base" />');
		expect(code).toContain('<Cite r="hmeimim-base" at="src/lib/story/Fixture.svx:1" />');
	});

	it('turns {expressions} inside a quotation into template values', async () => {
		const out = await check('He said “on {f.day}”. <Cite r="tartus-base" />\n');
		expect((out as { code: string }).code).toContain('q={[`on ${f.day}`]}');
	});
});
