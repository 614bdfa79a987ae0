/**
 * npm run editions:lock — records, for every edition's narrative and classroom notes, the English
 * it now translates (a fingerprint per paragraph or line), once a translator has brought it up to
 * date. The build then
 * names any English paragraph changed after that (remark-edition.js).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocks, editionProblems, fingerprint, noteLines } from './narrative.js';
import { EDITION_FILE, LOCK, readLock } from './remark-edition.js';

const lock = readLock();
const files = ['src/lib/story', 'src/lib/classroom'].flatMap((dir) => readdirSync(dir).map((f) => join(dir, f))).filter((f) => EDITION_FILE.test(f));
let failed = false;
for (const file of files) {
	const english = `${EDITION_FILE.exec(file)?.[1]}.svx`;
	const en = readFileSync(english, 'utf8');
	// Structure first: a lock records only a translation that pairs with its English.
	const problems = editionProblems(en, readFileSync(file, 'utf8'), [], { en: english, ed: file }).filter((p) => !/has changed since/.test(p));
	if (problems.length) {
		failed = true;
		console.error(`${file}: not locked:\n  - ${problems.join('\n  - ')}`);
		continue;
	}
	lock[file] = blocks(en).map((b) => fingerprint(b.text));
	console.log(`${file}: ${lock[file].length} paragraphs locked to ${english}`);
}
// The classroom notes: each edition was translated from English's lines as they are now.
const notes = noteLines(readFileSync('src/lib/story/classroom.ts', 'utf8'));
for (const lang of ['ru', 'ar']) {
	lock[`src/lib/story/classroom.${lang}.ts`] = notes;
	console.log(`src/lib/story/classroom.${lang}.ts: ${notes.length} lines locked to src/lib/story/classroom.ts`);
}
writeFileSync(LOCK, `${JSON.stringify(lock, null, '\t')}\n`);
process.exit(failed ? 1 : 0);
