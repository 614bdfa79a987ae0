/**
 * A line of classroom notes (a talking point, a question): its text and the records it rests
 * on, or `ours` for our own questions and analysis. Like a paragraph of the narrative, a line
 * either cites or says it is ours, and its quotations are checked against what it cites.
 */
export type Line = { text: string; cite: string } | { text: string; ours: true };

/** Sections of classroom notes, as the narrative exports them. */
export interface NoteSection {
	id: string;
	talkingPoints: Line[];
	questions: Line[];
}
