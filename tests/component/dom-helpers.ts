/** Helpers for client component tests in jsdom. */
import { fireEvent, render } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';
import { expect } from 'vitest';
import type { ChartProps } from '$lib/charts/types';

/**
 * Mounts the chart in jsdom, focuses the first mark and moves right with the keyboard; returns
 * the key of the focused mark and the detail panel's text.
 */
export async function focusSecondMark(chart: Component<ChartProps>, props: ChartProps) {
	const { container } = render(chart, { props });
	await tick();
	const buttons = [...container.querySelectorAll<HTMLButtonElement>('button[data-key]')];
	expect(buttons.length).toBeGreaterThan(1);
	buttons[0]!.focus();
	await fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
	await tick();
	const focused = document.activeElement as HTMLElement;
	const detail = container.querySelector('.detail')!.textContent ?? '';
	return { key: focused.getAttribute('data-key'), detail, container };
}
