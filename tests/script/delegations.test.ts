/** The delegations chart as prerendered, worked by the page's script. */
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { delegationSeries } from '$lib/data/series';
import { focusAndPress } from './dom-helpers';

describe('delegations chart with its page script', () => {
	it('shows the focused participant and the quoted source on keyboard focus', () => {
		const { focused, text } = focusAndPress('delegations', 0);
		const mark = delegationSeries(story).flatMap((c) => c.marks).find((m) => m.key === focused)!;
		expect(mark).toBeDefined();
		expect(text).toContain(mark.citations[0]!.quote);
		expect(text).toMatch(/Source: /);
	});
});
