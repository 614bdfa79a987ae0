/**
 * Which slides of /present show which section: slide 1 is the title, then each chart's steps in
 * story order (one slide per chart state, as the narrative has one step per state), then the
 * closing discussion slide. The teacher's guide links to these numbers; the build checks that
 * every `/present#slide-N` it links to exists.
 */
import { chartMeta } from '$lib/charts/meta';
import { charts } from '$lib/charts/registry';
import { CHART_SLUGS, story, type ChartSlug } from '$lib/data';

export interface SlideRange {
	slug: ChartSlug;
	section: string;
	from: number;
	to: number;
}

export function slidePlan(): { ranges: Record<string, SlideRange>; total: number; end: number } {
	const ranges: Record<string, SlideRange> = {};
	let n = 1;
	for (const slug of CHART_SLUGS) {
		const count = charts[slug].steps(story);
		const section = chartMeta[slug].anchor;
		ranges[section] = { slug, section, from: n + 1, to: n + count };
		n += count;
	}
	return { ranges, total: n + 1, end: n + 1 };
}

/** "slides 2–7" */
export const sayRange = (r: SlideRange) => (r.from === r.to ? `slide ${r.from}` : `slides ${r.from}–${r.to}`);
