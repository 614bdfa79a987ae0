import { describe, expect, test } from 'vitest';
import { EMBED_PAD, EMBED_WIDTHS, variantCss } from '$lib/embed/variants';

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
