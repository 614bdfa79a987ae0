/**
 * A line of classroom notes (a talking point, a question): its text and the records it rests
 * on, or `ours` for our own questions and analysis. Like a paragraph of the narrative, a line
 * either cites or says it is ours, and its quotations are checked against what it cites.
 */
export type Line = { text: string; cite: string } | { text: string; ours: true };

/** Sections of classroom notes, as the narrative exports them. */
export interface NoteSection {
	id: string;
	talkingPoints: Line[];
	questions: Line[];
}

/** A piece of a line: plain text, or our translation of a quotation with the article's words (`o`). */
type LinePart = { text: string; o?: string };

/**
 * An edition's line, cut where it translates a quotation: `<q o="the article’s words">our
 * translation</q>` (the same shape as the narrative's `<Q o="…">`).
 */
export function lineParts(text: string): LinePart[] {
	const parts: LinePart[] = [];
	const re = /<q o="([^"]+)">([^<]+)<\/q>/g;
	let at = 0;
	for (const m of text.matchAll(re)) {
		if (m.index > at) parts.push({ text: text.slice(at, m.index) });
		parts.push({ text: m[2]!, o: m[1]! });
		at = m.index + m[0].length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	if (parts.some((p) => !p.o && /<\/?q\b/.test(p.text))) throw new Error(`A quotation in “${text}” is not written <q o="the article’s words">our translation</q>.`);
	return parts;
}

/**
 * The words a line's quotations must match in its sources: English quotations as they stand,
 * an edition's translated ones by their originals (and any English it quotes untranslated).
 */
export const quotedIn = (parts: LinePart[]) => parts.map((p) => (p.o ? `“${p.o}”` : p.text)).join(' ');
