/**
 * Meeting cadence: every Russia–Syria contact on a time axis, one lane per level, with the
 * context events below. States are derived from the data: 0 = the context, 1…n = each contact
 * in turn, n+1 = the whole rhythm with the gaps between contacts.
 */
import type { Level, StoryData } from '$data/story';
import { cadenceSeries, type CadenceMark } from '$lib/data/series';
import type { Lang } from '$lib/i18n/editions';
import { levelRank } from '../palette';
import { speech } from '../speech';
import { cadenceMarks, daysCell } from './text';
import { cadenceWords } from './words';
import { clamp, flipAnchor, monthTicks, periodScale, textWidth, timeRunsLeft, wrap, type Tick } from '../shared/scales';
import type { FrameLayout, Target } from '../types';

type MarkState = 'hidden' | 'dim' | 'normal' | 'focus';

interface PlacedCadenceMark extends CadenceMark {
	x: number;
	y: number;
	/** x of every claimed date (two for the disputed July visit). */
	xs: number[];
	/** x extent of the days the date can mean (a month-precision call spans its month). */
	span: [number, number];
	state: MarkState;
	/** Direct label lines, or [] when the state shows none. */
	label: string[];
	anchor: 'start' | 'end';
	labelX: number;
	labelY: number;
}

interface Gap {
	key: string;
	x1: number;
	x2: number;
	y: number;
	/** The count's baseline: over the bracket, or a line higher if it would meet the previous one. */
	textY: number;
	text: string;
}

export interface CadenceLayout extends FrameLayout {
	ticks: Tick[];
	axisY: number;
	/** Each level's line, and its name where no mark, label or leader of the state is. */
	lanes: { level: Level; y: number; label: string; x: number; anchor: 'start' | 'end' }[];
	contextY: number;
	/** Where the context row's name sits: at the end the first context event's label leaves free. */
	contextLabel: { x: number; anchor: 'start' | 'end' };
	marks: PlacedCadenceMark[];
	gaps: Gap[];
}

const LEVELS: Level[] = ['head-of-state', 'minister', 'deputy-minister'];
const TOP = 104;
const LANE = 46;
const CADENCE_HEIGHT = TOP + LANE * 3 + 104;

/** The states by name: the context, each contact (by its event's id), then everything. */
export const cadenceStates = (data: StoryData) => ['context', ...cadenceSeries(data).filter((m) => m.contact).map((m) => m.id), 'all'];

export function cadenceLayout(data: StoryData, width: number, stepIn: number, lang: Lang = 'en'): CadenceLayout {
	const sp = speech(data, lang);
	const { direction: directionLabel, level: levelLabel } = sp.w.labels;
	const w = cadenceWords[lang];
	const series = cadenceMarks(data, sp);
	const contacts = series.filter((m) => m.contact);
	const steps = contacts.length + 2;
	const step = clamp(Math.round(stepIn) || 0, 0, steps - 1);
	const whole = step === steps - 1;
	const focus = step >= 1 && !whole ? contacts[step - 1] : undefined;
	const x = periodScale(data, 12, width - 12);
	const laneY = (l: Level) => TOP + (3 - levelRank[l]) * LANE;
	const contextY = TOP + LANE * 3 + 22;
	const axisY = CADENCE_HEIGHT - 40;
	const chars = Math.max(22, Math.floor((width * 0.6) / 7));
	// Lane names are 12-px capitals with letter spacing: wider than plain 12-px text.
	const laneLabelW = (l: Level) => textWidth(levelLabel[l], 12) * 1.3;
	let contextRow = 0;

	const marks = series.map((m): PlacedCadenceMark => {
		const xs = m.claimed.map((d) => x(d));
		const mx = m.disputed ? (Math.min(...xs) + Math.max(...xs)) / 2 : x(m.at);
		const y = m.contact ? laneY(m.level) : contextY + (contextRow++ % 2) * 16;
		let state: MarkState;
		if (!m.contact) state = step === 0 ? 'focus' : whole ? 'normal' : 'dim';
		else if (whole) state = 'normal';
		else if (m === focus) state = 'focus';
		else state = contacts.indexOf(m) < step - 1 ? 'dim' : 'hidden';
		// Direct labels: the focused contact gets its story; in the context state the first
		// context event (the fall of Assad) is named; in the whole rhythm, dates only.
		let label: string[] = [];
		if (state === 'focus' && m.contact) {
			// On the chart a date two articles give differently keeps its two days ("3 July and/or
			// 31 July 2025"); the key says the articles differ, the caption and table say how.
			const date = m.dateLabel.replace(/ \(.*\)$/, '');
			const head = `${date} · ${directionLabel[m.direction]}`;
			label = [...(head.length <= chars ? [head] : [...wrap(date, chars), directionLabel[m.direction]]), ...wrap(m.title, chars)];
		} else if (whole && m.contact) label = [m.shortLabel];
		else if (step === 0 && m === series.find((s) => !s.contact)) label = [m.dateLabel, ...wrap(m.title, chars)];
		// Labels read away from the nearer edge and are kept inside the chart.
		let anchor: 'start' | 'end' = mx > width * 0.6 ? 'end' : 'start';
		const w = Math.max(0, ...label.map((l) => textWidth(l, 13)));
		let labelX = anchor === 'end' ? clamp(mx + 8, w, width) : clamp(mx - 8, 0, width - w);
		// A focused contact's story sits in the band above the lanes, with a leader line;
		// other labels sit above their mark.
		let labelY = state === 'focus' && m.contact ? 16 : y - 16 - (label.length - 1) * 14;
		// In the whole rhythm a date over a mark near the left edge would sit on its lane's
		// name: it goes beside the mark instead, on the lane.
		if (whole && m.contact && labelX < laneLabelW(m.level) + 6) {
			anchor = 'start';
			labelX = Math.max(...xs, x(m.bounds[1])) + 13;
			labelY = y + 4;
		}
		return { ...m, x: mx, y, xs, span: [x(m.bounds[0]), x(m.bounds[1])], state, label, anchor, labelX, labelY };
	});

	// A gap's count sits over its bracket; one that would run into the previous count goes a line up.
	let prevRight = -Infinity;
	const gaps: Gap[] = whole
		? contacts.slice(1).map((m, i) => {
				const prev = marks.find((p) => p.id === contacts[i]!.id)!;
				const cur = marks.find((p) => p.id === m.id)!;
				const days = daysCell(sp, m.gap!);
				const long = sp.fill(sp.say.form(m.gap!.max, w.gapDays), { days });
				const x1 = Math.max(...prev.xs);
				const x2 = Math.min(...cur.xs);
				const text = x2 - x1 > textWidth(long, 12) * 1.25 ? long : days;
				const half = (textWidth(text, 12) * 1.25) / 2;
				const mid = (x1 + x2) / 2;
				const raised = mid - half < prevRight + 4;
				prevRight = raised ? prevRight : mid + half;
				return { key: m.id, x1, x2, y: TOP + LANE * 3 - 2, textY: TOP + LANE * 3 - 9 - (raised ? 14 : 0), text };
			})
		: [];

	const targets: Target[] = marks
		.filter((m) => m.state !== 'hidden')
		.map((m) => ({
			key: m.id,
			x: m.x,
			y: m.y,
			w: m.disputed ? Math.max(28, Math.max(...m.xs) - Math.min(...m.xs) + 20) : 28,
			h: m.contact ? 28 : 24,
			dim: m.state === 'dim',
			label: m.contact
				? sp.fill(w.markContact, { date: m.dateLabel, title: m.title, direction: directionLabel[m.direction], level: sp.w.labels.levelInline[m.level] })
				: sp.fill(w.markContext, { date: m.dateLabel, title: m.title })
		}));

	const layout: CadenceLayout = {
		height: CADENCE_HEIGHT,
		step,
		ticks: monthTicks(x, width, sp.say),
		axisY,
		lanes: LEVELS.map((l) => laneName(l, levelLabel[l], laneY(l), laneLabelW(l), marks, width)),
		contextY,
		contextLabel: { x: width, anchor: 'end' },
		marks,
		gaps,
		targets
	};
	return timeRunsLeft(lang) ? mirrored(layout, width) : layout;
}

