/**
 * Fits a slide to the screen, for the back row of a classroom. A chart is scaled with CSS
 * `zoom`, never below the zoom that makes its smallest label `labelFloor` px (24 px on a
 * 1920×1080 projector, in proportion elsewhere); it is laid out for the width that leaves (a
 * narrower layout, drawn larger). A chart taller than the slide at that zoom shows the part its
 * step is about, in its plot window, rather than shrink. Long step texts shrink a little rather
 * than overflow.
 */
import { aboutRegion, windowTop } from '$lib/scrolly/reveal';

const MAX_ZOOM = 3;
/** Charts are designed for at least this width (px, before zoom). */
const MIN_CHART_WIDTH = 340;
const MIN_TEXT_SCALE = 0.7;

/** The smallest chart label, in px, on a screen of w×h px: 24 at 1920×1080, in proportion. */
const labelFloor = (w: number, h: number) => 24 * Math.min(w / 1920, h / 1080);

/** The zoom that makes content of natural height `natural` fill `avail` (both in px), at least `least`. */
function zoomFor(avail: { w: number; h: number }, natural: number, least = 0.35): number {
	if (!(natural > 0) || !(avail.h > 0) || !(avail.w > 0)) return 1;
	return Math.max(least, Math.min(MAX_ZOOM, avail.h / natural, avail.w / MIN_CHART_WIDTH));
}

/** The smallest text of a chart, in its own px (before zoom): the plot's labels and the key. */
function smallestText(fig: HTMLElement): number {
	let min = Infinity;
	for (const t of fig.querySelectorAll('svg text, .legend li, .takeaway')) min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) || Infinity);
	return Number.isFinite(min) ? min : 12;
}

function fitChart(cell: HTMLElement) {
	const fig = cell.querySelector<HTMLElement>('figure[data-chart]');
	if (!fig) return;
	const win = fig.querySelector<HTMLElement>('[data-window]');
	if (win) win.style.maxHeight = '';
	const avail = { w: cell.clientWidth, h: cell.clientHeight };
	const least = Math.floor((labelFloor(innerWidth, innerHeight) / smallestText(fig)) * 100 + 1) / 100;
	let z = Number(cell.style.getPropertyValue('--chart-zoom')) || 1;
	// The caption re-wraps as the zoom changes the chart's width: a few rounds settle it.
	for (let i = 0; i < 4; i++) {
		const natural = fig.getBoundingClientRect().height / z;
		const next = Math.max(least, Math.floor(zoomFor(avail, natural, least) * 100) / 100);
		if (Math.abs(next - z) < 0.01) break;
		z = next;
		cell.style.setProperty('--chart-zoom', String(z));
	}
	const over = fig.getBoundingClientRect().height - avail.h;
	if (!win || over <= 0) return;
	// Too tall at the least zoom: the plot's window shows what the step is about.
	win.style.maxHeight = `${Math.max(0, win.clientHeight - over / z)}px`;
	win.scrollTop = windowTop(aboutRegion(win, z), win.clientHeight, 0);
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
