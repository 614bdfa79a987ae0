/**
 * One chart by slug, imported on demand: a page that shows a single chart (an embed) ships the
 * code of that chart only. Pages that show all four use ./registry.
 */
import type { ChartSlug } from '$lib/data';
import type { ChartEntry } from './registry';

const pick = async <C, S>(component: Promise<{ default: C }>, layout: Promise<S>, steps: (l: S) => ChartEntry['steps']) => {
	const [c, l] = await Promise.all([component, layout]);
	return { component: c.default, steps: steps(l) } as ChartEntry;
};

export const loadChart: Record<ChartSlug, () => Promise<ChartEntry>> = {
	'meeting-cadence': () => pick(import('./meeting-cadence/MeetingCadence.svelte'), import('./meeting-cadence/layout'), (l) => l.cadenceSteps),
	delegations: () => pick(import('./delegations/Delegations.svelte'), import('./delegations/layout'), (l) => l.delegationSteps),
	agreements: () => pick(import('./agreements/Agreements.svelte'), import('./agreements/layout'), (l) => l.agreementsSteps),
	'trade-range': () => pick(import('./trade-range/TradeRange.svelte'), import('./trade-range/layout'), (l) => l.tradeSteps)
};
