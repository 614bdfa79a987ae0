/**
 * A page's links to its other editions (EditionSwitch) carry the reader's place: just before
 * one is followed, opened in a new tab or copied, its hash becomes `where()` (a step's address,
 * a section's id, `slide-7`). Every edition has the same ids, so the place is found there too.
 * A reader who scrolls back up to the masthead's links to switch keeps the last place they read.
 */
export function keepPlaceAcross(where: () => string) {
	let last = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	addEventListener(
		'scroll',
		() => {
			clearTimeout(timer);
			timer = setTimeout(() => (last = where() || last), 250);
		},
		{ passive: true }
	);
	const update = (e: Event) => {
		const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-edition-link]');
		if (!a) return;
		const id = where() || last;
		a.hash = id ? `#${id}` : '';
	};
	for (const type of ['pointerdown', 'focusin', 'click', 'contextmenu']) document.addEventListener(type, update, true);
}
