/**
 * The classroom's words in each edition, checked key for key against English at build
 * (`checkedWords`), and the slide numbers said in them.
 */
import { checkedWords, fill } from '$lib/i18n/checked';
import type { Lang } from '$lib/i18n/editions';
import { ar } from './ar';
import { en, type ClassroomWords } from './en';
import { ru } from './ru';

const BY_LANG = checkedWords<ClassroomWords>('src/lib/classroom/words', { en, ru, ar });

export const classroomWords = (lang: Lang): ClassroomWords => BY_LANG[lang];

/** "slide 3", "slides 2–7", in the edition's words. */
export function sayRange(r: { from: number; to: number }, lang: Lang = 'en'): string {
	const w = BY_LANG[lang];
	return r.from === r.to ? fill(w.slideLower, { n: r.from }) : fill(w.slideRange, r);
}
