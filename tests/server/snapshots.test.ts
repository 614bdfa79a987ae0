/**
 * Every state of every chart as the SVG a newsroom downloads, at a phone's width and a
 * desktop's: snapshots kept in git as .svg files (open them to review a change like code).
 * `npx vitest run -u tests/server/snapshots.test.ts` writes them anew after an intended change.
 */
import { describe, expect, test } from 'vitest';
import { CHART_SLUGS, stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { standaloneSvg } from '$lib/share/standalone';

const WIDTHS = [360, 960];

describe.each(CHART_SLUGS)('%s', (slug) => {
	const states = Array.from({ length: stepsOf(slug, story) }, (_, i) => i);
	test.each(states.flatMap((step) => WIDTHS.map((width) => ({ step, width }))))('state $step at $width px', async ({ step, width }) => {
		// One element a line, so a change reads as a diff.
		const svg = standaloneSvg(slug, story, step, 'light', width).replace(/></g, '>\n<');
		await expect(svg).toMatchFileSnapshot(`./__snapshots__/${slug}-state-${step + 1}-${width}.svg`);
	});
});
