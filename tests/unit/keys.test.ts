import { describe, expect, it } from 'vitest';
import { targetMove } from '$lib/charts/keys';

describe('a marks toolbar’s keys', () => {
	it('walks flat marks in order, wrapping, with Home, End and Escape', () => {
		expect(targetMove('ArrowRight', 2, 3)).toBe(0);
		expect(targetMove('ArrowUp', 0, 3)).toBe(2);
		expect(targetMove('End', 0, 3)).toBe(2);
		expect(targetMove('Escape', 1, 3)).toBe('clear');
		expect(targetMove('a', 1, 3)).toBeNull();
	});

	it('walks marks in rows by structure: Up/Down between rows, Left/Right within one, Home/End to its ends', () => {
		// Three agreements: a with two claims, b with three, c with one.
		const rows = ['a', 'a', 'b', 'b', 'b', 'c'];
		const n = rows.length;
		expect(targetMove('ArrowDown', 1, n, rows)).toBe(2);
		expect(targetMove('ArrowDown', 4, n, rows)).toBe(5);
		expect(targetMove('ArrowDown', 5, n, rows)).toBe(0);
		expect(targetMove('ArrowUp', 3, n, rows)).toBe(0);
		expect(targetMove('ArrowUp', 0, n, rows)).toBe(5);
		expect(targetMove('ArrowRight', 2, n, rows)).toBe(3);
		expect(targetMove('ArrowRight', 4, n, rows)).toBe(2);
		expect(targetMove('ArrowLeft', 2, n, rows)).toBe(4);
		expect(targetMove('ArrowRight', 5, n, rows)).toBe(5);
		expect(targetMove('Home', 4, n, rows)).toBe(2);
		expect(targetMove('End', 2, n, rows)).toBe(4);
		expect(targetMove('Home', 4, n, rows, true)).toBe(0);
		expect(targetMove('End', 0, n, rows, true)).toBe(5);
		expect(targetMove('Escape', 3, n, rows)).toBe('clear');
	});
});
