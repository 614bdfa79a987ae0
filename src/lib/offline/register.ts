import { statesUrl } from '$lib/story/chart';

/**
 * Registers the offline worker (`src/service-worker.ts`) from a page's script: the pages run
 * no SvelteKit client, which would otherwise do it. Without service workers (private windows,
 * old browsers) the pages work as before, online.
 */
export function registerOffline(): Promise<ServiceWorkerRegistration | null> {
	if (!('serviceWorker' in navigator)) return Promise.resolve(null);
	// After the page has loaded: installing stores the pages, which must not compete with it.
	const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((r) => addEventListener('load', r, { once: true }));
	return loaded.then(() => navigator.serviceWorker.register('/service-worker.js')).catch(() => null);
}

/**
 * Registers the worker and stores, once, every states file of `slugs` at the width the page's
 * charts take here, when the browser is idle: the story and the handout then draw every state
 * with no network. That needs a worker controlling the page and a chart that knows its width
 * (it was near): call the returned function whenever a chart has drawn.
 */
export function offlineStates(charts: { readonly width: number }[], slugs: string[]): () => void {
	void registerOffline();
	let stored = false;
	const store = () => {
		const width = charts.find((c) => c.width)?.width;
		if (stored || !width || !navigator.serviceWorker?.controller) return;
		stored = true;
		const fetchAll = () => [...new Set(slugs)].forEach((slug) => void fetch(statesUrl(slug, width)).catch(() => {}));
		if ('requestIdleCallback' in window) requestIdleCallback(fetchAll, { timeout: 3000 });
		else setTimeout(fetchAll, 500);
	};
	// The first visit: the worker takes the page over once it has installed.
	navigator.serviceWorker?.addEventListener('controllerchange', store, { once: true });
	return store;
}
