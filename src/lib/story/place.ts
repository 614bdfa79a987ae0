/**
 * The reader's place in the story, kept across a reload, back/forward without the back/forward
 * cache, a discarded tab, a rotation and a text-size change. A pixel offset means nothing
 * after these: blocks off screen keep guessed heights until drawn (content-visibility) and
 * a new width rewraps every line. So the place is the block at the line where steps turn
 * (a step card, a heading, a paragraph) and how far its top is from the screen's top; it
 * lives in the history entry (`history.state`), which the browser keeps for all of them.
 */
import { stepAt, TRIGGER } from '$lib/scrolly/watch';

interface Place {
	/** A card's or heading's id, or `#N`: the N-th block of the story. */
	key: string;
	/**
	 * Its top, in px from the trigger line (60% of the screen): after a rotation the same card
	 * is still the step in view, where a distance from the screen's top would not keep it so.
	 */
	top: number;
}

const blocks = () => [...document.querySelectorAll<HTMLElement>('.story > *')];

/**
 * The block at the trigger line: in a scrolly, the last card whose top has passed it (the
 * step in view); elsewhere the story's block there. Only laid-out boxes are read: a scrolly's
 * cards only when the scrolly itself spans the line (content-visibility skips the others).
 */
function here(): Place | null {
	const y = innerHeight * TRIGGER;
	for (const s of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
		const box = s.getBoundingClientRect();
		if (box.top > y || box.bottom <= y) continue;
		const cards = [...s.querySelectorAll<HTMLElement>('.card[id]')];
		// The same step the chart shows (watchSteps' rule).
		const card = cards[stepAt(cards, y)];
		return card ? { key: card.id, top: card.getBoundingClientRect().top - y } : null;
	}
	const all = blocks();
	let index = -1;
	for (let i = 0; i < all.length && all[i]!.getBoundingClientRect().top <= y; i++) index = i;
	if (index < 0) return null;
	const block = all[index]!;
	return { key: block.id || `#${index}`, top: block.getBoundingClientRect().top - y };
}

function find(key: string): HTMLElement | null {
	if (key.startsWith('#')) return blocks()[Number(key.slice(1))] ?? null;
	return document.getElementById(key);
}

function save() {
	const place = here();
	if (place) history.replaceState({ ...(history.state ?? {}), place }, '');
}

/**
 * Scrolls until the block's top is where it was. Blocks above it that get drawn meanwhile
 * change height, so it checks again each frame until the block has stayed put for two.
 */
function restore(place: Place, tries = 20, still = 0) {
	const el = find(place.key);
	if (!el) return;
	const off = el.getBoundingClientRect().top - (place.top + innerHeight * TRIGGER);
	if (Math.abs(off) > 1) window.scrollBy({ top: off, behavior: 'instant' });
	const settled = Math.abs(off) > 1 ? 0 : still + 1;
	if (tries > 1 && settled < 2) requestAnimationFrame(() => restore(place, tries - 1, settled));
}

/** A step's address (`#meetings-3`): its card just above the line where it turns the chart. */
function toStep() {
	const card = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (card?.matches('.card[id]')) restore({ key: card.id, top: -0.02 * innerHeight });
}

/** Keeps the place (the charts follow: restoring scrolls, and scrolling sets their steps). */
export function keepPlace() {
	const saved = (history.state as { place?: Place } | null)?.place;
	const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	// A link to a section or step lands there by itself; a reload, back or forward come back here.
	history.scrollRestoration = 'manual';
	if (saved && nav && nav.type !== 'navigate') restore(saved);
	else toStep();
	addEventListener('hashchange', toStep);
	let timer: ReturnType<typeof setTimeout> | undefined;
	addEventListener('scroll', () => {
		clearTimeout(timer);
		timer = setTimeout(save, 200);
	}, { passive: true });
	// Rotation or a new text size: the same block back at the same height on screen.
	let last: Place | null = null;
	let resizing: ReturnType<typeof setTimeout> | undefined;
	addEventListener('resize', () => {
		last ??= (history.state as { place?: Place } | null)?.place ?? null;
		clearTimeout(resizing);
		resizing = setTimeout(() => {
			if (last) restore(last);
			last = null;
		}, 150);
	});
}

/**
 * The place as an id every edition shares: the step in view, else the block there if it has
 * one (a section's heading), else the last such block above it.
 */
export function placeId(): string {
	const place = here();
	let el = place ? find(place.key) : null;
	while (el && !el.id) el = el.previousElementSibling as HTMLElement | null;
	return el?.id ?? '';
}
