/**
 * Logical CSS only, so that a right-to-left page mirrors by itself (`dir="rtl"`): no margin,
 * padding or border named by side, no left/right offsets, alignment or floats in the styles of
 * `src/`. (Chart geometry is SVG and a matter of its layout, not of CSS.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** A property named by side (`margin-left:`, `left:`), or a value that is one (`text-align: right`). */
const PHYSICAL = /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?|left|right)\s*:|(?:text-align|float|clear):\s*(?:left|right)\b/;
/** A four-value shorthand whose right and left differ (`padding: 0 4rem 0 1rem`): sides by position. */
const FOUR = /(?:^|[\s;{])(?:margin|padding|inset|border-width):\s*(\S+)\s+(\S+)\s+(\S+)\s+([^;\s]+)\s*;/;
const physical = (line: string) => {
	const four = FOUR.exec(line);
	return PHYSICAL.test(line) || Boolean(four && four[2] !== four[4]);
};

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : /\.(svelte|css)$/.test(f) ? [p] : [];
	});

it('styles name sides logically (inline-start/end), never left or right', () => {
	const found = files('src').flatMap((f) => {
		const text = readFileSync(f, 'utf8');
		// A Svelte file's styles are in its <style> block; a CSS file is all style.
		const css = f.endsWith('.css') ? text : (/<style[^>]*>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '');
		return css
			.split('\n')
			.map((line, i) => ({ line: line.replace(/\/\*.*?\*\//g, ''), i }))
			.filter(({ line }) => physical(line))
			.map(({ line, i }) => `${f}: ${line.trim()} (style line ${i + 1})`);
	});
	expect(files('src').length).toBeGreaterThan(20);
	expect(found).toEqual([]);
});

it('catches a four-value shorthand with different sides, not a symmetric one', () => {
	expect(physical('padding: 0.5rem 4.5rem 0 0;')).toBe(true);
	expect(physical('inset: auto 0 0 0;')).toBe(false);
	expect(physical('margin-inline-start: 1rem;')).toBe(false);
});
