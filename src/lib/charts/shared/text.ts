/** Caption pieces every chart builds the same way from its marks' citations. */
import type { Citation, StoryData } from '$data/story';
import { sourceIds } from '$lib/data/names';
import type { Speech } from '../speech';
import type { Detail, TableSpec } from '../types';

/** Citations as the detail panel shows them: the quote (and ours, in an edition) and where it comes from. */
export function cites(data: StoryData, citations: Citation[], sp: Speech): Detail['cites'] {
	return citations.map((c) => {
		if (!data.sources.some((x) => x.id === c.source)) throw new Error(`citation of unknown source "${c.source}"`);
		const ours = sp.quote(c.quote);
		return { quote: c.quote, from: sp.credit(c.source), ...(ours ? { ours } : {}) };
	});
}

/** "Sources: TRT World; MENAFN; “…”", in the order the sources are listed. */
export function sourceLine(data: StoryData, citations: Citation[], sp: Speech): string {
	const names = sourceIds(data, citations).map((id) => sp.source(id));
	return sp.fill(names.length === 1 ? sp.w.sourceOne : sp.w.sourceMany, { names: names.join(sp.w.namesSep) });
}

/** Table columns from [key, label] pairs; the `numeric` keys are right-aligned. */
export const tableColumns = (pairs: [key: string, label: string][], numeric: string[] = []): TableSpec['columns'] =>
	pairs.map(([key, label]) => ({ key, label, ...(numeric.includes(key) ? { numeric: true } : {}) }));
