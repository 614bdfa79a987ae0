/** The four charts by slug: component, number of states and words. Routes pick charts from here. */
import type { Component } from 'svelte';
import type { StoryData } from '$data/story';
import type { ChartSlug } from '$lib/data';
import Agreements from './agreements/Agreements.svelte';
import { agreementStateKeys } from './agreements/layout';
import { agreementsText } from './agreements/text';
import Delegations from './delegations/Delegations.svelte';
import { delegationStates } from './delegations/layout';
import { delegationsText } from './delegations/text';
import MeetingCadence from './meeting-cadence/MeetingCadence.svelte';
import { cadenceStates } from './meeting-cadence/layout';
import { cadenceText } from './meeting-cadence/text';
import TradeRange from './trade-range/TradeRange.svelte';
import { tradeStates } from './trade-range/layout';
import { tradeText } from './trade-range/text';
import type { ChartProps, ChartText } from './types';

export interface ChartEntry {
	component: Component<ChartProps>;
	/**
	 * Its states for this data, by name, in order (a state's number is its place here). The
	 * story's steps name the state they show (`<Step state="all">`), so a record that adds a
	 * state adds it to the gallery, embeds and downloads without moving the story's steps.
	 */
	states: (data: StoryData) => string[];
	/** How many states the chart has for this data. */
	steps: (data: StoryData) => number;
	/** The chart's words: title, takeaway, source line… */
	text: (data: StoryData) => ChartText;
}

const entry = (e: Omit<ChartEntry, 'steps'>): ChartEntry => ({ ...e, steps: (data) => e.states(data).length });

export const charts: Record<ChartSlug, ChartEntry> = {
	'meeting-cadence': entry({ component: MeetingCadence, states: cadenceStates, text: cadenceText }),
	delegations: entry({ component: Delegations, states: delegationStates, text: delegationsText }),
	agreements: entry({ component: Agreements, states: agreementStateKeys, text: agreementsText }),
	'trade-range': entry({ component: TradeRange, states: tradeStates, text: tradeText })
};

/** The number of a chart's state named `key`; a name the data does not give stops the build. */
export function stateIndex(slug: ChartSlug, data: StoryData, key: string): number {
	const states = charts[slug].states(data);
	const i = states.indexOf(key);
	if (i < 0) throw new Error(`A story step names the state "${key}" of the chart "${slug}", which has only: ${states.join(', ')}.`);
	return i;
}
