/** Site-wide constants and the configured public address. */
export const SITE_TITLE = 'From patron to negotiated partner';

/** Hosts that mean "no public address configured" (SvelteKit's prerender placeholder, dev). */
const UNCONFIGURED = new Set(['sveltekit-prerender', '127.0.0.1', 'localhost']);

/** An absolute URL for `path` when SITE_URL was configured at build time, else null. */
export function absoluteUrl(origin: string, path: string): string | null {
	let host: string;
	try {
		host = new URL(origin).hostname;
	} catch {
		return null;
	}
	return UNCONFIGURED.has(host) ? null : new URL(path, origin).href;
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in strings. */
export const jsonLd = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
