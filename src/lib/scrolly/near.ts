/**
 * Runs `then` once, when `el` first comes within `margin` of the viewport (at once where there is
 * no IntersectionObserver). Returns a function that cancels it.
 */
export function whenNear(el: Element, margin: string, then: () => void): () => void {
	if (typeof IntersectionObserver !== 'function') {
		then();
		return () => {};
	}
	const seen = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			seen.disconnect();
			then();
		},
		{ rootMargin: margin }
	);
	seen.observe(el);
	return () => seen.disconnect();
}
