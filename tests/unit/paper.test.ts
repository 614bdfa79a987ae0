import { describe, expect, test } from 'vitest';
import { paperSlices } from '$lib/charts/paper';

describe('paperSlices', () => {
	test('a plot that fits stays whole', () => {
		expect(paperSlices(600, [200, 400], 900)).toEqual([[0, 600]]);
	});
	test('a tall plot is cut at its breaks into pieces of about equal height, each within the column', () => {
		const slices = paperSlices(1400, [150, 300, 450, 600, 750, 900, 1050, 1200], 900);
		expect(slices).toEqual([
			[0, 750],
			[750, 1400]
		]);
	});
	test('three pieces when two would not fit', () => {
		const breaks = Array.from({ length: 19 }, (_, i) => (i + 1) * 100);
		const slices = paperSlices(2000, breaks, 800);
		expect(slices.length).toBe(3);
		for (const [a, b] of slices) expect(b - a).toBeLessThanOrEqual(800);
		expect(slices.at(-1)![1]).toBe(2000);
	});
	test('a part taller than the column is never cut through', () => {
		expect(paperSlices(1500, [1200], 900)).toEqual([
			[0, 1200],
			[1200, 1500]
		]);
		expect(paperSlices(1500, [], 900)).toEqual([[0, 1500]]);
	});
});
