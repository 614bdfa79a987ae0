/**
 * Mounts one slide's chart (loaded only when the deck first draws a chart: a deck opened at its
 * title slide loads no chart code, data or d3 at all).
 */
import { mount, unmount } from 'svelte';
import Chart from '$lib/charts/Chart.svelte';
import { isChartSlug, story } from '$lib/data';

/** Draws slide `n`'s chart in its state into the slide's chart cell; returns how to remove it. */
export function mountSlideChart(slide: HTMLElement, n: number): (() => void) | null {
	const cell = slide.querySelector<HTMLElement>('.slide-chart');
	const slug = slide.dataset.slug ?? '';
	if (!cell || !isChartSlug(slug)) return null;
	const step = Number(slide.dataset.state) || 0;
	const chart = mount(Chart, { target: cell, props: { slug, data: story, step, idPrefix: `slide${n}-`, headingLevel: 2, tools: false } });
	return () => void unmount(chart);
}
