/**
 * The site's own words in each edition. A key English has and an edition lacks (or leaves
 * empty) stops the build, naming the key: the types catch it in the editor, this at build.
 */
import type { Lang } from '../editions';
import { en, type UiWords } from './en';
import { ru } from './ru';
import { ar } from './ar';

const BY_LANG: Record<Lang, UiWords> = { en, ru, ar };

/** The keys of `english` (nested: "families.pending") that `edition` lacks or leaves empty. */
function missingKeys(english: object, edition: unknown, at = ''): string[] {
	const has = (edition ?? {}) as Record<string, unknown>;
	return Object.entries(english).flatMap(([k, v]) =>
		v && typeof v === 'object'
			? missingKeys(v, has[k], `${at}${k}.`)
			: typeof has[k] === 'string' && (has[k] as string).trim()
				? []
				: [`${at}${k}`]
	);
}

for (const [lang, words] of Object.entries(BY_LANG)) {
	const missing = missingKeys(en, words);
	if (missing.length) throw new Error(`src/lib/i18n/ui/${lang}.ts: no translation for ${missing.map((k) => `"${k}"`).join(', ')}`);
}

export const ui = (lang: Lang): UiWords => BY_LANG[lang];
