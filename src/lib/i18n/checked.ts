/**
 * Words kept in every edition, key for key with English: a key English has and an edition lacks
 * (or leaves empty) stops the build, naming the file and the key. The types catch it in the
 * editor, this at build (and in tests, for data the types cannot see).
 */
import type { Lang } from './editions';

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

/** The editions' words after checking them against English; `file` names where they live. */
export function checkedWords<W extends object>(file: string, words: Record<Lang, W>): Record<Lang, W> {
	for (const [lang, w] of Object.entries(words)) {
		const missing = missingKeys(words.en, w);
		if (missing.length) throw new Error(`${file} (${lang}): no translation for ${missing.map((k) => `"${k}"`).join(', ')}`);
	}
	return words;
}

/**
 * A template's placeholders filled: fill('Contact {i} of {n}', { i: 3, n: 9 }). A placeholder
 * without a value is a translator's typo: it stops the build, naming the template.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return (
		template
			.replace(/\{(\w+)\}/g, (_, k: string) => {
				if (!(k in values)) throw new Error(`no value for {${k}} in “${template}”`);
				return String(values[k]);
			})
			// A Russian date ends in «г.»: a sentence that ends with one takes no second full stop.
			.replace(/ г\.\./g, ' г.')
	);
}
