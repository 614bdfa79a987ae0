/**
 * Where focus goes when a panel or dialog of the deck closes: back to what had it when it
 * opened, if that is still there and visible, else to the stage.
 */
export function focusBack(opener: HTMLElement | null, fallback: HTMLElement) {
	const back = opener?.isConnected && opener.checkVisibility?.() !== false ? opener : null;
	(back ?? fallback).focus();
}
