/**
 * Adding records works end to end: the site is built from the data plus one record of each kind
 * (tests/fixtures/extra-records) and every view is read for them, as the files a host serves.
 * An invalid record stops the build, naming the record and the field.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const build = (data: string, out: string) =>
	run('npx', ['vite', 'build'], { env: { ...process.env, STORY_DATA: data, BUILD_DIR: out }, maxBuffer: 64 << 20 });

const out = mkdtempSync(join(tmpdir(), 'extra-records-'));
const file = (p: string) => readFileSync(join(out, p), 'utf8');
const doc = (p: string) => new JSDOM(file(p)).window.document;
const text = (p: string) => doc(p).body.textContent!.replace(/\s+/g, ' ');

beforeAll(async () => {
	await build('tests/fixtures/extra-records', out);
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a site built with a new contact, person, status entry and disagreement', () => {
	test('the story: its prose counts, and the contact in the chart states it fetches', () => {
		const page = text('index.html');
		expect(page).toContain('The articles report five high-level contacts');
		expect(page).toContain('The articles name 11 people across five contacts');
		expect(page).toContain('Fixture: did the September talks take place in Damascus?');
		// Every state file of the timeline has the new contact's mark in its last (whole) state.
		for (const f of readdirSync(join(out, 'story/meeting-cadence'))) {
			const states = JSON.parse(file(`story/meeting-cadence/${f}`)) as { steps: string[] };
			expect(states.steps).toHaveLength(7);
			expect(states.steps.at(-1)).toContain('data-key="fixture-september-talks"');
		}
		// The story's steps keep their states: the last step still shows the whole rhythm.
		const steps = [...doc('index.html').querySelectorAll<HTMLElement>('[data-scrolly="meeting-cadence"] .step')];
		expect(steps.map((s) => s.dataset.state)).toEqual(['0', '1', '2', '3', '5', '6']);
	});

	test('the embed, its last state and its SVG snapshot', () => {
		expect(file('embed/meeting-cadence.html')).toContain('data-key="fixture-september-talks"');
		expect(file('embed/meeting-cadence.html')).toContain('data-steps="7"');
		expect(file('embed/meeting-cadence.svg')).toContain('Fixture talks in Damascus');
		expect(file('embed/delegations.svg')).toContain('Fixture Envoy');
	});

	test('the slides keep their numbers, and their charts and notes show the records', () => {
		const deck = doc('present.html');
		const slides = [...deck.querySelectorAll<HTMLElement>('section.slide[data-slide]')];
		expect(slides).toHaveLength(21);
		const last = slides.find((s) => s.dataset.slug === 'meeting-cadence' && s.dataset.state === '6')!;
		expect(last.querySelector('noscript')!.innerHTML).toContain('Fixture talks in Damascus');
		expect(deck.body.textContent).toMatch(/Talking points\s*The articles report five high-level contacts/);
		// The guide links to slides that exist.
		for (const a of doc('teach.html').querySelectorAll<HTMLAnchorElement>('a[href^="/present#slide-"]'))
			expect(Number(a.getAttribute('href')!.split('-').at(-1))).toBeLessThanOrEqual(slides.length);
	});

	test('the gallery and the handout', () => {
		const gallery = doc('charts.html');
		expect(gallery.querySelectorAll('[data-chart="meeting-cadence"][data-step="4"]').length).toBeGreaterThan(0);
		expect(gallery.body.textContent).toContain('Fixture Envoy');
		expect(text('handout.html')).toContain('Fixture talks in Damascus');
	});

	test('the CSV and JSON downloads', () => {
		expect(file('data/meeting-cadence.csv')).toMatch(/fixture-september-talks,Fixture talks in Damascus/);
		expect(file('data/delegations.csv')).toContain('Fixture Envoy');
		expect(file('data/agreements.csv')).toMatch(/soviet-infrastructure,.*September 2025,under-review,TRT World,Fixture status entry/);
		const json = JSON.parse(file('data/story.json'));
		expect(json.disagreements.map((d: { id: string }) => d.id)).toContain('fixture-disagreement');
		expect(json.people.map((p: { id: string }) => p.id)).toContain('fixture-envoy');
	});
});

/** The build's output when it fails, or null when it succeeds. */
async function failedBuild(data: string) {
	const bad = mkdtempSync(join(tmpdir(), 'bad-data-'));
	const failed = await build(data, bad).then(
		() => null,
		(e: { stderr: string; stdout: string }) => e.stderr + e.stdout
	);
	rmSync(bad, { recursive: true, force: true });
	return failed;
}

test('an invalid record stops the build, naming the record and the field', async () => {
	expect(await failedBuild('tests/fixtures/invalid-record')).toContain(
		'events["fixture-september-talks"].date.date: impossible or malformed date "2025-09-31"'
	);
}, 120_000);

test('a record the story needs, removed, stops the build naming it', async () => {
	expect(await failedBuild('tests/fixtures/missing-record')).toMatch(/october-summit/);
}, 120_000);
