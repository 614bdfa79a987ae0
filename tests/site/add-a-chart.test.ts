/**
 * The README's "Adding a chart" recipe, followed to the letter on a copy of the project: a folder
 * (tests/fixtures/fifth-chart) and one line in the registry, nothing else. The site built from
 * that copy has the chart in the gallery, an embed of its own, its CSV and its images.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = resolve('.');
const copy = mkdtempSync(join(tmpdir(), 'fifth-chart-'));
const out = join(copy, 'build');
const file = (p: string) => readFileSync(join(out, p), 'utf8');

beforeAll(async () => {
	for (const p of ['src', 'data', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) cpSync(join(root, p), join(copy, p), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	// The recipe: one folder…
	cpSync(join(root, 'tests/fixtures/fifth-chart'), join(copy, 'src/lib/charts/source-count'), { recursive: true });
	// …and its line in the registry's list, with its import.
	const registry = join(copy, 'src/lib/charts/registry.ts');
	const text = readFileSync(registry, 'utf8')
		.replace(/^(export const CHARTS: readonly ChartDefinition\[\] = \[.*)\];$/m, '$1, sourceCount];')
		.replace(/^(import type \{ ChartDefinition \} from '\.\/types';)$/m, "import { sourceCount } from './source-count';\n$1");
	expect(text).toContain('source-count');
	writeFileSync(registry, text);
	await run('npx', ['vite', 'build'], { cwd: copy, env: { ...process.env, BUILD_DIR: '' }, maxBuffer: 64 << 20 });
}, 240_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('the fifth chart is in the gallery, with its states', () => {
	const gallery = file('charts.html');
	expect(gallery).toContain('<a href="#source-count">Records per article</a>');
	expect(gallery).toMatch(/data-chart="source-count" data-step="1"/);
	expect(gallery).toContain('Five charts of the story');
});

test('it has an embed, its states and an SVG of its own', () => {
	expect(file('embed/source-count.html')).toContain('data-chart="source-count"');
	expect(JSON.parse(file('story/source-count/358.json')).steps).toHaveLength(2);
	expect(file('embed/source-count.svg')).toContain('Records per article');
});

test('its data and images can be downloaded', () => {
	expect(file('data/source-count.csv').split('\n')[0]).toBe('article,records,sources,headlines,quotes,data_as_of');
	expect(existsSync(join(out, 'downloads/source-count-step-2-dark@2x.png'))).toBe(true);
	expect(file('teach.html')).toContain('Records per article (CSV)');
});
