// jsdom has no layout engine and no ResizeObserver; Svelte's bind:clientWidth needs one.
// A no-op observer keeps charts at their server-rendered width (360 px), as on first paint.
class NoopResizeObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
