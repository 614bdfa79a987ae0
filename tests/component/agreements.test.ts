/** The agreements chart mounted in jsdom: keyboard focus shows the entry's quote and source. */
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import Agreements from '$lib/charts/agreements/Agreements.svelte';
import { agreementsLayout } from '$lib/charts/agreements/layout';
import { focusSecondMark } from './dom-helpers';

describe('agreements chart in the browser DOM', () => {
	it('shows the focused entry’s quote and source on keyboard focus', async () => {
		const { key, detail } = await focusSecondMark(Agreements, { data: story, step: 0 });
		const [id, i] = key!.split(':');
		const entry = story.agreements.find((a) => a.id === id)!.history[Number(i)]!;
		expect(key).toBe(agreementsLayout(story, 360, 0).targets.filter((t) => !t.dim)[1]!.key);
		expect(detail).toContain(entry.citations[0]!.quote);
		expect(detail).toMatch(/Source: /);
	});
});
