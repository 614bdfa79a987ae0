/** The timeline's CSV: one row per mark, with the dates as the articles give them. */
import type { StoryData } from '$data/story';
import type { Lang } from '$lib/i18n/editions';
import { citeColumns, sourceIds } from '$lib/data/names';
import type { CsvRow } from '../types';
import { daysShort } from '$lib/words';
import { speech } from '../speech';
import { cadenceMarks } from './text';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dates an event's articles give, at the precision they give them: "2025-01-28", "2025-02"
 * (a month), "2025-01 (approximate)", "2025-07-03; 2025-07-31" for a date the articles differ on.
 */
function claimedDates(data: StoryData, id: string): string {
	const d = data.events.find((e) => e.id === id)?.date;
	if (!d) return '';
	if (d.claims?.length) return d.claims.map((c) => c.date).join('; ');
	return d.precision === 'approximate' ? `${d.date} (approximate)` : d.date;
}

/**
 * One row per mark in one edition: codes, ISO dates and numbers as English has them; titles,
 * places, date words and source names in the edition's words (headlines and quotes stay English).
 */
export function cadenceRows(data: StoryData, lang: Lang = 'en'): CsvRow[] {
	const sp = speech(data, lang);
	return cadenceMarks(data, sp).map((m) => ({
		id: m.id,
		title: m.title,
		kind: m.kind,
		contact: m.contact ? 'yes' : 'no',
		date: m.dateLabel,
		// Where the chart draws the mark (mid-month when only a month is known): a plotting
		// position, not a date from the articles. Those are in `claimed_dates`.
		plotted_at: iso(m.at),
		claimed_dates: claimedDates(data, m.id),
		disputed: m.disputed ? 'yes' : 'no',
		direction: m.direction,
		level: m.level,
		place: m.place,
		days_since_previous_contact: m.gap ? (m.gap.min === m.gap.max ? m.gap.min : daysShort(m.gap)) : null,
		...citeColumns(data, m.citations),
		sources: sourceIds(data, m.citations).map((id) => sp.source(id)).join(sp.w.namesSep)
	}));
}
