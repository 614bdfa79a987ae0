import { describe, expect, it } from 'vitest';
import type { StoryData } from '$data/story';
import { story } from '$lib/data';
import { chartRows } from '$lib/data/csv';
import { tradeSeries } from '$lib/data/series';
import { tradeLayout } from '$lib/charts/trade-range/layout';
import { tradeText } from '$lib/charts/trade-range/text';
import { expectDistinctStates, figureOf, serverHtml, stateSignature, tableCells, words } from './ssr-helpers';
import { stepsOf } from '$lib/charts/registry';

const html = (step = 0, data: StoryData = story) => serverHtml('trade-range', { data, step });
const svgOf = (step = 0, data: StoryData = story) => figureOf(html(step, data)).querySelector('svg[role="img"]')!;

describe('trade-range chart (server-rendered)', () => {
	it('renders <figure data-chart data-step> with a caption and one mark per series entry', () => {
		expect(html(0)).toMatch(/<figure[^>]*data-chart="trade-range"[^>]*data-step="0"/);
		const fig = figureOf(html(0));
		expect(fig.querySelector('figcaption')?.textContent).toContain('Money and reconstruction');
		expect(fig.querySelector('svg[role="img"]')?.getAttribute('aria-labelledby')).toBe(fig.querySelector('.title')?.id);
		const keys = [...fig.querySelectorAll('svg [data-key]')].map((g) => g.getAttribute('data-key'));
		expect(keys).toEqual(tradeSeries(story).map((m) => m.id));
	});

	it('labels the band with the seed’s numbers and says no period is given (never invents one)', () => {
		const fig = figureOf(html(0));
		const range = fig.querySelector('[data-key="trade-range"]')!;
		const labels = [...range.querySelectorAll('.end-label')].map((t) => t.textContent);
		expect(labels).toEqual(['$650 million', '$1 billion']);
		expect(range.querySelector('.period')?.textContent).toBe('No period given in the source');
		expect([...range.querySelectorAll('.axis text')].map((t) => t.textContent)).toContain('$0');
		const words = `${fig.querySelector('.takeaway')?.textContent} ${fig.querySelector('[id$="-desc"]')?.textContent}`;
		expect(words).toContain('no period given');
		expect(words).not.toMatch(/a year|per year|annual|per month/i);
	});

	it('has a distinct state per step and clamps out-of-range steps', () => {
		const steps = stepsOf('trade-range', story);
		expect(steps).toBe(4);
		expectDistinctStates('trade-range', story, steps);
		expect(figureOf(html(99)).getAttribute('data-step')).toBe(String(steps - 1));
		expect(figureOf(html(-3)).getAttribute('data-step')).toBe('0');
		expect(stateSignature(figureOf(html(99)))).toBe(stateSignature(figureOf(html(steps - 1))));
		// Every mark is drawn in every state; the height is the same in every state, and no taller when wider.
		for (let s = 0; s < steps; s++) expect(svgOf(s).querySelectorAll('g.mark[data-key]')).toHaveLength(tradeSeries(story).length);
		for (const w of [288, 720]) expect(new Set([0, 1, 2, 3].map((s) => tradeLayout(story, w, s).height)).size).toBe(1);
		const heights = [288, 358, 560, 960].map((w) => tradeLayout(story, w, 0).height);
		expect(heights).toEqual([...heights].sort((a, b) => b - a));
	});

	it('focuses the range, its constraints, the projects, then the list and the shipments', () => {
		const focus = (s: number) => [...svgOf(s).querySelectorAll('g.mark[data-state="focus"]')].map((g) => g.getAttribute('data-key'));
		expect(focus(0)).toEqual(['trade-range']);
		expect(focus(1)).toEqual(['trade-range']);
		expect(focus(2)).toEqual(['investment-projects']);
		// The final state (an embed's and a download's default) has every mark at full strength.
		expect(focus(3)).toEqual(['trade-range', 'investment-projects', 'reconstruction-list', 'wheat-shipments-resumed']);
		expect(svgOf(3).querySelectorAll('[data-annot][data-state="focus"]')).toHaveLength(2);
		expect(svgOf(0).querySelector('[data-annot="constraint"]')?.getAttribute('data-state')).toBe('hidden');
		const s1 = svgOf(1);
		expect(s1.querySelector('[data-annot="constraint"]')?.getAttribute('data-state')).toBe('focus');
		expect(words(s1.querySelector('[data-annot="constraint"]'))).toMatch(/Constrained by conflict and sanctions/);
		expect(words(s1.querySelector('[data-annot="quote"]'))).toContain('constrained by conflict and sanctions');
		expect(s1.querySelector('[data-annot="quote"]')?.textContent).toContain('MENAFN');
		expect(svgOf(2).querySelector('[data-annot="constraint"]')?.getAttribute('data-state')).toBe('dim');
	});

	it('draws about 40 projects as an approximate unit grid, the list as chips, the shipment month', () => {
		const svg = svgOf(2);
		const grid = svg.querySelector('[data-key="investment-projects"]')!;
		expect(grid.querySelectorAll('rect.cell')).toHaveLength(40);
		expect(grid.querySelectorAll('rect.cell.approx').length).toBeGreaterThan(0);
		expect(grid.textContent).toMatch(/Around 40/);
		expect(words(grid)).toMatch(/energy, transport, housing and industry/);
		const list = svg.querySelector('[data-key="reconstruction-list"]')!;
		expect([...list.querySelectorAll('.chip-text')].map((t) => t.textContent)).toEqual(['Turkish', 'Saudi', 'Emirati', 'French', 'Russian companies: none listed']);
		expect(list.querySelectorAll('rect.chip.zero')).toHaveLength(1);
		expect(list.textContent).toMatch(/reportedly/);
		expect(svg.querySelector('[data-key="wheat-shipments-resumed"]')?.textContent).toContain('April 2025');
	});

	it('redraws from changed data: nothing is hard-coded', () => {
		const data = structuredClone(story);
		const range = data.economy.find((r) => r.kind === 'range')!;
		if (range.kind === 'range') Object.assign(range, { high: 1.5e9, period: 'a year', constraints: ['war'] });
		const projects = data.economy.find((r) => r.id === 'investment-projects')!;
		if (projects.kind === 'count') Object.assign(projects, { value: 25, qualifier: null });
		data.economy.push({
			id: 'test-count', kind: 'count', label: 'Test things', value: 12, unit: 'test things', qualifier: 'over',
			items: [], citations: [{ source: 'menafn', quote: 'a test quote' }]
		});
		const svg = svgOf(1, data);
		const range2 = svg.querySelector('[data-key="trade-range"]')!;
		expect([...range2.querySelectorAll('.end-label')].map((t) => t.textContent)).toEqual(['$650 million', '$1.5 billion']);
		expect(range2.querySelector('.period')?.textContent).toBe('Period: a year');
		expect(words(range2.querySelector('[data-annot="constraint"]'))).toMatch(/Constrained by war/);
		expect(svg.querySelectorAll('[data-key="investment-projects"] rect.cell')).toHaveLength(25);
		expect(svg.querySelectorAll('[data-key="investment-projects"] rect.cell.approx')).toHaveLength(0);
		expect(svg.querySelectorAll('[data-key="test-count"] rect.cell')).toHaveLength(12);
		expect(svg.querySelector('[data-key="test-count"]')?.textContent).toContain('Over 12 test things');
		expect(stepsOf('trade-range', data)).toBe(stepsOf('trade-range', story) + 1);
		expect(tradeLayout(data, 360, 0).targets.map((t) => t.key)).toEqual(tradeSeries(data).map((m) => m.id));
	});

	it('has a table whose rows are the chart’s CSV rows', () => {
		const rows = chartRows('trade-range', story);
		expect(tradeText(story).table.rows.map((r) => r.label)).toEqual(rows.map((r) => r.label));
		expect(tradeText(story).table.rows[0]).toMatchObject({ low_usd: '$650 million', high_usd: '$1 billion', sources: 'MENAFN' });
		const cells = tableCells(figureOf(html(0)));
		expect(cells).toHaveLength(rows.length);
		expect(cells.map((c) => c[0])).toEqual(rows.map((r) => String(r.label)));
	});
});
