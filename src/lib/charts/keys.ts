/**
 * The keys of a chart's marks toolbar (the buttons `MarkTargets` prerenders, worked by
 * `static/marks.ts`): arrows move through the marks and wrap, Home/End jump, Escape clears.
 */
type TargetMove = number | 'clear' | null;

/** Where `key` moves from mark `i` of `n`: a new index, 'clear', or null (not a toolbar key). */
export function targetMove(key: string, i: number, n: number): TargetMove {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return (i + 1) % n;
		case 'ArrowLeft':
		case 'ArrowUp':
			return (i - 1 + n) % n;
		case 'Home':
			return 0;
		case 'End':
			return n - 1;
		case 'Escape':
			return 'clear';
		default:
			return null;
	}
}
