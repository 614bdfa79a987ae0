/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for the classroom (README: "Offline"). One cache per build (`version`). When the
 * worker installs it stores the English story and classroom pages and every script, style and
 * static file they use (an edition's pages are stored the first time they are opened, or when
 * its deck is made available offline); a chart's states file is stored the first time a page uses it. Pages
 * come from the network when it answers within a few seconds (so a new build shows at the
 * next online visit) and from the cache otherwise. Scripts have hashed names and states files
 * carry their build (`?v=…`), so a page and what it draws always come from one build.
 * Embeds (framed on other sites) and downloads are left to the network.
 */
import { build, files, version } from '$service-worker';
import { EDITIONS, editionOfPath } from '$lib/i18n/editions';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `story-${version}`;
const ENGLISH = ['/', '/present', '/teach', '/handout'];
/** The same pages in every edition (`/ru/present`). */
const PAGES = EDITIONS.flatMap((e) => ENGLISH.map((p) => `${e.prefix}${p}`));
/** What the pages load: their scripts and styles (not SvelteKit's client, which no page runs). */
const ASSETS = [...build.filter((f) => /\/immutable\/(workers|assets)\//.test(f)), ...files.filter((f) => !/\/(_headers|embed\.js)$/.test(f))];
/** A chart's states file, in any edition (`/story/SLUG/W.json`, `/ru/story/…`). */
const isStates = (path: string) => /^\/story\/[^/]+\/\d+\.json$/.test(path.slice(editionOfPath(path).prefix.length));
const stored = (path: string) => path.startsWith('/_app/immutable/') || ASSETS.includes(path) || isStates(path);
/** How long a page waits for the network before the stored copy is shown. */
const PATIENCE = 3000;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...ENGLISH, ...ASSETS])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('story-') && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

/** The network, given up on after `PATIENCE` ms. */
function network(request: Request): Promise<Response> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('slow')), PATIENCE);
		fetch(request).then(resolve, reject).finally(() => clearTimeout(timer));
	});
}

async function page(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await network(request);
		if (response.ok) await cache.put(path, response.clone());
		return response;
	} catch {
		return (await cache.match(path)) ?? Response.error();
	}
}

async function asset(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	// Frames are left to the network (an embed on a host page is never ours to answer), except
	// the slides framed in the deck's own presenter window.
	const preview = url.pathname.endsWith('/present') && url.searchParams.get('view') === 'preview';
	if (request.method !== 'GET' || url.origin !== location.origin || (request.destination === 'iframe' && !preview)) return;
	// A page: opened, or fetched by its own deck to keep it (offline/deck.ts).
	if ((request.mode === 'navigate' || request.headers.get('x-keep-page')) && PAGES.includes(url.pathname)) event.respondWith(page(request, url.pathname));
	else if (stored(url.pathname)) event.respondWith(asset(request));
});
