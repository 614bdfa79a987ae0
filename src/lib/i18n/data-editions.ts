/**
 * The data's words in each edition (data/editions/LANG.ts), checked when the build loads them: a
 * string or quote of the data with no translation (new, or reworded in English) stops the build,
 * naming it. Translations of English the data no longer has are harmless here; a unit test
 * (editions.test.ts) keeps the files free of them.
 */
import { story } from '$lib/data';
import ru from '$data/editions/ru';
import ar from '$data/editions/ar';
import type { Lang } from './editions';
import { translator, wordProblems, type EditionWords } from './data-words';
import { isolated } from '$lib/cite/book';

const FILES: Record<Exclude<Lang, 'en'>, EditionWords> = { ru, ar };

for (const [lang, words] of Object.entries(FILES)) {
	const { missing } = wordProblems(story, words);
	if (missing.length) throw new Error(`data/editions/${lang}.ts: no translation for ${missing.length}:${missing.map((x) => `\n  - “${x}”`).join('')}`);
}

export const dataTranslator = (lang: Exclude<Lang, 'en'>) => translator(FILES[lang], `data/editions/${lang}.ts`);

/**
 * Who makes a claim, in the edition: the translation of the data's words ("R. Politik (via
 * seed-004)"), its ids then named as the edition names sources and people (`claimant` in English).
 */
export function claimantIn(lang: Exclude<Lang, 'en'>) {
	const { t } = dataTranslator(lang);
	const names = new Map<string, string>([
		...story.sources.map((s) => [s.id, isolated(s.names[lang].full, lang)] as [string, string]),
		...story.people.map((p) => [p.id, p.names[lang]] as [string, string])
	]);
	return (text: string) => t(text).replace(/[a-z0-9]+(?:-[a-z0-9]+)*/g, (tok) => names.get(tok) ?? tok);
}

/** The story's title in an edition: the data's, translated. */
export const siteTitle = (lang: Lang) => (lang === 'en' ? story.title : dataTranslator(lang).t(story.title));