/** The layout drawn with time running right to left: every x mirrored, every anchor swapped. */
function mirrored(l: CadenceLayout, width: number): CadenceLayout {
	const mx = (x: number) => width - x;
	return {
		...l,
		ticks: l.ticks.map((t) => ({ ...t, x0: mx(t.x0), x: mx(t.x) })),
		lanes: l.lanes.map((n) => ({ ...n, x: mx(n.x), anchor: flipAnchor(n.anchor) })),
		contextLabel: { x: mx(l.contextLabel.x), anchor: flipAnchor(l.contextLabel.anchor) },
		marks: l.marks.map((m) => ({ ...m, x: mx(m.x), xs: m.xs.map(mx), span: [mx(m.span[1]), mx(m.span[0])], labelX: mx(m.labelX), anchor: flipAnchor(m.anchor) })),
		gaps: l.gaps.map((g) => ({ ...g, x1: mx(g.x1), x2: mx(g.x2) })),
		targets: l.targets.map((t) => ({ ...t, x: mx(t.x) }))
	};
}

/**
 * A lane's name sits above its line at the left, or at the right end where a mark, a mark's
 * label or a leader line (which crosses every lane above its mark) would be under it.
 */
function laneName(level: Level, label: string, y: number, w: number, marks: PlacedCadenceMark[], width: number): CadenceLayout['lanes'][number] {
	const busy: [number, number][] = [];
	for (const m of marks) {
		if (m.state === 'hidden') continue;
		if (m.contact && m.y === y) busy.push([Math.min(...m.xs) - 14, Math.max(...m.xs) + 14]);
		if (m.state === 'focus' && m.contact && m.y > y) busy.push([m.x - 6, m.x + 6]);
		const lw = Math.max(0, ...m.label.map((l) => textWidth(l, 13)));
		// Vertically: the label's lines (13 px) against the name's line (12 px, baseline y - 12).
		const bottom = m.labelY + (m.label.length - 1) * 14 + 4;
		if (m.label.length && bottom > y - 24 && m.labelY - 12 < y - 8) busy.push(m.anchor === 'start' ? [m.labelX, m.labelX + lw] : [m.labelX - lw, m.labelX]);
	}
	const free = (a: number) => a >= 0 && a + w <= width && busy.every(([b0, b1]) => a + w < b0 || a > b1);
	// At the left, else at the right end, else just after something in the way.
	const x = [0, width - w, ...busy.map(([, b1]) => b1 + 4)].find(free) ?? 0;
	const end = x === width - w;
	return { level, y, label, x: end ? width : x, anchor: end ? 'end' : 'start' };
}
