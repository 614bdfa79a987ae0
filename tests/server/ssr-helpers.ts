/** Helpers for server-rendering tests (node environment: components compiled for SSR). */
import { JSDOM } from 'jsdom';
import { render as ssr } from 'svelte/server';
import Chart from '$lib/charts/Chart.svelte';
import { expect } from 'vitest';
import type { StoryData } from '$data/story';
import type { ChartProps } from '$lib/charts/types';

/** Server-rendered HTML of a chart at 360 px, as a prerendered page contains it. */
export function serverHtml(slug: string, props: Omit<ChartProps, 'slug' | 'widths'> & Partial<Pick<ChartProps, 'widths'>>): string {
	return ssr(Chart, { props: { slug, widths: [360], ...props } }).body;
}

/** Parses SSR HTML and returns the chart's <figure>. */
export function figureOf(html: string): HTMLElement {
	const doc = new JSDOM(html).window.document;
	return doc.querySelector('figure[data-chart]') as HTMLElement;
}

/** The data-key → data-state map of every mark: what a state looks like. */
export function stateSignature(fig: HTMLElement, selector = '[data-state]'): string {
	return [...fig.querySelectorAll(selector)]
		.map((el) => `${el.getAttribute('data-key') ?? el.getAttribute('data-event')}=${el.getAttribute('data-state')}`)
		.join(',');
}

/** Every state of a chart differs from every other state. */
export function expectDistinctStates(slug: string, data: StoryData, steps: number) {
	const sigs = Array.from({ length: steps }, (_, step) => {
		const fig = figureOf(serverHtml(slug, { data, step }));
		return stateSignature(fig) + '|' + (fig.querySelector('svg[role="img"]')?.innerHTML ?? '');
	});
	expect(new Set(sigs).size).toBe(steps);
}

/** The table's body rows as arrays of cell text. */
export function tableCells(fig: HTMLElement): string[][] {
	return [...fig.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
}

/** The words an SVG element shows, one line (text or top-level tspan) after another. */
export const words = (el: Element | null) =>
	(el ? (el.matches('text') ? [el] : [...el.querySelectorAll('text')]) : [])
		.map((t) => (t.querySelector('tspan') ? [...t.querySelectorAll(':scope > tspan')].map((s) => s.textContent).join(' ') : t.textContent))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
