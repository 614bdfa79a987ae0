import { getContext, setContext } from 'svelte';
import type { ChartSlug } from '$lib/data';

/** What a Scrolly shares with its Steps: their index and the chart. */
interface ScrollyContext {
	slug: ChartSlug;
	register(): number;
}

const KEY = Symbol('scrolly');
export const setScrolly = (ctx: ScrollyContext) => setContext(KEY, ctx);
export const getScrolly = () => getContext<ScrollyContext>(KEY);

/**
 * How the same narrative is laid out: scrollytelling (the story), one step per slide (the
 * classroom presentation) or each step beside its chart state (the printable handout).
 */
type StoryMode = 'story' | 'slides' | 'handout';

interface ModeContext {
	mode: StoryMode;
	/** Slides: numbers steps across the whole story (1-based slide numbers). */
	registerSlide?(info: { slug: ChartSlug; step: number }): number;
}

const MODE = Symbol('story-mode');
export const setStoryMode = (ctx: ModeContext) => setContext(MODE, ctx);
export const getStoryMode = (): ModeContext => getContext<ModeContext>(MODE) ?? { mode: 'story' };
