/**
 * mdsvex (remark) plugin: an edition's narrative (`X.ru.svx`, `X.ar.svx`) must pair, paragraph
 * for paragraph, with its English (`X.svx`) as it is now (narrative.js); anything else stops the
 * build, naming the paragraphs. English files pass through.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { editionProblems } from './narrative.js';

export const LOCK = 'src/lib/i18n/editions.lock.json';
/** An edition's file: its English sibling and its language. */
export const EDITION_FILE = /^(.*)\.(ru|ar)\.svx$/;

/** @returns {Record<string, string[]>} */
export const readLock = () => (existsSync(LOCK) ? JSON.parse(readFileSync(LOCK, 'utf8')) : {});

export function remarkEdition() {
	/** @param {unknown} _tree @param {{ filename?: string; path?: string; value?: unknown }} file */
	return (_tree, file) => {
		const name = relative(process.cwd(), file.filename ?? file.path ?? '');
		const m = EDITION_FILE.exec(name);
		if (!m) return;
		const english = `${m[1]}.svx`;
		const problems = editionProblems(readFileSync(english, 'utf8'), readFileSync(name, 'utf8'), readLock()[name], { en: english, ed: name });
		if (problems.length) throw new Error(`The ${m[2]} edition does not match its English (${problems.length}${problems.length >= 12 ? '+' : ''}):\n  - ${problems.join('\n  - ')}`);
	};
}
