/** Caption pieces every chart builds the same way from its marks' citations. */
import type { Citation, StoryData } from '$data/story';
import { sourceCredit, sourceName } from '$lib/data/names';
import type { Detail, TableSpec } from '../types';

/** Citations as the detail panel shows them: the quote and where it comes from. */
export function cites(data: StoryData, citations: Citation[]): Detail['cites'] {
	return citations.map((c) => {
		const s = data.sources.find((x) => x.id === c.source);
		if (!s) throw new Error(`citation of unknown source "${c.source}"`);
		return { quote: c.quote, from: sourceCredit(data, s.id) };
	});
}

/** "Sources: TRT World; MENAFN; “…”", in the order the sources are listed. */
export function sourceLine(data: StoryData, citations: Citation[]): string {
	const used = new Set(citations.map((c) => c.source));
	const names = data.sources.filter((s) => used.has(s.id)).map((s) => sourceName(data, s.id));
	return `Source${names.length === 1 ? '' : 's'}: ${names.join('; ')}.`;
}

/** Table columns from [key, label] pairs; the `numeric` keys are right-aligned. */
export const tableColumns = (pairs: [key: string, label: string][], numeric: string[] = []): TableSpec['columns'] =>
	pairs.map(([key, label]) => ({ key, label, ...(numeric.includes(key) ? { numeric: true } : {}) }));
