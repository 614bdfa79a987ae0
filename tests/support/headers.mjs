// Reads a Netlify/Cloudflare-style `_headers` file: a path pattern line, then indented
// `Name: value` lines. `*` in a pattern matches any run of characters.
export function parseHeaders(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else if (rules.length) {
			const at = line.indexOf(':');
			rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

export function headersFor(rules, pathname) {
	const out = {};
	for (const r of rules) {
		const re = new RegExp(`^${r.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
		if (re.test(pathname)) Object.assign(out, r.headers);
	}
	return out;
}
