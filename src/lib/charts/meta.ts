/** Names and story anchors of the four charts: one place for gallery, embeds, 404 and story. */
import type { ChartSlug } from '$lib/data';

export const chartMeta: Record<ChartSlug, { title: string; anchor: string }> = {
	'meeting-cadence': { title: 'How often Russia and Syria met', anchor: 'meetings' },
	delegations: { title: 'Who sat at the table', anchor: 'delegations' },
	agreements: { title: 'What is being renegotiated', anchor: 'agreements' },
	'trade-range': { title: 'Money and reconstruction', anchor: 'trade' }
};
