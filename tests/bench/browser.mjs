// Shared bits of the bench: which Chromium, with which flags, and the server for build/.
//
// tests/support/serve.mjs serves build/ as a static host would (paths, 404, static/_headers)
// but sends every file uncompressed, which no static host does (Netlify, Cloudflare Pages, GitHub
// Pages all gzip or brotli text). Lighthouse's simulated slow 4G would then charge ~3× the bytes
// for HTML, CSS and JS. So the bench puts a small gzip front on it: same status and headers,
// body gzipped (level 6, like those hosts) when the client accepts it. `--no-gzip` measures
// serve.mjs directly.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createServer as createHttpServer, request } from 'node:http';
import { gzipSync } from 'node:zlib';

export const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromeFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** A free port among 4173–4177 (4190 is blocked; others' servers may hold some): BENCH_PORT wins. */
export async function freePort(taken = []) {
	if (process.env.BENCH_PORT && !taken.length) return Number(process.env.BENCH_PORT);
	for (const port of [4177, 4176, 4175, 4173, 4174].filter((p) => !taken.includes(p))) {
		const free = await new Promise((resolve) => {
			const s = createServer().once('error', () => resolve(false));
			s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
		});
		if (free) return port;
	}
	throw new Error('no free port among 4173–4177');
}

/** `node tests/support/serve.mjs build PORT` (applies static/_headers); resolves once it listens. */
export async function serveRaw(port, dir = 'build') {
	const child = spawn(process.execPath, ['tests/support/serve.mjs', dir, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`server exited with ${code} (port ${port} in use?)`)));
		child.stdout.on('data', (d) => String(d).includes('serving') && resolve());
	});
	child.removeAllListeners('exit');
	// Never leave the server behind, even when a measurement throws.
	const kill = () => child.kill();
	process.once('exit', kill);
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () => {
			process.off('exit', kill);
			kill();
		}
	};
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/;

/** serve.mjs (on another free port) behind a gzip front on `port`. */
export async function serve(port, { gzip = true, dir = 'build' } = {}) {
	if (!gzip) return serveRaw(port, dir);
	const back = await serveRaw(await freePort([port]), dir);
	const front = createHttpServer((req, res) => {
		const up = request(back.origin + req.url, { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (r) => {
			const chunks = [];
			r.on('data', (c) => chunks.push(c));
			r.on('end', () => {
				let body = Buffer.concat(chunks);
				const headers = { ...r.headers };
				delete headers['content-length'];
				if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.test(headers['content-type'] ?? '') && body.length > 0) {
					body = gzipSync(body, { level: 6 });
					headers['content-encoding'] = 'gzip';
					headers.vary = 'Accept-Encoding';
				}
				headers['content-length'] = String(body.length);
				res.writeHead(r.statusCode ?? 500, headers);
				res.end(req.method === 'HEAD' ? undefined : body);
			});
		});
		up.on('error', (e) => res.writeHead(502).end(String(e)));
		req.pipe(up);
	});
	await new Promise((resolve, reject) => front.once('error', reject).listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () => {
			front.close();
			back.stop();
		}
	};
}
