/** Helpers for server-rendering tests (node environment: components compiled for SSR). */
import { JSDOM } from 'jsdom';
import { render as ssr } from 'svelte/server';
import type { Component } from 'svelte';
import { expect } from 'vitest';
import type { StoryData } from '$data/story';
import type { ChartProps } from '$lib/charts/types';

/** Server-rendered HTML of a chart, as the prerendered page contains it. */
export function serverHtml(chart: Component<ChartProps>, props: ChartProps): string {
	return ssr(chart, { props }).body;
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
export function expectDistinctStates(chart: Component<ChartProps>, data: StoryData, steps: number) {
	const sigs = Array.from({ length: steps }, (_, step) => {
		const fig = figureOf(serverHtml(chart, { data, step }));
		return stateSignature(fig) + '|' + (fig.querySelector('svg')?.innerHTML ?? '');
	});
	expect(new Set(sigs).size).toBe(steps);
}

/** The table's body rows as arrays of cell text. */
export function tableCells(fig: HTMLElement): string[][] {
	return [...fig.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
}
