/**
 * What a source marker points at. A sentence cites records, never pasted text: a ref is a
 * record id ("january-visit"), optionally narrowed to one article ("january-visit:trt") and
 * to the citations whose quote contains a word ("bases-future:seed-004~crucial"). A ref means
 * every citation anywhere in the record (its participants, status entries, claims…), of that
 * article where one is named.
 */
import type { Citation, StoryData } from '$data/story';

export interface Resolved {
	ref: string;
	/** The record's id and kind ("event", "person"…), by which an edition names it. */
	id: string;
	kind: string;
	/** The record as readers know it: an event's or agreement's title, a person's name… */
	title: string;
	citations: Citation[];
}

type AnyRecord = { id: string; citations: Citation[] } & Record<string, unknown>;

function records(data: StoryData): [string, AnyRecord, string][] {
	return [
		...data.events.map((r) => ['event', r, r.title] as const),
		...data.agreements.map((r) => ['agreement', r, r.title] as const),
		...data.people.map((r) => ['person', r, r.name] as const),
		...data.economy.map((r) => ['economy record', r, r.label] as const),
		...data.figures.map((r) => ['figure', r, r.label] as const),
		...data.disagreements.map((r) => ['disagreement', r, r.topic] as const),
		...data.sources.map((r) => ['source', r, r.headline] as const)
	].map(([kind, r, title]) => [kind, r as unknown as AnyRecord, title]);
}

/** Every citation in a record and the objects inside it, each once. */
function allCitations(value: unknown, out: Citation[] = []): Citation[] {
	if (Array.isArray(value)) value.forEach((v) => allCitations(v, out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (k === 'citations' && Array.isArray(v)) {
				for (const c of v as Citation[]) if (!out.some((o) => o.source === c.source && o.quote === c.quote)) out.push(c);
			} else allCitations(v, out);
		}
	}
	return out;
}

const index = new WeakMap<StoryData, Map<string, [string, AnyRecord, string]>>();

/** Resolves one ref; throws a message naming the ref and what is missing. */
export function resolveRef(data: StoryData, ref: string): Resolved {
	let byId = index.get(data);
	if (!byId) {
		byId = new Map();
		for (const e of records(data)) {
			const twin = byId.get(e[1].id);
			if (twin) throw new Error(`data/story.ts: the ${twin[0]} and the ${e[0]} share the id "${e[1].id}"; source markers need one record per id`);
			byId.set(e[1].id, e);
		}
		index.set(data, byId);
	}
	const m = /^([a-z0-9-]+)(?::([a-z0-9-]+))?(?:~(.+))?$/.exec(ref.trim());
	if (!m) throw new Error(`source marker "${ref}": write record-id, record-id:source-id or record-id:source-id~words`);
	const [, id, source, words] = m as unknown as [string, string, string | undefined, string | undefined];
	const found = byId.get(id);
	if (!found) throw new Error(`source marker "${ref}": data/story.ts has no record "${id}"`);
	if (source && !data.sources.some((s) => s.id === source))
		throw new Error(`source marker "${ref}": data/story.ts has no source "${source}"`);
	let citations = allCitations(found[1]).filter((c) => !source || c.source === source);
	if (words) citations = citations.filter((c) => c.quote.toLowerCase().includes(words.toLowerCase()));
	if (citations.length === 0) throw new Error(`source marker "${ref}": ${found[0]} "${id}" has no citation that matches`);
	return { ref, id, kind: found[0], title: found[2], citations };
}

/** The ids of the articles a set of refs rests on, in the data's source order. */
export function sourcesOf(data: StoryData, resolved: Resolved[]): string[] {
	const used = new Set(resolved.flatMap((r) => r.citations.map((c) => c.source)));
	return data.sources.map((s) => s.id).filter((id) => used.has(id));
}
