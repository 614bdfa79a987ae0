/**
 * The classroom notes in each edition: English's lines (`classroom.ts`: which records each cites,
 * or that it is ours) with the edition's text (`classroom.ru.ts`, `classroom.ar.ts`). A section
 * or a line English has and an edition lacks, or the other way round, stops the build, naming it;
 * so does an English line changed since `npm run editions:lock` recorded what was translated.
 */
import type { NoteSection } from '$lib/cite/line';
import type { Lang } from '$lib/i18n/editions';
import LOCK from '$lib/i18n/editions.lock.json';
import { noteLines } from '$lib/i18n/narrative.js';
import { classroom } from './classroom';
import { notes as ar } from './classroom.ar';
import { notes as ru } from './classroom.ru';
// The English as written (values not filled in), to tell a line changed since it was translated.
import source from './classroom.ts?raw';

/** An edition's notes: per section, the text of each talking point and question, in English's order. */
export type EditionNotes = Record<string, { talkingPoints: string[]; questions: string[] }>;

/** Where a line lives, for build errors: "story/classroom.ru.ts, fall, question 2". */
export const noteAt = (lang: Lang, section: string, kind: 'question' | 'talking point', i: number) =>
	`story/classroom${lang === 'en' ? '' : `.${lang}`}.ts, ${section}, ${kind} ${i + 1}`;

const english = noteLines(source);

function paired(lang: Exclude<Lang, 'en'>, ed: EditionNotes): { sections: NoteSection[] } {
	const file = `src/lib/story/classroom.${lang}.ts`;
	const locked = (LOCK as Record<string, string[] | undefined>)[file];
	if (!locked) throw new Error(`${file}: no record of the English it was translated from (run npm run editions:lock once it is up to date)`);
	let n = 0;
	const extra = Object.keys(ed).filter((id) => !classroom.sections.some((s) => s.id === id));
	if (extra.length) throw new Error(`${file}: sections English does not have: ${extra.join(', ')}`);
	return {
		sections: classroom.sections.map((s) => {
			const t = ed[s.id];
			if (!t) throw new Error(`${file}: no translation of the section "${s.id}"`);
			const pair = <K extends 'talkingPoints' | 'questions'>(k: K) => {
				if (t[k].length !== s[k].length) throw new Error(`${file}, ${s.id}: ${t[k].length} ${k} where English has ${s[k].length}`);
				return s[k].map((line, i) => {
					const at = n++;
					if (locked[at] !== english[at])
						throw new Error(`${file}, ${s.id}, ${k === 'questions' ? 'question' : 'talking point'} ${i + 1}: the English it translates has changed since: “${line.text.slice(0, 70)}…”`);
					return { ...line, text: t[k][i]! };
				});
			};
			return { id: s.id, talkingPoints: pair('talkingPoints'), questions: pair('questions') };
		})
	};
}

const BY_LANG = { en: classroom, ru: paired('ru', ru), ar: paired('ar', ar) };

export const classroomIn = (lang: Lang): { sections: NoteSection[] } => BY_LANG[lang];
