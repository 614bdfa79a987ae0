/** The agreements chart as prerendered, worked by the page's script: keyboard focus shows the entry's quote and source. */
import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { agreementsLayout } from '$lib/charts/agreements/layout';
import { focusAndPress } from './dom-helpers';

describe('agreements chart with its page script', () => {
	it('shows the focused entry’s quote and source on keyboard focus', () => {
		const { focused, text } = focusAndPress('agreements', 0);
		const [id, i] = focused!.split(':');
		const entry = story.agreements.find((a) => a.id === id)!.history[Number(i)]!;
		expect(focused).toBe(agreementsLayout(story, 360, 0).targets.filter((t) => !t.dim)[1]!.key);
		expect(text).toContain(entry.citations[0]!.quote);
		expect(text).toMatch(/Source: /);
	});
});
