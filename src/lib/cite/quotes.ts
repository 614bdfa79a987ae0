/**
 * Quotations in our text, and the check that each is verbatim in what it cites. Prose quotes
 * are compared with the data's citation quotes (which `check-quotes` holds to the articles),
 * so a quotation is verbatim in an article only if it sits inside a quote of a record the
 * sentence cites.
 */

/** Every “…” quotation in `text` (nested ‘…’ stay inside). */
function quotesIn(text: string): string[] {
	return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

/** Case, curly marks, dashes and spacing do not make a misquote; words do. */
function normal(s: string): string {
	return s
		.toLowerCase()
		.replace(/[‘’ʼ`]/g, "'")
		.replace(/[“”„"]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The pieces of a quote between elisions (“...”, “…”, “(...)”). */
const pieces = (q: string) =>
	normal(q)
		.split(/\s*(?:\(\.\.\.\)|\.\.\.|…|\[\.\.\.\])\s*/)
		.map((p) => p.replace(/^[\s.,;:]+|[\s.,;:]+$/g, ''))
		.filter(Boolean);

/**
 * Whether `quote` (from our text) is verbatim inside one of `pool` (citation quotes): each of
 * its pieces must lie within one piece of the same citation.
 */
function isVerbatim(quote: string, pool: string[]): boolean {
	const want = pieces(quote);
	if (want.length === 0) return true;
	return pool.some((c) => {
		const have = pieces(c);
		return want.every((w) => have.some((h) => h.includes(w)));
	});
}

/** The quotations of `text` that are not verbatim in `pool`. */
export function misquotes(text: string, pool: string[]): string[] {
	return quotesIn(text).filter((q) => !isVerbatim(q, pool));
}
