/**
 * The shared palette, as CSS variables (defined in app.css with light-dark()), and the labels
 * that always go with a colour: colour is never the only channel (their words, in every
 * edition, are in `words/`; English ones are named here for the English-only pages).
 */
import type { AgreementStatus, Direction, Level, Sector, Side } from '$data/story';
import { en } from './words/en';

export const sideColor: Record<Side, string> = {
	russia: 'var(--russia)',
	syria: 'var(--syria)',
	other: 'var(--context)'
};

export const sectorColor = (s: Sector) => `var(--sector-${s})`;

/** Direction → who travelled: the hue of the side that went. */
export const directionColor: Record<Direction, string> = {
	'to-damascus': sideColor.russia,
	'to-moscow': sideColor.syria,
	phone: 'var(--fg)',
	other: sideColor.other
};

/** Rank for the vertical position on the cadence chart (higher = more senior). */
export const levelRank: Record<Level, number> = { none: 0, 'deputy-minister': 1, minister: 2, 'head-of-state': 3 };

/** Statuses fall into four families; each family has a colour AND a pattern. */
export type StatusFamily = 'active' | 'pending' | 'contested' | 'ended';
export const statusFamily: Record<AgreementStatus, StatusFamily> = {
	'in-force': 'active',
	agreed: 'active',
	proposed: 'pending',
	promised: 'pending',
	requested: 'pending',
	reported: 'pending',
	'under-review': 'pending',
	unresolved: 'contested',
	disputed: 'contested',
	suspended: 'contested',
	annulled: 'ended',
	transferred: 'ended',
	refused: 'ended'
};
export const familyLabel: Record<StatusFamily, string> = en.labels.family;
export const familyColor = (f: StatusFamily) => `var(--status-${f})`;
