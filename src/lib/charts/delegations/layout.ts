/**
 * Delegations: who sat at the table at each contact — Russia on the left, Syria on the right,
 * one chip per named person (coloured and labelled by sector) and hollow dashed chips for
 * unnamed groups. States are derived from the data: one per contact, then all of them.
 */
import type { StoryData } from '$data/story';
import { sourceName } from '$lib/data/names';
import { delegationSeries, type DelegationColumn, type DelegationMark } from '$lib/data/series';
import { sectorLabel } from '../palette';
import { charsIn, clamp, wrap } from '../shared/scales';
import type { FrameLayout, Target } from '../types';

interface Chip extends DelegationMark {
	x: number;
	y: number;
	w: number;
	/** Name lines (names and unnamed groups may wrap). */
	lines: string[];
	/** Under the name: the sector in words, so colour is never the only channel. */
	sub: string;
	/** Extra lines for a presence only one article reports, naming it (none otherwise). */
	flag: string[];
}

interface Block extends Omit<DelegationColumn, 'marks'> {
	y: number;
	height: number;
	state: 'focus' | 'dim' | 'normal';
	chips: Chip[];
	/** The contact's title, wrapped for the narrowest chart. */
	titleLines: string[];
	/** The date's lines (a date two articles give differently names the article). */
	whenLines: string[];
	/** "2 Russians · 3 Syrians" */
	count: string;
}

export interface DelegationsLayout extends FrameLayout {
	mid: number;
	blocks: Block[];
}

// Block header, the sides' names, a one-line chip and the space between blocks, px.
const [HEADER, SIDE_HEADER, CHIP, PAD] = [38, 26, 36, 12];
/** Line leads: a chip's lines, a block's title. */
export const [CHIP_LEAD, TITLE_LEAD] = [14, 13];

/** The name on a chip: unnamed groups are described, never given invented names. */
const chipName = (m: DelegationMark) =>
	m.unnamed ? `Unnamed: ${m.name.replace(/\s*\.\.\.\s*/g, ' ')}` : m.name;

/**
 * Text wraps for the room it has at this width, with room for WCAG 1.4.12's letter and word
 * spacing (a fifth wider): under that spacing a long word
 * may reach into the page's margin, never past it. An unnamed group says so on a
 * line of its own, not only by its dashed swatch.
 */
const wrapping = (width: number) => {
	const room = width / 2 - 6 - 18;
	return { name: Math.max(10, charsIn(room, 13 * 1.2)), small: Math.max(12, charsIn(room, 12 * 1.2)), title: charsIn(width, 12 * 1.2), when: charsIn(width, 13 * 1.35) };
};
const chipLines = (m: DelegationMark, chars: ReturnType<typeof wrapping>) =>
	m.unnamed ? ['Unnamed:', ...wrap(m.name.replace(/\s*\.\.\.\s*/g, ' '), chars.small)] : wrap(m.name, chars.name);
/** The words for a presence only one article reports: "Named in one article only: TRT World". */
export const oneSourceWords = (data: StoryData, m: DelegationMark) =>
	m.oneSource ? `${m.unnamed ? 'Mentioned' : 'Named'} in one article only: ${sourceName(data, m.oneSource, 'short')}` : '';

/** A chip's height: name lines, the sector line, and the flag lines if any. */
const chipHeight = (c: { lines: string[]; flag: string[] }) => CHIP + (c.lines.length - 1 + c.flag.length) * CHIP_LEAD;

/** One state per contact (a contact the articles date differently keeps its columns together), then all. */
const contactCount = (columns: DelegationColumn[]) => new Set(columns.map((c) => c.event)).size;
/** The states by name: each contact (by its event's id), then everything. */
export const delegationStates = (data: StoryData) => [...new Set(delegationSeries(data).map((c) => c.event)), 'all'];

export function delegationsLayout(data: StoryData, width: number, stepIn: number): DelegationsLayout {
	const columns = delegationSeries(data);
	const steps = contactCount(columns) + 1;
	const step = clamp(Math.round(stepIn) || 0, 0, steps - 1);
	const whole = step === steps - 1;
	const mid = width / 2;
	const sideW = mid - 6;
	let y = SIDE_HEADER;
	const chars = wrapping(width);

	const blocks = columns.map((col): Block => {
		const top = y;
		const titleLines = wrap(col.title, chars.title);
		const whenLines = wrap(col.chartDate, chars.when);
		const header = HEADER + (titleLines.length - 1) * TITLE_LEAD + (whenLines.length - 1) * CHIP_LEAD;
		const sides = { russia: [] as Chip[], syria: [] as Chip[] };
		for (const m of col.marks) {
			const list = sides[m.side];
			const lines = chipLines(m, chars);
			const prev = list.at(-1);
			const cy = prev ? prev.y + chipHeight(prev) : top + header;
			list.push({
				...m,
				x: m.side === 'russia' ? 0 : mid + 6,
				y: cy,
				w: sideW,
				lines,
				sub: sectorLabel[m.sector],
				flag: m.oneSource ? wrap(oneSourceWords(data, m), chars.small) : []
			});
		}
		const bottom = Math.max(
			top + header,
			...[...sides.russia, ...sides.syria].map((c) => c.y + chipHeight(c))
		);
		y = bottom + PAD;
		const ru = sides.russia.length;
		const sy = sides.syria.length;
		return {
			id: col.id,
			event: col.event,
			contact: col.contact,
			claim: col.claim,
			title: col.title,
			titleLines,
			whenLines,
			dateLabel: col.dateLabel,
			chartDate: col.chartDate,
			shortLabel: col.shortLabel,
			direction: col.direction,
			y: top,
			height: bottom - top,
			state: whole ? 'normal' : col.contact === step ? 'focus' : 'dim',
			chips: [...sides.russia, ...sides.syria],
			count: `${ru} Russian ${ru === 1 ? 'entry' : 'entries'} · ${sy} Syrian`
		};
	});

	const targets: Target[] = blocks.flatMap((b) =>
		b.chips.map((c) => ({
			key: c.key,
			x: c.x + Math.min(c.w, 190) / 2,
			y: c.y + (chipHeight(c) - 6) / 2,
			w: Math.min(c.w, 190),
			h: Math.max(24, chipHeight(c) - 4),
			dim: b.state === 'dim',
			label: `${b.dateLabel}, ${c.side === 'russia' ? 'Russia' : 'Syria'}: ${chipName(c)}, ${c.sub}${c.oneSource ? ` (${oneSourceWords(data, c).replace(/^./, (x) => x.toLowerCase())})` : ''}`
		}))
	);

	// Paper may cut the plot between contacts.
	const breaks = blocks.slice(1).map((b) => b.y - PAD / 2);
	return { height: y, step, mid, blocks, targets, breaks };
}

export { chipName };
