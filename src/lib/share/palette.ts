/**
 * The site's palette as literal colours, for files that leave the site (SVG downloads, PNGs):
 * read from app.css's token block, so the one palette stays defined once. A standalone file
 * cannot count on custom properties or light-dark() (rasterisers and editors know neither).
 */
import { readFileSync } from 'node:fs';

// Read at build time (prerendering runs in the project's folder), not bundled: a bundler may
// hand stylesheets to its CSS pipeline (vitest makes them empty).
const appCss = readFileSync('src/app.css', 'utf8');

export type Theme = 'light' | 'dark';

/** `--name` → [light, dark] for every light-dark() token of app.css. */
function tokens(): Map<string, [string, string]> {
	const out = new Map<string, [string, string]>();
	for (const m of appCss.matchAll(/(--[\w-]+):\s*light-dark\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)/g)) {
		if (!out.has(m[1]!)) out.set(m[1]!, [m[2]!, m[3]!]);
	}
	if (!out.has('--bg') || !out.has('--fg')) throw new Error('palette: app.css has no --bg/--fg tokens');
	return out;
}
const TOKENS = tokens();

/** The colour of token `name` (`--bg`) in `theme`. */
function color(name: string, theme: Theme): string {
	const pair = TOKENS.get(name);
	if (!pair) throw new Error(`palette: no token ${name} in app.css`);
	return pair[theme === 'light' ? 0 : 1];
}

/** `text` with every var(--token) of the palette replaced by its colour in `theme`. */
export const resolveColors = (text: string, theme: Theme) =>
	text.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => (TOKENS.has(name) ? color(name, theme) : whole));
