/**
 * Delegations: who sat at the table at each contact — Russia on the left, Syria on the right
 * (mirrored in a right-to-left edition, so Russia stays at the reading start), one chip per
 * named person (coloured and labelled by sector) and hollow dashed chips for unnamed groups.
 * States are derived from the data: one per contact, then all of them.
 */
import type { StoryData } from '$data/story';
import { delegationSeries, type DelegationColumn, type DelegationMark } from '$lib/data/series';
import type { Lang } from '$lib/i18n/editions';
import { isolated } from '$lib/cite/book';
import { speech, type Speech } from '../speech';
import { charsIn, clamp, flipAnchor, timeRunsLeft, wrap } from '../shared/scales';
import type { FrameLayout, Target } from '../types';
import { delegationWords } from './words';

type Anchor = 'start' | 'end';

/** A mark with its words in one edition. */
export interface EditionMark extends DelegationMark {
	/** The name as a chip, a table or a sentence gives it ("Unnamed: …" for a group). */
	label: string;
	/** "Named in one article only: TRT World" (a label, and inside a sentence), or ''. */
	only: string;
	onlyInline: string;
}

interface Chip extends EditionMark {
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

interface Block extends Omit<DelegationColumn, 'marks' | 'shortLabel'> {
	y: number;
	height: number;
	state: 'focus' | 'dim' | 'normal';
	chips: Chip[];
	/** The contact's title, wrapped for the narrowest chart. */
	titleLines: string[];
	/** The date's lines (a date two articles give differently names the article). */
	whenLines: string[];
	/** "2 Russian entries · 3 Syrian" */
	count: string;
}

export interface DelegationsLayout extends FrameLayout {
	mid: number;
	/** Each side's name over its half. */
	sides: Record<DelegationMark['side'], { label: string; x: number; anchor: Anchor }>;
	/** Where a block's date and title lines start. */
	head: { x: number; anchor: Anchor };
	/** Inside a chip, from its x: the swatch's left edge, the question mark's centre, the text's start. */
	face: { swatch: number; q: number; text: number; anchor: Anchor };
	blocks: Block[];
}

// Block header, the sides' names, a one-line chip and the space between blocks, px.
const [HEADER, SIDE_HEADER, CHIP, PAD] = [38, 26, 36, 12];
/** Line leads: a chip's lines, a block's title. */
export const [CHIP_LEAD, TITLE_LEAD] = [14, 13];
const SWATCH = 14;

/**
 * The columns with their words in one edition: dates said again from the data (an article's
 * own English wording kept, in quotation marks, as the evidence), titles, groups and roles
 * translated, people named as the edition spells them.
 */
export function delegationColumns(data: StoryData, sp: Speech) {
	const w = delegationWords[sp.lang];
	const people = new Map(data.people.map((p) => [p.id, p]));
	return delegationSeries(data).map((col) => {
		const e = data.events.find((x) => x.id === col.event)!;
		const claim = col.claim;
		const visitFrom = Boolean(claim && e.date.claims?.find((c) => c.date === claim.date && c.wording === claim.wording)?.visitFrom);
		const said = claim && { date: sp.say.date(claim.date), source: sp.source(claim.source, 'short'), wording: isolated(claim.wording, sp.lang) };
		const dateLabel = said ? sp.fill(visitFrom ? w.claimFromWording : w.claimDate, said) : sp.say.fuzzy(e.date);
		const marks = col.marks.map((m): EditionMark => {
			// A group is described as the article has it, without the "..." of a cut quotation.
			const name = !m.person
				? sp.t(m.name).replace(/\s*(?:\.\.\.|…)\s*/g, ' ').trim()
				: sp.lang === 'en'
					? m.name
					: people.get(m.person)!.names[sp.lang];
			const source = m.oneSource && sp.source(m.oneSource, 'short');
			return {
				...m,
				eventTitle: sp.t(m.eventTitle),
				eventDate: dateLabel,
				name,
				// Titles are joined by "; " in the series (no title has one of its own).
				role: m.role && m.role.split('; ').map(sp.t).join(sp.w.namesSep),
				roleNotGiven: m.roleNotGiven && sp.t(m.roleNotGiven),
				label: m.unnamed ? sp.fill(w.unnamed, { group: name }) : name,
				only: source ? sp.fill(m.unnamed ? w.mentionedOnly : w.namedOnly, { source }) : '',
				onlyInline: source ? sp.fill(m.unnamed ? w.mentionedOnlyInline : w.namedOnlyInline, { source }) : ''
			};
		});
		return { ...col, title: sp.t(col.title), dateLabel, chartDate: said ? sp.fill(visitFrom ? w.claimFrom : w.claimDate, said) : dateLabel, marks };
	});
}

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

/** A chip's height: name lines, the sector line, and the flag lines if any. */
const chipHeight = (c: { lines: string[]; flag: string[] }) => CHIP + (c.lines.length - 1 + c.flag.length) * CHIP_LEAD;

/** One state per contact (a contact the articles date differently keeps its columns together), then all. */
const contactCount = (columns: DelegationColumn[]) => new Set(columns.map((c) => c.event)).size;
/** The states by name: each contact (by its event's id), then everything. */
export const delegationStates = (data: StoryData) => [...new Set(delegationSeries(data).map((c) => c.event)), 'all'];

export function delegationsLayout(data: StoryData, width: number, stepIn: number, lang: Lang = 'en'): DelegationsLayout {
	const sp = speech(data, lang);
	const w = delegationWords[lang];
	const sectorLabel = sp.w.labels.sector;
	const columns = delegationColumns(data, sp);
	const steps = contactCount(columns) + 1;
	const step = clamp(Math.round(stepIn) || 0, 0, steps - 1);
	const whole = step === steps - 1;
	const mid = width / 2;
	const sideW = mid - 6;
	let y = SIDE_HEADER;
	const chars = wrapping(width);
	const entries = (n: number, forms: typeof w.russianEntries) => sp.fill(sp.say.form(n, forms), { n: sp.say.num(n) });

	const blocks = columns.map((col): Block => {
		const top = y;
		const titleLines = wrap(col.title, chars.title);
		const whenLines = wrap(col.chartDate, chars.when);
		const header = HEADER + (titleLines.length - 1) * TITLE_LEAD + (whenLines.length - 1) * CHIP_LEAD;
		const sides = { russia: [] as Chip[], syria: [] as Chip[] };
		for (const m of col.marks) {
			const list = sides[m.side];
			const lines = m.unnamed ? [w.unnamedLine, ...wrap(m.name, chars.small)] : wrap(m.name, chars.name);
			const prev = list.at(-1);
			const cy = prev ? prev.y + chipHeight(prev) : top + header;
			list.push({ ...m, x: m.side === 'russia' ? 0 : mid + 6, y: cy, w: sideW, lines, sub: sectorLabel[m.sector], flag: m.only ? wrap(m.only, chars.small) : [] });
		}
		const bottom = Math.max(
			top + header,
			...[...sides.russia, ...sides.syria].map((c) => c.y + chipHeight(c))
		);
		y = bottom + PAD;
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
			direction: col.direction,
			y: top,
			height: bottom - top,
			state: whole ? 'normal' : col.contact === step ? 'focus' : 'dim',
			chips: [...sides.russia, ...sides.syria],
			count: sp.fill(w.count, { russian: entries(sides.russia.length, w.russianEntries), syrian: entries(sides.syria.length, w.syrianEntries) })
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
			label: sp.fill(c.only ? w.targetOne : w.target, { date: b.dateLabel, side: w.side[c.side], name: c.label, sector: c.sub, only: c.onlyInline })
		}))
	);

	// Paper may cut the plot between contacts.
	const breaks = blocks.slice(1).map((b) => b.y - PAD / 2);
	const layout: DelegationsLayout = {
		height: y,
		step,
		mid,
		sides: { russia: { label: w.side.russia, x: 0, anchor: 'start' }, syria: { label: w.side.syria, x: mid + 6, anchor: 'start' } },
		head: { x: 0, anchor: 'start' },
		face: { swatch: 0, q: SWATCH / 2, text: 18, anchor: 'start' },
		blocks,
		targets,
		breaks
	};
	return timeRunsLeft(lang) ? mirrored(layout, width) : layout;
}

/** A text's place mirrored: its x, and its anchor swapped. */
const flipped = <T extends { x: number; anchor: Anchor }>(t: T, width: number): T => ({ ...t, x: width - t.x, anchor: flipAnchor(t.anchor) });

/**
 * The layout of a right-to-left edition: every x mirrored and every anchor swapped, so the
 * first side (Russia) sits at the reading start, on the right, and each chip's swatch leads its words.
 */
function mirrored(l: DelegationsLayout, width: number): DelegationsLayout {
	const mx = (x: number) => width - x;
	return {
		...l,
		sides: { russia: flipped(l.sides.russia, width), syria: flipped(l.sides.syria, width) },
		head: flipped(l.head, width),
		// Offsets from a chip's x, which is now its right edge.
		face: { swatch: -(l.face.swatch + SWATCH), q: -l.face.q, text: -l.face.text, anchor: flipAnchor(l.face.anchor) },
		blocks: l.blocks.map((b) => ({ ...b, chips: b.chips.map((c) => ({ ...c, x: mx(c.x) })) })),
		targets: l.targets.map((t) => ({ ...t, x: mx(t.x) }))
	};
}
