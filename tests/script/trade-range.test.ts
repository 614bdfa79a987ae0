/** The money chart as prerendered, worked by the page's script. */
import { describe, expect, it } from 'vitest';
import { stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { tradeSeries } from '$lib/data/series';
import { focusAndPress } from './dom-helpers';

describe('trade-range chart with its page script', () => {
	it('offers one keyboard target per mark and shows the next mark’s quote and source on ArrowRight', () => {
		const { figure, focused, text } = focusAndPress('trade-range', 0);
		expect(figure.querySelectorAll('.targets button[data-key]')).toHaveLength(tradeSeries(story).length);
		const mark = tradeSeries(story).find((m) => m.id === focused)!;
		expect(mark).toBeDefined();
		expect(text).toContain(mark.label);
		for (const c of mark.citations) expect(text).toContain(c.quote);
		const outlet = story.sources.find((s) => s.id === mark.citations[0]!.source)!.outlet!;
		expect(text).toContain(`Source: ${outlet}`);
	});

	it('shows the range’s wording and its missing period when the band is focused', () => {
		const { figure, detail } = focusAndPress('trade-range', stepsOf('trade-range', story) - 1);
		figure.querySelector<HTMLButtonElement>('button[data-key="trade-range"]')!.focus();
		expect(detail()).toContain('Not given in the source');
		expect(detail()).toContain('ranges from $650 million to $1 billion, constrained by conflict and sanctions');
		expect(detail()).toContain('MENAFN');
	});
});
