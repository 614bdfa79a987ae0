/**
 * Source markers in the browser: a marker opens its note (the record and the verbatim quotes)
 * beside it, in a popover that Escape, a tap elsewhere or its Close button dismisses, giving
 * focus back to the marker; a toggle hides or shows the markers, remembered per page. Without
 * this script (or without popover support) a marker is a link to its note at the end of the
 * section.
 */
const supported = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

function placeNear(pop: HTMLElement, marker: HTMLElement) {
	const r = marker.getBoundingClientRect();
	const width = Math.min(pop.offsetWidth, window.innerWidth - 16);
	const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
	const below = window.innerHeight - r.bottom;
	const top = below >= pop.offsetHeight + 8 || below > r.top ? r.bottom + 6 : r.top - pop.offsetHeight - 6;
	pop.style.left = `${left + window.scrollX}px`;
	pop.style.top = `${Math.max(8, top) + window.scrollY}px`;
}

function popover(): HTMLElement {
	let pop = document.getElementById('cite-pop');
	if (pop) return pop;
	pop = document.createElement('div');
	pop.id = 'cite-pop';
	pop.className = 'cite-pop';
	pop.setAttribute('popover', 'auto');
	pop.setAttribute('role', 'dialog');
	pop.tabIndex = -1;
	document.body.append(pop);
	return pop;
}

let opener: HTMLElement | null = null;

/** A note by id; notes that wait in <noscript> (the slides) are read in when first needed. */
function noteById(id: string): HTMLElement | null {
	const found = document.getElementById(id);
	if (found) return found;
	for (const wait of document.querySelectorAll<HTMLElement>('noscript[data-cite-notes-later]')) {
		const parsed = document.createElement('template');
		parsed.innerHTML = wait.textContent ?? '';
		const box = document.createElement('div');
		box.hidden = true;
		box.append(parsed.content);
		wait.replaceWith(box);
	}
	return document.getElementById(id);
}

function open(marker: HTMLAnchorElement) {
	const note = noteById(marker.dataset.note ?? '');
	if (!note) return false;
	const pop = popover();
	if (pop.matches(':popover-open')) pop.hidePopover();
	pop.setAttribute('aria-label', marker.getAttribute('aria-label') ?? 'Sources');
	const close = document.createElement('button');
	close.type = 'button';
	close.className = 'cite-close';
	// In the page's language: the notes carry the word (CiteNotes.svelte).
	close.textContent = note.closest<HTMLElement>('[data-close]')?.dataset.close ?? '';
	close.addEventListener('click', () => pop.hidePopover());
	pop.replaceChildren(close, ...[...note.childNodes].map((n) => n.cloneNode(true)));
	opener = marker;
	pop.showPopover();
	placeNear(pop, marker);
	pop.focus({ preventScroll: true });
	return true;
}

/** Works every marker and toggle under `root`; `key` names the page's remembered choice. */
export function workCites(key: string, root: ParentNode = document) {
	const store = `cites:${key}`;
	const toggles = [...root.querySelectorAll<HTMLButtonElement>('[data-cite-toggle]')];
	const apply = (on: boolean) => {
		document.documentElement.classList.toggle('cites-off', !on);
		for (const t of toggles) t.setAttribute('aria-pressed', String(on));
	};
	let on = true;
	try {
		on = localStorage.getItem(store) !== 'off';
	} catch {
		/* storage blocked: markers stay on */
	}
	apply(on);
	for (const t of toggles)
		t.addEventListener('click', () => {
			on = !on;
			apply(on);
			try {
				localStorage.setItem(store, on ? 'on' : 'off');
			} catch {
				/* not remembered */
			}
		});
	if (!supported) return;
	root.addEventListener('click', (e) => {
		const marker = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.cite[data-note]');
		if (marker && open(marker)) e.preventDefault();
	});
	document.addEventListener(
		'toggle',
		(e) => {
			const pop = e.target as HTMLElement;
			if (pop.id === 'cite-pop' && (e as ToggleEvent).newState === 'closed' && opener?.isConnected) {
				opener.focus({ preventScroll: true });
				opener = null;
			}
		},
		true
	);
}
