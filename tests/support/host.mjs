#!/usr/bin/env node
// A stand-in for a newsroom's page on ANOTHER origin (another port of 127.0.0.1), embedding our
// charts three ways: the real pym.js Parent, the real @newswire/frames host, and our /embed.js.
// Usage: node tests/support/host.mjs [port=4174] [site=http://127.0.0.1:4173]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const port = Number(process.argv[2] ?? 4174);
const site = process.argv[3] ?? 'http://127.0.0.1:4173';
const SLUG = /^[a-z-]{1,40}$/;

const libs = {
	'/lib/pym.js': 'node_modules/pym.js/dist/pym.v1.js',
	'/lib/frames.js': 'node_modules/@newswire/frames/dist/frames.umd.js'
};

const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="icon" href="data:,"><style>body{margin:0 auto;max-width:100%;font-family:serif}
.article{padding:0 0}p{margin:1rem 0}</style></head>
<body><div class="article"><h1>${title}</h1><p>Host article text before the chart.</p>${body}
<p>Host article text after the chart.</p></div></body></html>`;

const hosts = {
	pym: (slug, prefix) =>
		page('Host with pym.js', `<div id="embed"></div><script src="/lib/pym.js"></script>
<script>window.parentFrame = new pym.Parent('embed', '${site}${prefix}/embed/${slug}', { title: 'Chart' });</script>`),
	frames: (slug, prefix) =>
		page('Host with @newswire/frames', `<div data-frame-src="${site}${prefix}/embed/${slug}" data-frame-attribute-title="Chart"></div>
<script src="/lib/frames.js"></script><script>newswireFrames.autoInitFrames();</script>`),
	loader: (slug, prefix) =>
		page('Host with embed.js', `<iframe src="${site}${prefix}/embed/${slug}" title="Chart" data-patron-embed style="width:100%;height:300px;border:0"></iframe>
<script src="${site}/embed.js" async></script>`),
	// Our story page framed by someone else: its headers must refuse (frame-ancestors 'self').
	story: () => page('Host framing the story', `<iframe src="${site}/" title="Story" style="width:100%;height:400px"></iframe>`),
	'loader-hidden': (slug, prefix) =>
		page('Host with a hidden, lazy frame', `<details id="d"><summary>Show chart</summary>
<iframe src="${site}${prefix}/embed/${slug}" title="Chart" data-patron-embed loading="lazy" style="width:100%;height:150px;border:0"></iframe></details>
<script src="${site}/embed.js" async></script>`)
};

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	if (libs[url.pathname]) {
		res.writeHead(200, { 'content-type': 'text/javascript' });
		return res.end(await readFile(libs[url.pathname]));
	}
	// A newsroom pasting the code our embed builder gave (base64url in ?code=): the test's own text.
	if (url.pathname === '/paste') {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		return res.end(page('Host with pasted embed code', Buffer.from(url.searchParams.get('code') ?? '', 'base64url').toString('utf8')));
	}
	const [, kind, slug] = url.pathname.split('/');
	if (hosts[kind] && SLUG.test(slug ?? 'story')) {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		// ?lang=ru: the same host framing that edition's embed (`/ru/embed/SLUG`).
		const lang = url.searchParams.get('lang');
		return res.end(hosts[kind](slug, lang === 'ru' || lang === 'ar' ? `/${lang}` : ''));
	}
	res.writeHead(404, { 'content-type': 'text/plain' });
	res.end('not found');
}).listen(port, '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${port}`));
