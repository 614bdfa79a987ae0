/**
 * The speaker notes panel of /present (prerendered by Notes.svelte with every section's notes):
 * shows the step's full text (the slide shows only its slide line) and the notes of the current
 * slide's sections, in the slide's order; opening moves focus to its heading, closing gives
 * focus back to where it was (or to the stage).
 */
import { focusBack } from './focus-back';

export function deckNotes(panel: HTMLElement, stage: HTMLElement) {
	const blocks = new Map([...panel.querySelectorAll<HTMLElement>('[data-notes-for]')].map((b) => [b.dataset.notesFor!, b]));
	const head = panel.querySelector<HTMLElement>('.head');
	const heading = panel.querySelector<HTMLElement>('#notes-title');
	const slideN = panel.querySelector<HTMLElement>('[data-slide-n]');
	const none = panel.querySelector<HTMLElement>('[data-no-notes]');
	const stepBox = panel.querySelector<HTMLElement>('[data-step-notes]');
	const stepText = panel.querySelector<HTMLElement>('[data-step-text]');
	let opener: HTMLElement | null = null;
	/**
	 * The step's paragraphs are moved, not copied, from the slide to the notes (their source
	 * markers keep their ids), and moved back when another slide comes.
	 */
	let lent: { from: HTMLElement; nodes: Element[] } | null = null;
	function lend(slide: HTMLElement | null) {
		if (lent) lent.from.append(...lent.nodes);
		lent = null;
		const text = slide?.querySelector<HTMLElement>('.slide-text');
		if (text && stepText && text.querySelector(':scope > .slide-line')) {
			const nodes = [...text.children].filter((c) => !c.matches('.slide-line'));
			stepText.append(...nodes);
			lent = { from: text, nodes };
		}
		if (stepBox) stepBox.hidden = !lent;
	}

	return {
		get open() {
			return !panel.hidden;
		},
		/** Slide `n`'s notes: its step's text (from `slide`), then those of `sections`, in that order. */
		show(n: number, sections: string[], slide: HTMLElement | null) {
			if (slideN) slideN.textContent = String(n);
			lend(slide);
			const shown = sections.map((id) => blocks.get(id)).filter((b): b is HTMLElement => !!b);
			for (const b of blocks.values()) b.hidden = !shown.includes(b);
			// In the slide's order, first in the panel (where a reader looks, and where Tab goes).
			let after: Element | null = stepBox ?? head;
			for (const b of shown) {
				after?.after(b);
				after = b;
			}
			if (none) none.hidden = shown.length > 0 || !!lent;
		},
		toggle(open = panel.hidden) {
			if (open === !panel.hidden) return;
			if (open) {
				opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
				panel.hidden = false;
				heading?.focus();
				return;
			}
			const now = document.activeElement;
			const hadFocus = !now || now === document.body || panel.contains(now);
			panel.hidden = true;
			// Closing: if focus was in the panel, it goes back where it was before opening.
			if (!hadFocus) return;
			focusBack(opener, stage);
		}
	};
}
