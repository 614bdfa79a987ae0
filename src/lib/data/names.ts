/** Readable names for ids that appear in free-text fields (claimedBy: "menafn vs seed-004"). */
import type { StoryData } from '$data/story';

/** A source as prose names it: the outlet, or the unsigned article's headline. */
export function sourceLabel(data: StoryData, id: string): string {
	const s = data.sources.find((x) => x.id === id);
	if (!s) return id;
	return s.outlet ?? `the unsigned article “${s.headline}”`;
}

/** Replaces every source or person id in `text` with its name. */
export function claimant(data: StoryData, text: string): string {
	const names = new Map<string, string>([
		...data.sources.map((s) => [s.id, sourceLabel(data, s.id)] as [string, string]),
		...data.people.map((p) => [p.id, p.name] as [string, string])
	]);
	return text.replace(/[a-z0-9]+(?:-[a-z0-9]+)*/g, (tok) => names.get(tok) ?? tok);
}
