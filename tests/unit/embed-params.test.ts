import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '$lib/embed/params';

describe('parseEmbedParams', () => {
	it('defaults to the final state and the auto theme', () => {
		expect(parseEmbedParams('', 5)).toEqual({ step: 4, theme: 'auto', childId: null, title: true, key: true });
	});
	it('reads a valid step and theme', () => {
		expect(parseEmbedParams('?step=2&theme=dark', 5)).toMatchObject({ step: 2, theme: 'dark' });
		expect(parseEmbedParams('?step=0&theme=light', 5)).toMatchObject({ step: 0, theme: 'light' });
	});
	it('clamps out-of-range steps and ignores bad ones', () => {
		expect(parseEmbedParams('?step=99', 5).step).toBe(4);
		for (const bad of ['-1', '1.5', 'abc', '', '2e3', '<script>', '0x2', ' 1'])
			expect(parseEmbedParams(`?step=${encodeURIComponent(bad)}`, 5).step, bad).toBe(4);
	});
	it('ignores unknown themes', () => {
		for (const bad of ['Dark', 'blue', '"><img src=x>', ''])
			expect(parseEmbedParams(`?theme=${encodeURIComponent(bad)}`, 5).theme).toBe('auto');
	});
	it('accepts only simple pym.js child ids', () => {
		expect(parseEmbedParams('?childId=chart-1_a', 5).childId).toBe('chart-1_a');
		for (const bad of ['a b', 'x"y', 'a'.repeat(65), '<b>'])
			expect(parseEmbedParams(`?childId=${encodeURIComponent(bad)}`, 5).childId).toBeNull();
	});

	it('title=0 and key=0 leave them out; any other value keeps them', () => {
		expect(parseEmbedParams('?title=0&key=0', 5)).toMatchObject({ title: false, key: false });
		expect(parseEmbedParams('?title=no&key=1', 5)).toMatchObject({ title: true, key: true });
	});
});
