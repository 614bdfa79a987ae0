/**
 * An edition's narrative (Story.ru.svx) against its English (Story.svx): the same paragraphs,
 * each with the same source markers, steps and headings, and each translated from the English
 * paragraph as it is now. Used by the remark plugin (remark-edition.js) at build and by
 * `npm run editions:lock`, which records the English each translation was made from.
 */
import { createHash } from 'node:crypto';

/** Tags whose presence, order and attributes must match: the narrative's structure. */
const TAG = /<(\/?)(Cite|Ours|Scrolly|Step|SlideLine|SectionHeading|CiteNotes|Disagreements|SourcesList)\b([^>]*)>/g;
/** Attributes that are structure (ids, refs); a label's words are translated. */
const KEEP = /\b(r|state|slug|id)="([^"]*)"/g;

/**
 * The Markdown blocks of a .svx file outside its <script>, each with its first line (1-based).
 * @param {string} source
 * @returns {{ line: number; text: string }[]}
 */
export function blocks(source) {
	const body = source.replace(/<script[^]*?<\/script>/, (s) => '\n'.repeat(s.split('\n').length - 1));
	/** @type {{ line: number; text: string }[]} */
	const out = [];
	let start = 0;
	/** @type {string[]} */
	let lines = [];
	body.split('\n').forEach((l, i) => {
		if (l.trim()) {
			if (!lines.length) start = i + 1;
			lines.push(l);
		} else if (lines.length) {
			out.push({ line: start, text: lines.join('\n') });
			lines = [];
		}
	});
	if (lines.length) out.push({ line: start, text: lines.join('\n') });
	return out;
}

/**
 * A block's structure: its tags with their structural attributes, and how many quotations it has.
 * @param {string} text
 */
function skeleton(text) {
	const tags = [...text.matchAll(TAG)].map((m) => `${m[1]}${m[2]}${[...(m[3] ?? '').matchAll(KEEP)].map((a) => ` ${a[1]}="${a[2]}"`).join('')}`);
	const quotes = (text.match(/“[^”]+”/g) ?? []).length + (text.match(/<Q\b/g) ?? []).length;
	return `${tags.join(' ')}${quotes ? ` · ${quotes} quotation${quotes > 1 ? 's' : ''}` : ''}`;
}

/** @param {string} text */
export const fingerprint = (text) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);

/** @param {string} s */
const shorten = (s) => {
	const t = s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
	return t.length > 70 ? `${t.slice(0, 67)}…` : t;
};

/**
 * What keeps an edition from matching its English: blocks missing, added, built differently, or
 * translated from an English that has changed since (`lock`: the English fingerprints recorded
 * when the translation was last brought up to date).
 * @param {string} english @param {string} edition @param {string[] | undefined} lock
 * @param {{ en: string; ed: string }} names
 */
export function editionProblems(english, edition, lock, names) {
	const en = blocks(english);
	const ed = blocks(edition);
	/** @type {string[]} */
	const problems = [];
	for (let i = 0; i < Math.max(en.length, ed.length); i++) {
		const a = en[i];
		const b = ed[i];
		if (!b) problems.push(`${names.en}:${a?.line}: no translation of “${shorten(a?.text ?? '')}”`);
		else if (!a) problems.push(`${names.ed}:${b.line}: a paragraph the English does not have: “${shorten(b.text)}”`);
		else if (skeleton(a.text) !== skeleton(b.text))
			problems.push(`${names.ed}:${b.line} does not match ${names.en}:${a.line} (“${shorten(a.text)}”): the English has [${skeleton(a.text)}], the translation [${skeleton(b.text)}]`);
		else if (lock && lock[i] !== fingerprint(a.text))
			problems.push(`${names.ed}:${b.line}: the English it translates (${names.en}:${a.line}) has changed since: “${shorten(a.text)}”`);
		if (problems.length >= 12) break;
	}
	if (!lock) problems.push(`${names.ed}: no record of the English it was translated from (run npm run editions:lock once it is up to date)`);
	return problems;
}

/**
 * The classroom notes' English lines as written in `classroom.ts` (the template, before its
 * values are filled in), in order: each section's talking points, then its questions.
 * @param {string} source
 */
export const noteLines = (source) => [...source.matchAll(/\btext: `([^`]*)`/g)].map((m) => fingerprint(m[1] ?? ''));
