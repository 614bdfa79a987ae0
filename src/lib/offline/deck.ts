/**
 * The deck's offline controls. "Make available offline" draws every slide's chart as it will
 * show on this screen, which fetches each states file the deck needs (the offline worker
 * stores them; pages and scripts were stored when it installed), with a progress line and,
 * at the end, how much the site keeps on this device. When a newer build's worker is waiting,
 * the deck says so and goes on showing this one: it never changes under a teacher.
 */
import { registerOffline } from './register';


export function workOffline(bar: HTMLElement, prepare: (progress: (done: number, of: number) => void) => Promise<boolean>) {
	const store = bar.querySelector<HTMLButtonElement>('[data-offline-store]');
	const status = bar.querySelector<HTMLElement>('[data-offline-status]');
	const update = bar.querySelector<HTMLElement>('[data-offline-update]');
	if (!store || !status || !update || !('serviceWorker' in navigator)) return;
	const say = (text: string) => (status.textContent = text);
	// The messages, in the page's edition (Controls.svelte's data-said-*).
	const words = bar.dataset;
	const fill = (template = '', values: Record<string, string | number> = {}) =>
		template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
	const MB = (bytes: number) => fill(words.saidMegabytes, { n: new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1, numberingSystem: 'latn' }).format(bytes / 1_048_576) });
	// Shown with the bar (before it is first laid out), so that it never moves the slide.
	store.hidden = false;

	void registerOffline().then((reg) => {
		if (!reg) {
			store.hidden = true;
			return;
		}
		const waiting = () => {
			if (reg.waiting && navigator.serviceWorker.controller) update.hidden = false;
		};
		waiting();
		reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', waiting));
		update.querySelector('button')?.addEventListener('click', () => {
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			reg.waiting?.postMessage('skip-waiting');
		});
	});

	store.addEventListener('click', async () => {
		store.disabled = true;
		say(fill(words.saidPreparing));
		await navigator.serviceWorker.ready;
		// The first visit: the worker takes the page over once it has installed.
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		// The page itself, in whichever edition (the worker stores only English's when it installs).
		await fetch(location.pathname, { headers: { 'x-keep-page': '1' } }).catch(() => undefined);
		const ok = await prepare((done, of) => say(fill(words.saidStoring, { n: done, total: of })));
		const kept = (await navigator.storage?.estimate?.())?.usage;
		say(
			ok ? (kept ? fill(words.saidReadyKept, { size: MB(kept) }) : fill(words.saidReady)) : fill(words.saidFailed)
		);
		store.disabled = false;
	});
}
