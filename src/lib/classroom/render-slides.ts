/**
 * The slides of /present as HTML, rendered on the server only (prerendering). `head` holds the
 * charts' own styles (they are injected with their markup), for the charts in <noscript> and
 * for the states the deck's script swaps in.
 */
import { render } from 'svelte/server';
import type { Lang } from '$lib/i18n/editions';
import { SECTIONS } from '$lib/story/sections';
import PresentSlides from './PresentSlides.svelte';
import { slideRegistry, type SlideInfo } from './slides';

interface RenderedSlides {
	body: string;
	head: string;
	total: number;
	/** The slides in order, for the guide's links (`slidePlan`). */
	slides: SlideInfo[];
}

const rendered = new Map<Lang, RenderedSlides>();
/** Rendered once per build and edition: /present shows them and /teach links to them. */
export function renderSlides(lang: Lang = 'en'): RenderedSlides {
	const done = rendered.get(lang);
	if (done) return done;
	// The title slide goes with the notes of the story's first section.
	const registry = slideRegistry([SECTIONS[0]!.id]);
	const { body, head } = render(PresentSlides, { props: { registry, lang } });
	// Nothing hydrates this markup: Svelte's hydration comments are dropped.
	const slides = { body: body.replace(/<!--[^]*?-->/g, ''), head, total: registry.slides.length, slides: registry.slides };
	rendered.set(lang, slides);
	return slides;
}
