import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { story } from '$lib/data';
import { tradeSeries } from '$lib/data/series';
import TradeRange from '$lib/charts/trade-range/TradeRange.svelte';
import { focusSecondMark } from './dom-helpers';
import { charts } from '$lib/charts/registry';

describe('trade-range chart in the browser DOM', () => {
	it('offers one keyboard target per mark and shows the next mark’s quote and source on ArrowRight', async () => {
		const { key, detail, container } = await focusSecondMark(TradeRange, { data: story, step: 0 });
		expect(container.querySelectorAll('button[data-key]')).toHaveLength(tradeSeries(story).length);
		const mark = tradeSeries(story).find((m) => m.id === key)!;
		expect(mark).toBeDefined();
		expect(detail).toContain(mark.label);
		for (const c of mark.citations) expect(detail).toContain(c.quote);
		const outlet = story.sources.find((s) => s.id === mark.citations[0]!.source)!.outlet!;
		expect(detail).toContain(`Source: ${outlet}`);
	});

	it('shows the range’s wording and its missing period when the band is focused', async () => {
		const { container } = await focusSecondMark(TradeRange, { data: story, step: charts['trade-range'].steps(story) - 1 });
		const band = container.querySelector<HTMLButtonElement>('button[data-key="trade-range"]')!;
		band.focus();
		await tick();
		const detail = container.querySelector('.detail')!.textContent ?? '';
		expect(detail).toContain('Not given in the source');
		expect(detail).toContain('ranges from $650 million to $1 billion, constrained by conflict and sanctions');
		expect(detail).toContain('MENAFN');
	});
});
