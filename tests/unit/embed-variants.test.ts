import { describe, expect, test } from 'vitest';
import { EMBED_PAD, EMBED_WIDTHS, variantCss } from '$lib/embed/variants';
import { pickWidth, STORY_SSR_WIDTH, STORY_WIDTHS, storyStatesPath } from '$lib/story/widths';

describe('embed plot widths', () => {
	test('ascend, and the narrowest fits a 320 px phone', () => {
		expect([...EMBED_WIDTHS]).toEqual([...EMBED_WIDTHS].sort((a, b) => a - b));
		expect(EMBED_WIDTHS[0] + 2 * EMBED_PAD).toBeLessThanOrEqual(320);
	});
	test('each wider plot takes over at the frame width where it fits', () => {
		const css = variantCss([300, 400], 10);
		expect(css).toContain('.embed-root .variant{display:none}');
		expect(css).toContain('.embed-root .variant[data-width="300"]{display:block}');
		expect(css).toContain(
			'@media (min-width:420px){.embed-root .variant[data-width="300"]{display:none}.embed-root .variant[data-width="400"]{display:block}}'
		);
	});
});

describe('story plot widths', () => {
	test('ascend, start at a 320 px phone, include the width the page is drawn at', () => {
		expect([...STORY_WIDTHS]).toEqual([...STORY_WIDTHS].sort((a, b) => a - b));
		expect(STORY_WIDTHS[0]).toBeLessThanOrEqual(320 - 2 * 16);
		expect(STORY_WIDTHS).toContain(STORY_SSR_WIDTH);
	});
	test('the widest that fits the column, the narrowest when none does', () => {
		expect(pickWidth(358)).toBe(358);
		expect(pickWidth(357.6)).toBe(358);
		expect(pickWidth(357)).toBe(343);
		expect(pickWidth(628.8)).toBe(628);
		expect(pickWidth(2000)).toBe(STORY_WIDTHS.at(-1));
		expect(pickWidth(100)).toBe(STORY_WIDTHS[0]);
		expect(pickWidth(0)).toBe(STORY_WIDTHS[0]);
	});
	test('its states live in one file per chart and width', () => {
		expect(storyStatesPath('agreements', 628)).toBe('/story/agreements/628.json');
	});
});
