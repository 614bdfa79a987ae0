/** The shared palette meets WCAG contrast in both themes: text 4.5:1, marks 3:1. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/app.css', 'utf8');
const tokens = new Map(
	[...css.matchAll(/(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\s*\)/gi)].map((m) => [m[1]!, [m[2]!, m[3]!] as const])
);

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
};

function hue(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
	const max = Math.max(r, g, b);
	const d = max - Math.min(r, g, b);
	if (d === 0) return 0;
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return (h * 60 + 360) % 360;
}

const TEXT = ['--fg', '--muted', '--link', '--focus'];
const MARKS = [...tokens.keys()].filter((k) => /^--(russia|syria|context|sector-|status-)/.test(k));

describe('palette', () => {
	it('defines every token for light and dark', () => {
		for (const k of [...TEXT, '--bg', '--bg-raised', ...MARKS]) expect(tokens.has(k), k).toBe(true);
		expect(MARKS.length).toBeGreaterThanOrEqual(13);
	});
	for (const [theme, i] of [['light', 0], ['dark', 1]] as const) {
		it(`${theme}: text ≥ 4.5:1 on both backgrounds`, () => {
			for (const bg of ['--bg', '--bg-raised'])
				for (const k of TEXT) expect(contrast(tokens.get(k)![i], tokens.get(bg)![i]), `${k} on ${bg}`).toBeGreaterThanOrEqual(4.5);
		});
		it(`${theme}: marks ≥ 3:1 on the background`, () => {
			for (const k of MARKS) expect(contrast(tokens.get(k)![i], tokens.get('--bg')![i]), k).toBeGreaterThanOrEqual(3);
		});
		it(`${theme}: de-emphasis keeps contrast (dimmed mark 3:1, dimmed text 4.5:1, text on a dimmed fill 4.5:1)`, () => {
			const t = (k: string) => tokens.get(k)![i];
			expect(contrast(t('--dim-mark'), t('--bg'))).toBeGreaterThanOrEqual(3);
			expect(contrast(t('--dim-text'), t('--bg'))).toBeGreaterThanOrEqual(4.5);
			expect(contrast(t('--fg'), t('--dim-mark'))).toBeGreaterThanOrEqual(4.5);
			// Still visibly stepped back from full-strength text.
			expect(contrast(t('--dim-text'), t('--bg'))).toBeLessThan(contrast(t('--muted'), t('--bg')));
		});
	}
	it('keeps Russia and Syria apart and off flag colours (no pure red, blue, green, white)', () => {
		// Distinct by hue (blue-purple vs amber stays apart under red-green colour blindness).
		for (const i of [0, 1] as const) {
			const d = Math.abs(hue(tokens.get('--russia')![i]) - hue(tokens.get('--syria')![i]));
			expect(Math.min(d, 360 - d)).toBeGreaterThan(120);
		}
		for (const k of ['--russia', '--syria']) for (const c of tokens.get(k)!) expect(['#ff0000', '#0000ff', '#008000', '#ffffff', '#d52b1e', '#0039a6', '#007a3d']).not.toContain(c.toLowerCase());
	});
});
