/** Server rendering of the agreements chart (node environment: components compiled for SSR). */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '$data/story';
import { story } from '$lib/data';
import { chartRows } from '$lib/data/csv';
import { agreementsLayout } from '$lib/charts/agreements/layout';
import { agreementsText } from '$lib/charts/agreements/text';
import { en } from '$lib/charts/words/en';
import { figureOf, serverHtml, tableCells, words } from './ssr-helpers';
import { stepsOf } from '$lib/charts/registry';

const statusLabel = en.labels.status;

const html = (step = 0, data: StoryData = story) => serverHtml('agreements', { data, step });
const figure = (step = 0, data: StoryData = story) => figureOf(html(step, data));
const entries = (data: StoryData) => data.agreements.flatMap((a) => a.history.map((_, i) => `${a.id}:${i}`));
const focused = (fig: HTMLElement) =>
	[...fig.querySelectorAll('g.row[data-state="focus"]')].map((g) => g.getAttribute('data-row')).join(',');

describe('agreements chart', () => {
	it('renders on the server with a caption and one segment per status entry', () => {
		const out = html(0);
		expect(out).toContain('<figure');
		expect(out).toMatch(/<figure[^>]*data-chart="agreements"[^>]*data-step="0"/);
		const fig = figure(0);
		expect(fig.querySelector('figcaption')?.textContent).toContain('What is being renegotiated');
		// A short description that points to the table, where every claim is.
		const desc = fig.querySelector('[id$="-desc"]')?.textContent ?? '';
		expect(desc).toContain('Show data');
		expect(desc.length).toBeLessThan(1200);
		const keys = [...fig.querySelectorAll('g.seg[data-key]')].map((g) => g.getAttribute('data-key'));
		expect(keys.sort()).toEqual(entries(story).sort());
		expect(fig.querySelectorAll('g.row')).toHaveLength(story.agreements.length);
	});

	it('labels each row with its latest status and marks undated changes', () => {
		const fig = figure(0);
		const port = fig.querySelector('g.row[data-row="tartus-port-2019"]')!;
		expect(port.querySelector('.label')?.textContent).toMatch(/— Transferred$/);
		expect(port.textContent).toContain('since 2019');
		expect(port.querySelector('g.seg.undated')?.getAttribute('data-status')).toBe('transferred');
		// Conflicting claims for the same date are both drawn, and both named in the label.
		const old = fig.querySelector('g.row[data-row="assad-era-agreements"]')!;
		expect(words(old.querySelector('.label'))).toContain('Promised to respect / Suspended / Disputed');
		// The articles do not contradict each other on the bases: no invented "Disputed".
		const base = fig.querySelector('g.row[data-row="tartus-base"]')!;
		expect(base.querySelector('.label')?.textContent).toMatch(/— Unresolved$/);
	});

	it('has at least three states, each distinct, and clamps out-of-range steps', () => {
		const steps = stepsOf('agreements', story);
		expect(steps).toBeGreaterThanOrEqual(3);
		const sigs = Array.from({ length: steps }, (_, s) => focused(figure(s)));
		expect(new Set(sigs).size).toBe(steps);
		const notes = Array.from({ length: steps }, (_, s) => agreementsLayout(story, 360, s).annotation.join(' '));
		expect(new Set(notes).size).toBe(steps);
		expect(figure(99).getAttribute('data-step')).toBe(String(steps - 1));
		expect(figure(-3).getAttribute('data-step')).toBe('0');
		expect(focused(figure(steps - 1)).split(',')).toHaveLength(story.agreements.length);
	});

	it('is no taller on a wider screen (labels wrap for the room they have), and the same in every state', () => {
		const heights = [288, 358, 768, 1280].map((w) => agreementsLayout(story, w, 0).height);
		expect(heights).toEqual([...heights].sort((a, b) => b - a));
		for (const w of [288, 720]) expect(new Set([0, 1, 2, 3].map((s) => agreementsLayout(story, w, s).height)).size).toBe(1);
	});

	it('adds a row and its marks when the data gains an agreement (nothing hard-coded)', () => {
		const data = structuredClone(story);
		const extra = structuredClone(data.agreements.find((a) => a.id === 'tartus-base')!);
		extra.id = 'extra-base';
		extra.title = 'A fixture base';
		data.agreements.push(extra);
		const fig = figure(0, data);
		expect(fig.querySelector('g.row[data-row="extra-base"]')).not.toBeNull();
		expect(fig.querySelectorAll('g.seg[data-key^="extra-base:"]')).toHaveLength(extra.history.length);
		expect(agreementsLayout(data, 360, 0).height).toBeGreaterThan(agreementsLayout(story, 360, 0).height);
	});

	it('has a table with the CSV’s rows, in readers’ words', () => {
		const csv = chartRows('agreements', story);
		const rows = agreementsText(story).table.rows;
		expect(rows.map((r) => r.title)).toEqual(csv.map((r) => r.title));
		expect(rows.map((r) => r.status)).toEqual(csv.map((r) => statusLabel[r.status as keyof typeof statusLabel]));
		const cells = tableCells(figure(0)).map((r) => r[0]);
		expect(cells).toEqual(chartRows('agreements', story).map((r) => String(r.title)));
	});
});
