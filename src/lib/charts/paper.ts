/**
 * On paper a plot taller than a newspaper column is cut into pieces of about equal height, each
 * at most `max` tall, at heights its layout says are between whole parts (`FrameLayout.breaks`):
 * the pieces then flow down the columns like the text. A plot without breaks, or short enough,
 * stays whole; a part taller than `max` is never cut through.
 */
export function paperSlices(height: number, breaks: readonly number[] = [], max: number): [number, number][] {
	const cuts = [...breaks].filter((b) => b > 0 && b < height).sort((a, b) => a - b);
	const slices: [number, number][] = [];
	let top = 0;
	while (height - top > max) {
		const aim = top + (height - top) / Math.ceil((height - top) / max);
		const within = cuts.filter((c) => c > top && c - top <= max);
		const cut = within.length ? within.reduce((a, b) => (Math.abs(b - aim) < Math.abs(a - aim) ? b : a)) : cuts.find((c) => c > top);
		if (cut === undefined) break;
		slices.push([top, cut]);
		top = cut;
	}
	slices.push([top, height]);
	return slices;
}
