/**
 * Copies the embed code, or, where the clipboard is refused, selects it for the reader to copy.
 * Returns what to say in the status line. Shared by the charts' tools and the embed builder.
 */
export async function copyCode(code: string, area: HTMLTextAreaElement | undefined): Promise<string> {
	try {
		await navigator.clipboard.writeText(code);
		return 'Copied the embed code.';
	} catch {
		area?.select();
		return 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
	}
}
