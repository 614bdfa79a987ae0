import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { chartRows } from '$lib/data/csv';
import { cadenceSeries } from '$lib/data/series';
import { expectDistinctStates, figureOf, serverHtml, tableCells } from './ssr-helpers';
import { stepsOf } from '$lib/charts/registry';

const html = (step = 0, data = story) => serverHtml('meeting-cadence', { data, step });

describe('meeting-cadence chart', () => {
	it('renders on the server as <figure data-chart data-step> with a caption and one mark per event', () => {
		const fig = figureOf(html(0));
		expect(fig.getAttribute('data-chart')).toBe('meeting-cadence');
		expect(fig.getAttribute('data-step')).toBe('0');
		expect(fig.querySelector('figcaption')?.textContent).toContain('How often Russia and Syria met');
		expect(fig.querySelector('svg[role="img"]')?.getAttribute('aria-labelledby')).toBe(fig.querySelector('.title')?.id);
		expect(fig.querySelector('[id$="-desc"]')?.textContent).toContain('28 January 2025');
		const keys = [...fig.querySelectorAll('g.mark')].map((g) => g.getAttribute('data-key'));
		expect(keys).toEqual(cadenceSeries(story).map((m) => m.id));
	});

	it('has one state per contact plus context and whole rhythm, all distinct', () => {
		const steps = stepsOf('meeting-cadence', story);
		expect(steps).toBe(story.events.filter((e) => e.contact).length + 2);
		expect(steps).toBeGreaterThanOrEqual(5);
		expectDistinctStates('meeting-cadence', story, steps);
	});

	it('clamps out-of-range steps', () => {
		expect(figureOf(html(99)).getAttribute('data-step')).toBe(String(stepsOf('meeting-cadence', story) - 1));
		expect(figureOf(html(-3)).getAttribute('data-step')).toBe('0');
	});

	it('draws the disputed July date as two claimed dates, not one point', () => {
		const fig = figureOf(html(3));
		const july = fig.querySelector('g.mark[data-key="july-ministers"]')!;
		expect(july.getAttribute('data-state')).toBe('focus');
		expect(july.querySelectorAll('rect.claim')).toHaveLength(2);
		expect(july.textContent).toContain('3 July and/or 31 July 2025');
		// The label keeps both days; the table and description say the articles differ.
		expect(fig.querySelector('table')?.textContent).toContain('one visit or two');
		expect(july.textContent).not.toMatch(/disputed/);
	});

	it('shows the gaps between contacts in the whole-rhythm state', () => {
		const fig = figureOf(html(stepsOf('meeting-cadence', story) - 1));
		const gaps = [...fig.querySelectorAll('g.gap text')].map((t) => t.textContent);
		expect(gaps).toHaveLength(story.events.filter((e) => e.contact).length - 1);
		expect(gaps.join(' ')).toMatch(/days/);
	});

	it('adds a mark when the data gains a contact (nothing hard-coded)', () => {
		const data = structuredClone(story);
		const call = structuredClone(data.events.find((e) => e.id === 'february-call')!);
		call.id = 'extra-call';
		call.title = 'A fixture call';
		call.date = { date: '2025-05', precision: 'month' };
		data.events.push(call);
		const fig = figureOf(html(0, data));
		expect(fig.querySelector('g.mark[data-key="extra-call"]')).not.toBeNull();
		expect(stepsOf('meeting-cadence', data)).toBe(stepsOf('meeting-cadence', story) + 1);
	});

	it('has a table equal to the data', () => {
		const fig = figureOf(html(0));
		const rows = chartRows('meeting-cadence', story);
		const cells = tableCells(fig);
		expect(cells).toHaveLength(rows.length);
		expect(cells.map((r) => r[0])).toEqual(rows.map((r) => String(r.date)));
		expect(cells.map((r) => r[1])).toEqual(rows.map((r) => String(r.title)));
	});

});
