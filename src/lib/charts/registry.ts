/** The four charts by slug: component, number of states and words. Routes pick charts from here. */
import type { Component } from 'svelte';
import type { StoryData } from '$data/story';
import type { ChartSlug } from '$lib/data';
import Agreements from './agreements/Agreements.svelte';
import { agreementsSteps } from './agreements/layout';
import { agreementsText } from './agreements/text';
import Delegations from './delegations/Delegations.svelte';
import { delegationSteps } from './delegations/layout';
import { delegationsText } from './delegations/text';
import MeetingCadence from './meeting-cadence/MeetingCadence.svelte';
import { cadenceSteps } from './meeting-cadence/layout';
import { cadenceText } from './meeting-cadence/text';
import TradeRange from './trade-range/TradeRange.svelte';
import { tradeSteps } from './trade-range/layout';
import { tradeText } from './trade-range/text';
import type { ChartProps, ChartText } from './types';

export interface ChartEntry {
	component: Component<ChartProps>;
	/** How many states the chart has for this data. */
	steps: (data: StoryData) => number;
	/** The chart's words: title, takeaway, source line… */
	text: (data: StoryData) => ChartText;
}

export const charts: Record<ChartSlug, ChartEntry> = {
	'meeting-cadence': { component: MeetingCadence, steps: cadenceSteps, text: cadenceText },
	delegations: { component: Delegations, steps: delegationSteps, text: delegationsText },
	agreements: { component: Agreements, steps: agreementsSteps, text: agreementsText },
	'trade-range': { component: TradeRange, steps: tradeSteps, text: tradeText }
};
