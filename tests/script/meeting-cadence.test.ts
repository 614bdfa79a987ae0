/** The timeline as prerendered, worked by the page's script: keys, selection and the detail panel. */
import { describe, expect, it } from 'vitest';
import { stepsOf } from '$lib/charts/registry';
import { story } from '$lib/data';
import { cadenceSeries } from '$lib/data/series';
import { focusAndPress, pageChart } from './dom-helpers';

const last = stepsOf('meeting-cadence', story) - 1;

describe('meeting-cadence chart with its page script', () => {
	it('shows the focused mark’s facts and its quoted source on keyboard focus', () => {
		const { focused, text } = focusAndPress('meeting-cadence', last);
		const mark = cadenceSeries(story).find((m) => m.id === focused)!;
		expect(text).toContain(mark.title);
		expect(text).toContain(mark.citations[0]!.quote);
		expect(text).toMatch(/Source: /);
	});

	it('shows the buttons the server hid, one tab stop, pressed where selected; End, Home and Escape', () => {
		const { figure, key, detail } = pageChart('meeting-cadence', last);
		const bar = figure.querySelector<HTMLElement>('.targets')!;
		expect(bar.hidden).toBe(false);
		const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-key]')];
		expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
		const hint = detail();
		buttons[0]!.focus();
		buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
		expect(key(document.activeElement)).toBe(buttons.at(-1)!.dataset.key);
		expect(buttons.at(-1)!.getAttribute('aria-current')).toBe('true');
		expect(buttons.at(-1)!.tabIndex).toBe(0);
		expect(buttons[0]!.hasAttribute('aria-current')).toBe(false);
		buttons.at(-1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
		expect(key(document.activeElement)).toBe(buttons[0]!.dataset.key);
		buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(buttons.some((b) => b.hasAttribute('aria-current'))).toBe(false);
		expect(detail()).toBe(hint);
	});
});
