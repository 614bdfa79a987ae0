/**
 * Which slides of /present show which section, read off the slides the narrative renders (the
 * one numbering: `renderSlides`). The teacher's guide links to these numbers, so every
 * `/present#slide-N` it names exists by construction.
 */
import type { SlideInfo } from './slides';

export interface SlideRange {
	from: number;
	to: number;
}
export interface SlidePlan {
	/** The step slides of each section that has a chart. */
	ranges: Record<string, SlideRange>;
	/** The closing discussion slide. */
	end: number;
}

export function slidePlan(slides: SlideInfo[]): SlidePlan {
	const ranges: Record<string, SlideRange> = {};
	for (const s of slides) {
		if (s.kind !== 'step') continue;
		const id = s.sections[0]!;
		const r = (ranges[id] ??= { from: s.n, to: s.n });
		r.from = Math.min(r.from, s.n);
		r.to = Math.max(r.to, s.n);
	}
	return { ranges, end: slides.find((s) => s.kind === 'end')?.n ?? slides.length };
}

