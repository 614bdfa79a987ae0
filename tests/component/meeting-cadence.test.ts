import { describe, expect, it } from 'vitest';
import { story } from '$lib/data';
import { cadenceSeries } from '$lib/data/series';
import MeetingCadence from '$lib/charts/meeting-cadence/MeetingCadence.svelte';
import { focusSecondMark } from './dom-helpers';
import { charts } from '$lib/charts/registry';

describe('meeting-cadence chart in the browser DOM', () => {
	it('shows the focused mark’s facts and its quoted source on keyboard focus', async () => {
		const { key, detail } = await focusSecondMark(MeetingCadence, { data: story, step: charts['meeting-cadence'].steps(story) - 1 });
		const mark = cadenceSeries(story).find((m) => m.id === key)!;
		expect(detail).toContain(mark.title);
		expect(detail).toContain(mark.citations[0]!.quote);
		expect(detail).toMatch(/Source: /);
	});
});
