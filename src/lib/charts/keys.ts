/**
 * The keys of a chart's marks toolbar (the buttons `MarkTargets` prerenders, worked by
 * `static/marks.ts`): arrows move through the marks and wrap, Home/End jump, Escape clears.
 * Marks in rows (one agreement's claims) move by structure: Up/Down between rows, Left/Right
 * within one, Home/End to its ends, Ctrl+Home/End to the chart's.
 */
type TargetMove = number | 'clear' | null;

/**
 * Where `key` moves from mark `i` of `n`: a new index, 'clear', or null (not a toolbar key).
 * `rows` gives each mark's row, in toolbar order (rows are contiguous); `whole` is Ctrl or Cmd.
 */
export function targetMove(key: string, i: number, n: number, rows: readonly (string | undefined)[] = [], whole = false): TargetMove {
	if (rows[i] !== undefined) return rowMove(key, i, rows, whole);
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

function rowMove(key: string, i: number, rows: readonly (string | undefined)[], whole: boolean): TargetMove {
	const n = rows.length;
	// Rows are contiguous: a row starts where its name first appears and ends where it last does.
	const start = rows.indexOf(rows[i]);
	const end = rows.lastIndexOf(rows[i]);
	switch (key) {
		case 'ArrowRight':
			return i === end ? start : i + 1;
		case 'ArrowLeft':
			return i === start ? end : i - 1;
		case 'ArrowDown':
			return (end + 1) % n;
		case 'ArrowUp': {
			const prevEnd = (start - 1 + n) % n;
			return rows.indexOf(rows[prevEnd]);
		}
		case 'Home':
			return whole ? 0 : start;
		case 'End':
			return whole ? n - 1 : end;
		case 'Escape':
			return 'clear';
		default:
			return null;
	}
}
