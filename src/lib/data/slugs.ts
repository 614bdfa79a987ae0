/**
 * A chart's slug: paths, embeds and downloads are keyed by it. The registry
 * (`$lib/charts/registry`) lists the charts; browser scripts only name them, so they take the
 * type from here without loading the registry.
 */
export type ChartSlug = string;
