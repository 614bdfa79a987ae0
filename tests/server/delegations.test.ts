import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { chartRows } from '$lib/data/csv';
import { delegationSeries } from '$lib/data/series';
import { en } from '$lib/charts/words/en';
import { expectDistinctStates, figureOf, serverHtml, tableCells, words } from './ssr-helpers';
import { stepsOf } from '$lib/charts/registry';

const sectorLabel = en.labels.sector;

const html = (step = 0, data = story) => serverHtml('delegations', { data, step });

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
		for (const g of unnamed) expect(g.querySelector('.name')?.textContent).toMatch(/^\s*Unnamed/);
	});

	it('flags, and names the article of, every presence only one article reports', () => {
		const fig = figureOf(html(2));
		const flagged = [...fig.querySelectorAll('g.chip.one-source')];
		const expected = delegationSeries(story).flatMap((c) => c.marks.filter((m) => m.oneSource).map((m) => m.key));
		expect(flagged.map((g) => g.getAttribute('data-key')).sort()).toEqual(expected.sort());
		expect(flagged.length).toBeGreaterThan(0);
		const lavrov = fig.querySelector('g.chip[data-key="july-ministers@2025-07-31:sergei-lavrov"]')!;
		expect([...lavrov.querySelectorAll('.flag tspan')].map((t) => t.textContent).join(' ')).toBe('Named in one article only: TRT World');
		expect(fig.textContent).not.toMatch(/disputed|one source only/i);
		expect(fig.querySelector('.key')?.textContent).toContain('Named in one article only');
	});

	it('shows each article’s account of the July visit on its own, both focused in the July state', () => {
		const fig = figureOf(html(2));
		const blocks = [...fig.querySelectorAll('g.block')];
		const july = blocks.filter((b) => b.getAttribute('data-event') === 'july-ministers');
		expect(july.map((b) => b.getAttribute('data-column'))).toEqual(['july-ministers@2025-07-03', 'july-ministers@2025-07-31']);
		expect(july.map((b) => b.getAttribute('data-state'))).toEqual(['focus', 'focus']);
		expect(words(july[0]!.querySelector('.when'))).toBe('3 July 2025 (A pragmatic rapprochement)');
		expect(words(july[1]!.querySelector('.when'))).toBe('from 31 July 2025 (TRT World)');
		expect(july[0]!.querySelector('[data-key$=":hussein-al-salama"]')).not.toBeNull();
		expect(july[0]!.querySelector('[data-key$=":vladimir-putin"]')).toBeNull();
		expect(july[1]!.querySelector('[data-key$=":hussein-al-salama"]')).toBeNull();
		expect(blocks.filter((b) => b.getAttribute('data-state') === 'focus')).toHaveLength(2);
	});

	it('has one state per contact plus the whole year, all distinct, clamped', () => {
		const steps = stepsOf('delegations', story);
		expect(steps).toBeGreaterThanOrEqual(3);
		expectDistinctStates('delegations', story, steps);
		expect(figureOf(html(42)).getAttribute('data-step')).toBe(String(steps - 1));
	});

	it('adds a chip when a participant is added to the data', () => {
		const data = structuredClone(story);
		const oct = data.events.find((e) => e.id === 'october-summit')!;
		oct.participants.push({ side: 'russia', person: 'sergei-lavrov', sector: 'foreign-affairs', citations: [{ source: 'trt', quote: 'x' }] });
		const fig = figureOf(html(0, data));
		expect(fig.querySelector('g.chip[data-key="october-summit:sergei-lavrov"]')).not.toBeNull();
	});

	it('has a table equal to the data, in readers’ words', () => {
		const marks = delegationSeries(story).flatMap((c) => c.marks);
		const cells = tableCells(figureOf(html()));
		expect(cells).toHaveLength(marks.length);
		expect(cells.map((r) => r[3])).toEqual(marks.map((m) => (m.unnamed ? `Unnamed: ${m.name.replace(/\s*\.\.\.\s*/g, ' ')}` : m.name)));
		expect(cells.map((r) => r[5])).toEqual(marks.map((m) => sectorLabel[m.sector]));
		const text = cells.flat().join(' ');
		expect(text).not.toMatch(/seed-0|\btrt\b|menafn|syrian-observer|foreign-affairs|\brussia\b|\bsyria\b/);
		const summit = cells.find((r) => r[0] === '15 October 2025' && r[3] === 'Ahmed al-Sharaa')!;
		expect(summit[4]).toBe('Interim (transitional) President of Syria');
		expect(summit[7]).toBe('MENAFN; “Syria - Russia: A pragmatic rapprochement”');
	});
});
