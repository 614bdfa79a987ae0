/**
 * Copies the embed code, or, where the clipboard is refused, selects it for the reader to copy.
 * Returns what to say in the status line, in the page's words (the Copy button's `data-copied`
 * and `data-select`, from the charts' words). Shared by the charts' tools and the embed builder.
 */
export async function copyCode(code: string, area: HTMLTextAreaElement | undefined, button: HTMLElement | null): Promise<string> {
	try {
		await navigator.clipboard.writeText(code);
		return button?.dataset.copied ?? '';
	} catch {
		area?.select();
		return button?.dataset.select ?? '';
	}
}
