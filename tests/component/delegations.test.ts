import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { delegationSeries } from '$lib/data/series';
import Delegations from '$lib/charts/delegations/Delegations.svelte';
import { focusSecondMark } from './dom-helpers';

describe('delegations chart in the browser DOM', () => {
	it('shows the focused participant and the quoted source on keyboard focus', async () => {
		const { key, detail } = await focusSecondMark(Delegations, { data: story, step: 0 });
		const mark = delegationSeries(story).flatMap((c) => c.marks).find((m) => m.key === key)!;
		expect(mark).toBeDefined();
		expect(detail).toContain(mark.citations[0]!.quote);
		expect(detail).toMatch(/Source: /);
	});
});
