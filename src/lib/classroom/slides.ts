/**
 * The slide list of /present: a title slide, one slide per story step (numbered by the Steps
 * themselves as they render on the server), and a closing discussion slide. The deck reads them
 * back from the prerendered slides' attributes (`slideInfo`).
 */
import type { ChartSlug } from '$lib/data/slugs';
import { chartSection } from '$lib/story/sections';

export type SlideInfo =
	| { n: number; kind: 'title'; sections: string[] }
	| { n: number; kind: 'step'; slug: ChartSlug; step: number; sections: string[] }
	| { n: number; kind: 'end'; sections: string[] };

/** Collects slides in render order; `register` is what `setStoryMode({ registerSlide })` takes. */
export function slideRegistry(titleSections: string[]) {
	const slides: SlideInfo[] = [{ n: 1, kind: 'title', sections: titleSections }];
	return {
		slides,
		register({ slug, step }: { slug: ChartSlug; step: number }): number {
			const n = slides.length + 1;
			slides.push({ n, kind: 'step', slug, step, sections: [chartSection(slug).id] });
			return n;
		},
		end(sections: string[]): number {
			const n = slides.length + 1;
			slides.push({ n, kind: 'end', sections });
			return n;
		}
	};
}
export type SlideRegistry = ReturnType<typeof slideRegistry>;

/**
 * What the deck knows of a prerendered slide, from its attributes: `data-slide` (its number),
 * `data-slug` and `data-state` (a step slide's chart state), `data-sections` (whose notes).
 */
export function slideInfo(el: HTMLElement): SlideInfo {
	const n = Number(el.dataset.slide);
	const slug = el.dataset.slug ?? '';
	const sections = (el.dataset.sections ?? '').split(' ').filter(Boolean);
	if (slug) return { n, kind: 'step', slug, step: Number(el.dataset.state) || 0, sections };
	return n === 1 ? { n, kind: 'title', sections } : { n, kind: 'end', sections };
}

/** The slide a location hash names (`#slide-7`), or null when it names none of 1…total. */
export function slideFromHash(hash: string, total: number): number | null {
	const m = /^#slide-([1-9][0-9]{0,3})$/.exec(hash);
	if (!m) return null;
	const n = Number(m[1]);
	return n <= total ? n : null;
}

export const slideHash = (n: number) => `#slide-${n}`;

export const clampSlide = (n: number, total: number) => Math.min(Math.max(1, Math.round(n)), Math.max(1, total));
