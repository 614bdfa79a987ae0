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

/** Once a worker controls this page (the first visit: once it has installed and claimed it). */
export function whenOffline(then: () => void) {
	if (!('serviceWorker' in navigator)) return;
	if (navigator.serviceWorker.controller) then();
	else navigator.serviceWorker.addEventListener('controllerchange', then, { once: true });
}
