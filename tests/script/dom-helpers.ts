/** Helpers for the browser scripts' tests: server-rendered charts in jsdom, worked by the page's script. */
import { workMarks } from '$lib/charts/static/marks';
import { story } from '$lib/data';
import { serverHtml } from '../server/ssr-helpers';

/** A chart as a page prerenders it, put into the document and worked by `static/marks.ts`. */
export function pageChart(slug: string, step: number, data = story) {
	document.body.innerHTML = serverHtml(slug, { data, step });
	const figure = document.querySelector<HTMLElement>('figure[data-chart]')!;
	const marks = workMarks(figure);
	const detail = () => figure.querySelector('.detail')!.textContent ?? '';
	const key = (el: Element | null) => el?.getAttribute('data-key') ?? null;
	return { figure, marks, detail, key };
}

/** Focuses the first mark, then presses a key on it; returns the focused mark's key and the panel's text. */
export function focusAndPress(slug: string, step: number, press = 'ArrowRight') {
	const chart = pageChart(slug, step);
	const first = chart.figure.querySelector<HTMLButtonElement>('.targets button[data-key]')!;
	first.focus();
	first.dispatchEvent(new KeyboardEvent('keydown', { key: press, bubbles: true, cancelable: true }));
	return { ...chart, focused: chart.key(document.activeElement), text: chart.detail() };
}
