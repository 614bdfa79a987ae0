/** The four charts by slug: component and number of states. Routes pick charts from here. */
import type { Component } from 'svelte';
import type { StoryData } from '$data/story';
import type { ChartSlug } from '$lib/data';
import Agreements from './agreements/Agreements.svelte';
import { agreementsSteps } from './agreements/layout';
import Delegations from './delegations/Delegations.svelte';
import { delegationSteps } from './delegations/layout';
import MeetingCadence from './meeting-cadence/MeetingCadence.svelte';
import { cadenceSteps } from './meeting-cadence/layout';
import TradeRange from './trade-range/TradeRange.svelte';
import { tradeSteps } from './trade-range/layout';
import type { ChartProps } from './types';

export interface ChartEntry {
	component: Component<ChartProps>;
	/** How many states the chart has for this data. */
	steps: (data: StoryData) => number;
}

export const charts: Record<ChartSlug, ChartEntry> = {
	'meeting-cadence': { component: MeetingCadence, steps: cadenceSteps },
	delegations: { component: Delegations, steps: delegationSteps },
	agreements: { component: Agreements, steps: agreementsSteps },
	'trade-range': { component: TradeRange, steps: tradeSteps }
};
