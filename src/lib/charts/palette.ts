/**
 * The shared palette, as CSS variables (defined in app.css with light-dark()), and the labels
 * that always go with a colour: colour is never the only channel.
 */
import type { AgreementStatus, Direction, Level, Sector, Side } from '$data/story';

export const sideColor: Record<Side, string> = {
	russia: 'var(--russia)',
	syria: 'var(--syria)',
	other: 'var(--context)'
};

export const sectorColor = (s: Sector) => `var(--sector-${s})`;
export const sectorLabel: Record<Sector, string> = {
	presidency: 'Presidency',
	'foreign-affairs': 'Foreign affairs',
	defence: 'Defence',
	intelligence: 'Intelligence',
	economy: 'Economy, trade',
	health: 'Health',
	other: 'Other officials'
};

export const directionLabel: Record<Direction, string> = {
	'to-damascus': 'Russians to Damascus',
	'to-moscow': 'Syrians to Moscow',
	phone: 'Phone call',
	other: 'Context'
};
/** Direction → who travelled: the hue of the side that went. */
export const directionColor: Record<Direction, string> = {
	'to-damascus': sideColor.russia,
	'to-moscow': sideColor.syria,
	phone: 'var(--fg)',
	other: sideColor.other
};

export const levelLabel: Record<Level, string> = {
	'head-of-state': 'Top leaders',
	minister: 'Ministers',
	'deputy-minister': 'Deputy minister',
	none: '—'
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
export const familyLabel: Record<StatusFamily, string> = {
	active: 'In force or agreed',
	pending: 'Proposed, promised, requested, reported or under review',
	contested: 'Unresolved, disputed or suspended',
	ended: 'Annulled, transferred or refused'
};
export const statusLabel: Record<AgreementStatus, string> = {
	'in-force': 'In force',
	agreed: 'Agreed',
	proposed: 'Proposed',
	promised: 'Promised to respect',
	requested: 'Requested',
	reported: 'Reportedly signed',
	'under-review': 'Under review',
	unresolved: 'Unresolved',
	disputed: 'Disputed',
	suspended: 'Suspended',
	annulled: 'Annulled',
	transferred: 'Transferred',
	refused: 'Refused'
};
export const familyColor = (f: StatusFamily) => `var(--status-${f})`;
