import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { chartRows } from '$lib/data/csv';
import { delegationSeries } from '$lib/data/series';
import Delegations from '$lib/charts/delegations/Delegations.svelte';
import { delegationSteps } from '$lib/charts/delegations/layout';
import { expectDistinctStates, figureOf, serverHtml, tableCells } from './ssr-helpers';

const html = (step = 0, data = story) => serverHtml(Delegations, { data, step });

describe('delegations chart', () => {
	it('renders on the server with one chip per participant', () => {
		const fig = figureOf(html());
		expect(fig.getAttribute('data-chart')).toBe('delegations');
		expect(fig.getAttribute('data-step')).toBe('0');
		expect(fig.querySelector('figcaption')?.textContent).toContain('Who sat at the table');
		const keys = [...fig.querySelectorAll('g.chip')].map((g) => g.getAttribute('data-key'));
		expect(keys.sort()).toEqual(delegationSeries(story).flatMap((c) => c.marks.map((m) => m.key)).sort());
	});

	it('draws unnamed groups distinctly and names no one the sources do not name', () => {
		const fig = figureOf(html());
		const unnamed = [...fig.querySelectorAll('g.chip.unnamed')];
		const groups = story.events.flatMap((e) => e.participants.filter((p) => p.person === null));
		expect(unnamed).toHaveLength(groups.length);
		for (const g of unnamed) expect(g.textContent).toMatch(/^\s*Unnamed/);
	});

	it('flags participants only one source places at the table', () => {
		const fig = figureOf(html(2));
		const flagged = [...fig.querySelectorAll('g.chip.disputed')].map((g) => g.getAttribute('data-key'));
		const expected = story.events.flatMap((e) => e.participants.filter((p) => p.disputed).map((p) => `${e.id}:${p.person}`));
		expect(flagged.sort()).toEqual(expected.sort());
		expect(flagged.length).toBeGreaterThan(0);
	});

	it('has one state per contact plus the whole year, all distinct, clamped', () => {
		const steps = delegationSteps(story);
		expect(steps).toBeGreaterThanOrEqual(3);
		expectDistinctStates(Delegations, story, steps);
		expect(figureOf(html(42)).getAttribute('data-step')).toBe(String(steps - 1));
	});

	it('adds a chip when a participant is added to the data', () => {
		const data = structuredClone(story);
		const oct = data.events.find((e) => e.id === 'october-summit')!;
		oct.participants.push({ side: 'russia', person: 'sergei-lavrov', sector: 'foreign-affairs', citations: [{ source: 'trt', quote: 'x' }] });
		const fig = figureOf(html(0, data));
		expect(fig.querySelector('g.chip[data-key="october-summit:sergei-lavrov"]')).not.toBeNull();
	});

	it('has a table equal to the data', () => {
		const rows = chartRows('delegations', story);
		const cells = tableCells(figureOf(html()));
		expect(cells).toHaveLength(rows.length);
		expect(cells.map((r) => r[3])).toEqual(rows.map((r) => String(r.name)));
		expect(cells.map((r) => r[5])).toEqual(rows.map((r) => String(r.sector)));
	});
});
