/** The prose's numbers come from the data: none typed by hand, every one rendered from `f`. */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { f } from '$lib/story/facts';
import Story from '$lib/story/Story.svx';
import { CHART_SLUGS, stepsOf } from '$lib/charts/registry';

const source = readFileSync('src/lib/story/Story.svx', 'utf8');

/**
 * The prose as written: without script blocks, {expressions}, tags, HTML comments and
 * quotations (a quotation is the article's words, checked against the cited record at build).
 */
function proseOnly(text: string): string {
	return text
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/“[^”]*”/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/<[^>]+>/g, ' ');
}

const used = [...new Set([...source.matchAll(/\bf\.(\w+)/g)].map((m) => m[1]!))];

describe('story prose', () => {
	it('types no digit by hand: every number, date and count is an expression', () => {
		const lines = proseOnly(source)
			.split('\n')
			.map((l, i) => [i + 1, l] as const)
			.filter(([, l]) => /\d/.test(l));
		expect(lines).toEqual([]);
	});

	it('uses only facts that exist, each a non-empty string', () => {
		expect(used.length).toBeGreaterThan(20);
		for (const name of used) {
			const value = (f as Record<string, unknown>)[name];
			expect(typeof value === 'string' && value.length > 0, `f.${name}`).toBe(true);
		}
	});

	it('renders every fact it uses into the page', () => {
		const html = render(Story).body.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
		for (const name of used) expect(html, `f.${name}`).toContain((f as Record<string, string>)[name]);
	});

	it('derives its values from the data file', () => {
		const trade = story.economy.find((r) => r.id === 'trade-range');
		expect(trade?.kind).toBe('range');
		if (trade?.kind !== 'range') return;
		expect(f.tradeLow).toBe(`$${trade.low / 1e6} million`);
		expect(f.tradeHigh).toBe(`$${trade.high / 1e9} billion`);
		expect(f.januaryVisitDate).toBe('28 January 2025');
		expect(f.julyDates).toBe('3 or 31 July 2025');
		expect(f.contactCount).toBe('four');
		expect(f.agreementCount).toBe(String(story.agreements.length));
	});

	it('tells each chart in order: its steps name states from the first to the complete one', () => {
		const html = render(Story).body;
		for (const slug of CHART_SLUGS) {
			const block = html.split(`data-scrolly="${slug}"`)[1]!.split('data-scrolly=')[0]!;
			const states = [...block.matchAll(/class="step[ "][^>]*|data-state="(\d+)" class="step/g)].length
				? [...block.matchAll(/<div class="step[^"]*" data-state="(\d+)"|<div data-state="(\d+)" class="step/g)].map((m) => Number(m[1] ?? m[2]))
				: [];
			expect(states[0], slug).toBe(0);
			expect(states.at(-1), slug).toBe(stepsOf(slug, story) - 1);
			expect(states.every((s, i) => i === 0 || s > states[i - 1]!), slug).toBe(true);
		}
	});
});
