/**
 * The presentation's key map, as a pure function so it can be tested without a browser.
 * Clickers send PageDown/PageUp; the letters follow common presentation tools.
 */
export type DeckAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'digit'; digit: string }
	| { type: 'enter' }
	| { type: 'fullscreen' }
	| { type: 'overview' }
	| { type: 'notes' }
	| { type: 'presenter' }
	| { type: 'blackout' }
	| { type: 'escape' };

/** The parts of a KeyboardEvent the map looks at, plus where focus is. */
interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	/** Focus is in an input, textarea, select or contenteditable: the deck ignores every key. */
	editable?: boolean;
	/** Focus is on a button, link or summary: Space and Enter belong to that control. */
	onControl?: boolean;
	/** Digits typed so far for "number, then Enter": Backspace edits them instead of going back. */
	typing?: boolean;
}

const SIMPLE: Record<string, DeckAction['type']> = {
	ArrowRight: 'next',
	PageDown: 'next',
	n: 'next',
	ArrowLeft: 'prev',
	PageUp: 'prev',
	p: 'prev',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	o: 'overview',
	// The presenter's window, as in reveal.js (the notes panel where it cannot open).
	s: 'presenter',
	// A black screen while the class talks (reveal.js's keys).
	b: 'blackout',
	'.': 'blackout',
	Escape: 'escape'
};

/** What a key press does in the deck, or null when the deck should leave it alone. */
export function keyAction(e: KeyInput): DeckAction | null {
	if (e.editable || e.ctrlKey || e.altKey || e.metaKey) return null;
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
	if (key === ' ' || key === 'Enter') {
		if (e.onControl) return null;
		if (key === 'Enter') return { type: 'enter' };
		return { type: e.shiftKey ? 'prev' : 'next' };
	}
	if (key === 'Backspace') return e.typing ? { type: 'digit', digit: 'Backspace' } : { type: 'prev' };
	const type = SIMPLE[key];
	return type ? ({ type } as DeckAction) : null;
}

/** True when keys typed at `target` are text input, not commands. */
export function isEditable(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const el = target as HTMLElement;
	if (el.isContentEditable) return true;
	return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** True when Space and Enter activate the focused element itself. */
export function isControl(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	return (target as Element).closest('button, a[href], summary, [role="button"]') !== null;
}

/** The slide a typed number names, or null when it is out of range. */
export function typedSlide(buffer: string, total: number): number | null {
	const n = Number(buffer);
	return buffer !== '' && Number.isInteger(n) && n >= 1 && n <= total ? n : null;
}
