/**
 * The chart slugs, in story order. Paths, embeds and downloads are keyed by them. A module of
 * its own, without the data: pages that only name the charts (the 404 page, the deck) need not
 * load the story data.
 */
export const CHART_SLUGS = ['meeting-cadence', 'delegations', 'agreements', 'trade-range'] as const;
export type ChartSlug = (typeof CHART_SLUGS)[number];
export const isChartSlug = (s: string): s is ChartSlug => (CHART_SLUGS as readonly string[]).includes(s);
