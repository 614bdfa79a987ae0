#!/usr/bin/env node
// A tiny static server for the built site, as a static host would serve it: /path → path.html,
// /path/ → path/index.html, unknown paths → the nearest 404.html up the path (an edition's, else
// the site's) with status 404. Headers from static/_headers
// are applied, so tests see what a host that honours _headers would send.
// Usage: node tests/support/serve.mjs [dir=build] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { parseHeaders, headersFor } from './headers.mjs';

const root = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4173);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};
let rules = [];
try {
	rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
} catch {
	/* no _headers file: plain responses */
}

async function isFile(p) {
	try {
		return (await stat(p)).isFile();
	} catch {
		return false;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
	let file = null;
	for (const c of candidates) if (await isFile(c)) { file = c; break; }
	const status = file ? 200 : 404;
	// The nearest 404.html up the path: an edition's own (`/ru/404.html`), else the site's.
	for (let dir = dirname(join(root, path)); !file && dir.startsWith(root); dir = dirname(dir)) {
		if (await isFile(join(dir, '404.html'))) file = join(dir, '404.html');
		if (dir === root) break;
	}
	file ??= join(root, '404.html');
	const body = await readFile(file).catch(() => Buffer.from('Not found'));
	res.writeHead(status, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		...headersFor(rules, url.pathname)
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
