/**
 * Fits a slide to the screen. Chart heights depend on the data only, so a chart is scaled with
 * CSS `zoom` (down on small screens, up on projectors so its labels stay legible); long step
 * texts shrink a little rather than overflow.
 */
const MIN_ZOOM = 0.35;
const MAX_ZOOM = 1.8;
/** Charts are designed for at least this width (px, before zoom). */
const MIN_CHART_WIDTH = 340;
const MIN_TEXT_SCALE = 0.7;

/** The zoom that makes content of natural height `natural` fill `avail` (both in px). */
export function zoomFor(avail: { w: number; h: number }, natural: number): number {
	if (!(natural > 0) || !(avail.h > 0) || !(avail.w > 0)) return 1;
	const byHeight = avail.h / natural;
	const byWidth = avail.w / MIN_CHART_WIDTH;
	return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, byHeight, byWidth));
}

function fitChart(cell: HTMLElement) {
	const fig = cell.querySelector<HTMLElement>('figure[data-chart]');
	if (!fig) return;
	const avail = { w: cell.clientWidth, h: cell.clientHeight };
	let z = Number(cell.style.getPropertyValue('--chart-zoom')) || 1;
	// The caption re-wraps as the zoom changes the chart's width: a few rounds settle it.
	for (let i = 0; i < 4; i++) {
		const natural = fig.getBoundingClientRect().height / z;
		const next = Math.floor(zoomFor(avail, natural) * 100) / 100;
		if (Math.abs(next - z) < 0.01) break;
		z = next;
		cell.style.setProperty('--chart-zoom', String(z));
	}
}

function fitText(box: HTMLElement) {
	let scale = 1;
	box.style.setProperty('--text-scale', '1');
	while (box.scrollHeight > box.clientHeight + 1 && scale > MIN_TEXT_SCALE) {
		scale = Math.round((scale - 0.05) * 100) / 100;
		box.style.setProperty('--text-scale', String(scale));
	}
}

/**
 * Fits the text and the chart of one slide (a no-op for parts it does not have). Only where the
 * deck's CSS sets `--fit: 1` (a screen wide enough for text beside chart); elsewhere slides scroll.
 */
export function fitSlide(slide: HTMLElement) {
	if (getComputedStyle(slide).getPropertyValue('--fit').trim() !== '1') {
		slide.querySelector<HTMLElement>('.slide-text')?.style.setProperty('--text-scale', '1');
		slide.querySelector<HTMLElement>('.slide-chart')?.style.setProperty('--chart-zoom', '1');
		return;
	}
	const text = slide.querySelector<HTMLElement>('.slide-text');
	if (text) fitText(text);
	const cell = slide.querySelector<HTMLElement>('.slide-chart');
	if (cell) fitChart(cell);
}
