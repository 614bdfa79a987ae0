/**
 * Agreements: one row per agreement or arrangement on the period's month axis, its bar split
 * where the status changes. Several claims for the same date split the bar into thin stacked
 * lanes (a conflict is drawn, never resolved); a change dated only by its year is a fading zone
 * from the previous entry, marked "date not given". States come from the data: one per group of
 * `Agreement.kind` (contracts, bases, reviews…), then everything. Height depends on the data only.
 * In Arabic the finished layout is mirrored: time runs right to left.
 */
import type { Agreement, StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { dateBounds } from '$lib/data/dates';
import { agreementSeries, type AgreementRow, type StatusSegment } from '$lib/data/series';
import { statusFamily, type StatusFamily } from '../palette';
import { charsIn, clamp, flipAnchor, monthTicks, periodScale, textWidth, timeRunsLeft, wrap, type Tick } from '../shared/scales';
import { speech, type Speech } from '../speech';
import type { FrameLayout, Target } from '../types';
import { chain, claimantOf, dateGroups, latestWords, statusSentences, timing, when, type Timing } from './text';
import { agreementsWords } from './words';

type GroupId = 'contracts' | 'bases' | 'review' | 'asks';
type Anchor = 'start' | 'end';
const GROUPS: { id: GroupId; kinds: Agreement['kind'][] }[] = [
	{ id: 'contracts', kinds: ['contract'] },
	{ id: 'bases', kinds: ['base'] },
	{ id: 'review', kinds: ['process', 'treaty-set', 'commission'] },
	{ id: 'asks', kinds: ['request', 'offer'] }
];
const groupOf = (k: Agreement['kind']): GroupId => GROUPS.find((g) => g.kinds.includes(k))?.id ?? 'asks';

interface AgreementState {
	key: string;
	/** The groups shown at full strength; the others are dimmed. */
	focus: GroupId[];
	/** The groups its step is about (the story keeps them in view): the last adds requests and offers. */
	about: GroupId[];
}

/** One state per group (requests and offers are told with everything), then everything. */
export function agreementStates(data: StoryData): AgreementState[] {
	const present = GROUPS.filter((g) => data.agreements.some((a) => groupOf(a.kind) === g.id)).map((g) => g.id);
	const states: AgreementState[] = present.filter((g) => g !== 'asks').map((g) => ({ key: g, focus: [g], about: [g] }));
	const untold = present.filter((g) => !states.some((s) => s.key === g));
	if (!states.length || present.length > 1) states.push({ key: 'all', focus: present, about: untold.length ? untold : present });
	return states;
}

/** The states by name: the groups told one by one (`contracts`, `bases`, `review`), then `all`. */
export const agreementStateKeys = (data: StoryData) => agreementStates(data).map((s) => s.key);

interface PlacedSegment extends StatusSegment {
	family: StatusFamily;
	timing: Timing;
	/** "since 2019", "2025, date not given", "about January 2025". */
	when: string;
	x: number;
	w: number;
	y: number;
	h: number;
	/** Claims drawn for this date (stacked lanes when > 1), this one's lane, and whether they differ. */
	lanes: number;
	lane: number;
	conflict: boolean;
	/** Words written inside the segment, when they fit. */
	text: string | null;
	/** Text on a solid fill (drawn in the background colour) rather than with a halo. */
	solid: boolean;
	/** Where that text starts: just inside the segment's earlier end. */
	textX: number;
	anchor: Anchor;
}

interface PlacedRow extends AgreementRow {
	segments: PlacedSegment[];
	group: GroupId;
	focus: boolean;
	/** What its state's step is about (kept in view in the story). */
	about: boolean;
	/** Label lines; the latest status (`strong`) ends the last line. */
	lines: { plain: string; strong: string }[];
	labelY: number;
	barY: number;
	barH: number;
	/** The line before the first report (no status known), from the period's start. */
	track: { x: number; w: number };
	since: { x: number; y: number; text: string; anchor: Anchor } | null;
}

export interface AgreementsLayout extends FrameLayout {
	state: AgreementState;
	/** Time runs right to left (Arabic): a year-only zone fades from its right end. */
	rtl: boolean;
	/** Where the note, the group headers and the row labels are set: the left edge, or the right. */
	textAt: { x: number; anchor: Anchor };
	annotation: string[];
	annotationY: number;
	headers: { id: GroupId; label: string; y: number; focus: boolean; about: boolean }[];
	rows: PlacedRow[];
	ticks: Tick[];
	axisTop: number;
	axisBottom: number;
	/** Month boundaries, for gridlines. */
	grid: number[];
}

/** Fixed character budgets (not the width), so the height never depends on the width. */
/** Characters a line for labels (13 px; 12 px under 330 px) and notes (12 px), with room for WCAG 1.4.12 spacing. */
const labelChars = (width: number) => charsIn(width, (width < 330 ? 12 : 13) * 1.3);
const noteChars = (width: number) => charsIn(width, 12 * 1.25);
const LINE = 14;
const NOTE_LINE = 15;
const BAR = 16;
const LANE_MIN = 12;
const HEADER = 20;
const SINCE = 13;
const GAP = 12;
const AXIS = 38;
const DAY = 86_400_000;

/** The title wrapped, ending with " — Latest status" (bold, so counted wider; never split from its dash). */
function labelLines(title: string, tail: string, chars: number): { plain: string; strong: string }[] {
	const lines = wrap(title, chars).map((plain) => ({ plain, strong: '' }));
	const last = lines.at(-1);
	if (last && last.plain.length + 1 + tail.length * 1.1 <= chars) {
		last.plain += ' ';
		last.strong = tail;
	} else lines.push(...wrap(tail, Math.floor(chars / 1.1)).map((strong) => ({ plain: '', strong })));
	return lines;
}

/** What to see in each state, in words from the data (`short`: months as "Jan", for the chart). */
export function annotationFor(data: StoryData, state: AgreementState, sp: Speech, short = true): string {
	const w = agreementsWords[sp.lang];
	const rows = data.agreements.filter((a) => state.focus.includes(groupOf(a.kind)));
	// The same counts as the takeaway and the prose (statusCounts in text.ts), in short sentences.
	if (state.key === 'all') return sp.fill(sp.say.form(rows.length, w.all), { n: sp.say.num(rows.length), counts: statusSentences(rows, true, sp.lang) });
	const score = (a: Agreement) => new Set(a.history.map((h) => h.status)).size * 100 + dateGroups(a.history).length;
	const lead = rows.reduce((best, a) => (score(a) > score(best) ? a : best), rows[0]!);
	return sp.fill(w.lead, { title: sp.t(lead.title), chain: chain(data, lead, sp, short) });
}

export function agreementsLayout(data: StoryData, width: number, stepIn: number, lang: Lang = 'en'): AgreementsLayout {
	const sp = speech(data, lang);
	const words = agreementsWords[lang];
	const status = sp.w.labels.status;
	const who = claimantOf(data, lang);
	const states = agreementStates(data);
	const steps = states.length;
	const step = clamp(Math.round(stepIn) || 0, 0, steps - 1);
	const state = states[step]!;
	const x = periodScale(data, 1, width - 1);
	const [p0, p1] = x.domain() as [Date, Date];
	const series = agreementSeries(data);

	const notes = states.map((s) => wrap(annotationFor(data, s, sp), noteChars(width)));
	const annotationY = 13;
	const axisTop = annotationY + Math.max(...notes.map((n) => n.length)) * NOTE_LINE;
	let y = axisTop + AXIS;

	const headers: AgreementsLayout['headers'] = [];
	const rows: PlacedRow[] = [];
	for (const g of GROUPS) {
		const members = series.filter((r) => groupOf(r.kind) === g.id);
		if (!members.length) continue;
		const focus = state.focus.includes(g.id);
		const about = state.about.includes(g.id);
		headers.push({ id: g.id, label: words.groups[g.id], y: y + 12, focus, about });
		y += HEADER;
		for (const row of members) {
			const a = data.agreements.find((d) => d.id === row.id)!;
			const groups = dateGroups(a.history);
			const kmax = Math.max(...groups.map((d) => d.length));
			const lines = labelLines(sp.t(row.title), sp.fill(words.latest, { status: latestWords(a, sp) }), labelChars(width));
			const labelY = y + 11;
			const barY = y + lines.length * LINE + 2;
			const barH = Math.max(BAR, kmax * LANE_MIN + kmax - 1);
			const before = timing(data, a.history[0]!) === 'before';

			// Where each date group starts: a before-period status at the left edge, a year-only
			// change right after the previous entry's month, any other at the start of its month.
			const startOf = (gi: number): Date => {
				const h = groups[gi]![0]!;
				const t = timing(data, h);
				if (t === 'before') return p0;
				const prev = groups[gi - 1]?.[0];
				const at = t === 'undated' && prev ? new Date(+dateBounds(prev.date)[1] + DAY) : dateBounds(h.date)[0];
				return new Date(clamp(+at, +p0, +p1));
			};
			const segments: PlacedSegment[] = [];
			let index = 0;
			groups.forEach((entries, gi) => {
				const x0 = x(startOf(gi));
				const x1 = gi + 1 < groups.length ? x(startOf(gi + 1)) - 2 : x(p1);
				const w = Math.max(3, x1 - x0);
				const k = entries.length;
				const laneH = (barH - (k - 1)) / k;
				const conflict = new Set(entries.map((e) => e.status)).size > 1;
				entries.forEach((h, j) => {
					const seg = row.segments[index++]!;
					const t = timing(data, h);
					const family = statusFamily[h.status];
					const said = t === 'undated' ? [sp.fill(words.segUndated, { status: status[h.status] }), words.notGiven] : [status[h.status]];
					// Room for WCAG 1.4.12's letter spacing (0.12 em a character) too.
					const fits = k === 1 ? said.find((s) => textWidth(s, 12) * 1.2 + 12 <= w) : undefined;
					segments.push({
						...seg,
						family,
						timing: t,
						when: when(data, h, sp),
						x: x0,
						w,
						y: barY + j * (laneH + 1),
						h: laneH,
						lanes: k,
						lane: j,
						conflict,
						text: fits ?? null,
						solid: family === 'active' && t !== 'undated',
						textX: x0 + 5,
						anchor: 'start'
					});
				});
			});
			rows.push({
				...row,
				segments,
				group: g.id,
				focus,
				about,
				lines,
				labelY,
				barY,
				barH,
				track: { x: 1, w: Math.max(0, (segments[0]?.x ?? 1) - 3) },
				since: before ? { x: x(p0), y: barY + barH + 11, text: when(data, a.history[0]!, sp), anchor: 'start' } : null
			});
			y = barY + barH + (before ? SINCE : 0) + GAP;
		}
	}
	const axisBottom = y - GAP + 10;

	const targets: Target[] = rows.flatMap((r) =>
		r.segments.map((s) => {
			// Stacked lanes share a band at least 24 px tall per lane, split evenly.
			const pad = Math.max(0, (24 * s.lanes - r.barH) / 2);
			const part = (r.barH + 2 * pad) / s.lanes;
			return {
				key: s.key,
				x: s.x + s.w / 2,
				y: r.barY - pad + part * (s.lane + 0.5),
				w: Math.max(24, s.w),
				h: part,
				dim: !r.focus,
				row: r.id,
				label: sp.fill(words.target, {
					title: sp.t(r.title),
					status: status[s.status],
					date: s.when,
					who: who(s.claimedBy),
					lanes: s.lanes > 1 ? sp.fill(words.oneOf, { claims: words.claimsSpelled[s.lanes] ?? sp.say.count(s.lanes, words.claimsMany) }) : ''
				})
			};
		})
	);

	const ticks = monthTicks(x, width, sp.say);
	// Paper may cut the plot between rows, and between groups above a group's label.
	const breaks = rows.slice(1).map((r, i) =>
		r.group === rows[i]!.group ? r.labelY - 11 - GAP / 2 : headers.find((h) => h.id === r.group)!.y - 12 - GAP / 2
	);
	const layout: AgreementsLayout = {
		height: axisBottom + 34,
		breaks,
		step,
		state,
		rtl: false,
		textAt: { x: 0, anchor: 'start' },
		annotation: notes[step]!,
		annotationY,
		headers,
		rows,
		ticks,
		axisTop,
		axisBottom,
		grid: [...ticks.map((t) => t.x0), x(p1)],
		targets
	};
	return timeRunsLeft(lang) ? mirrored(layout, width) : layout;
}

/** The layout drawn with time running right to left: every x mirrored, every anchor swapped. */
function mirrored(l: AgreementsLayout, width: number): AgreementsLayout {
	const mx = (x: number) => width - x;
	return {
		...l,
		rtl: true,
		textAt: { x: mx(l.textAt.x), anchor: flipAnchor(l.textAt.anchor) },
		rows: l.rows.map((r) => ({
			...r,
			track: { x: mx(r.track.x + r.track.w), w: r.track.w },
			since: r.since && { ...r.since, x: mx(r.since.x), anchor: flipAnchor(r.since.anchor) },
			segments: r.segments.map((s) => ({ ...s, x: mx(s.x + s.w), textX: mx(s.textX), anchor: flipAnchor(s.anchor) }))
		})),
		ticks: l.ticks.map((t) => ({ ...t, x0: mx(t.x0), x: mx(t.x) })),
		grid: l.grid.map(mx),
		targets: l.targets.map((t) => ({ ...t, x: mx(t.x) }))
	};
}
