/**
 * mdsvex (remark) plugin: every paragraph of the narrative and the teacher's guide either
 * carries a source marker (`<Cite r="…" />`) or is marked as ours (`<Ours />`, inline, or on a
 * line of its own before a list or table); anything else stops the build, naming the file, the
 * line and the paragraph. It also hands each paragraph's quotations (in an edition, the English
 * of each `<Q o="…">`) to its first marker, which checks them against the cited records when the
 * page renders (values such as `{f.date}` are filled in by then). Glossary entries (`<dd>` in
 * raw HTML) follow the same rules.
 */
import { relative } from 'node:path';

/** @typedef {{ type: string; value: string; children?: MdNode[]; position?: { start: { line: number } } }} MdNode */

const CITE = /<Cite\b([^>]*?)\s*\/>/g;
const MARKED = /<(Cite|Ours)\b/;
const HAS_CITE = /<Cite\b/;

/**
 * A paragraph's text as Markdown wrote it, expressions included.
 * @param {MdNode} node
 * @returns {string}
 */
function textOf(node) {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'html') return '';
	return (node.children ?? []).map(textOf).join('');
}

/**
 * An edition's quotations: `<Q o="English">translation</Q>` holds the article's words in `o`.
 * @param {MdNode[]} htmls
 */
const originals = (htmls) => htmls.flatMap((h) => [...h.value.matchAll(/<Q\b[^>]*?\bo="([^"]*)"/g)].map((m) => `“${m[1]}”`)).join(' ');

/**
 * Quotations as JavaScript template literals: `{f.x}` inside a quote becomes `${f.x}`.
 * @param {string} text
 */
function quoteProps(text) {
	const quotes = [...text.matchAll(/“([^”]+)”/g)].map((m) =>
		'`' + (m[1] ?? '').replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${').replace(/\{([^{}]+)\}/g, '${$1}') + '`'
	);
	return quotes.length ? ` q={[${quotes.join(', ')}]}` : '';
}

/** @param {string} html */
const refsOf = (html) => [...html.matchAll(/\br="([^"]+)"/g)].map((m) => m[1]).join(' ');

/**
 * Adds `at` to every marker in `html`, and (when `lead`) the quotations and all refs to the first.
 * @param {string} html @param {string} at @param {string} quotes @param {string} all
 */
function annotate(html, at, quotes, all, lead = true) {
	let first = lead;
	return html.replace(CITE, (_, /** @type {string} */ attrs) => {
		const extra = first ? `${quotes} all="${all}"` : '';
		first = false;
		return `<Cite${attrs} at="${at}"${extra} />`;
	});
}

/** @param {string} s */
const shorten = (s) => (s.length > 90 ? `${s.slice(0, 87)}…` : s).replace(/\s+/g, ' ').trim();

/** The remark plugin; mdsvex hands it the document's tree and its file. */
export function remarkCite() {
	/** @param {MdNode} tree @param {{ filename?: string; path?: string }} file */
	return (tree, file) => {
		const name = relative(process.cwd(), file.filename ?? file.path ?? 'unknown.svx');
		/** @type {string[]} */
		const problems = [];
		/** @param {MdNode} para @param {boolean} exempt */
		const check = (para, exempt) => {
			const htmls = (para.children ?? []).filter((c) => c.type === 'html');
			const text = textOf(para).trim();
			if (!text) return;
			const line = para.position?.start.line ?? 0;
			const marked = htmls.some((h) => MARKED.test(h.value));
			const quotes = quoteProps(`${text} ${originals(htmls)}`);
			if (!marked && !exempt) problems.push(`${name}:${line}: a paragraph with no source marker (<Cite r="…" />) and not marked as ours (<Ours />): “${shorten(text)}”`);
			else if (quotes && !htmls.some((h) => HAS_CITE.test(h.value))) problems.push(`${name}:${line}: a paragraph quotes “…” but cites nothing: “${shorten(text)}”`);
			const all = htmls.map((h) => refsOf(h.value)).filter(Boolean).join(' ');
			let first = true;
			for (const h of htmls) {
				if (!HAS_CITE.test(h.value)) continue;
				h.value = annotate(h.value, `${name}:${line}`, quotes, all, first);
				first = false;
			}
		};
		/** @param {MdNode} node @param {boolean} exempt */
		const walk = (node, exempt) => {
			const kids = node.children ?? [];
			kids.forEach((child, i) => {
				const prev = kids[i - 1];
				const ours = exempt || (prev?.type === 'html' && /^\s*<Ours\s*\/>\s*$/.test(prev.value));
				if (child.type === 'paragraph') check(child, ours);
				else if (child.type === 'html' && /<dd\b/.test(child.value)) {
					const line = child.position?.start.line ?? 0;
					child.value = child.value.replace(/<dd\b[^>]*>([^]*?)<\/dd>/g, (dd, inner) => {
						const plain = inner.replace(/<[^>]+>/g, '');
						if (!MARKED.test(inner) && !ours) problems.push(`${name}:${line}: a glossary entry with no source marker and not marked as ours: “${shorten(plain)}”`);
						const quotes = quoteProps(`${plain} ${originals([{ type: 'html', value: inner }])}`);
						if (quotes && !HAS_CITE.test(inner)) problems.push(`${name}:${line}: a glossary entry quotes “…” but cites nothing: “${shorten(plain)}”`);
						return annotate(dd, `${name}:${line}`, quotes, refsOf(inner));
					});
				} else walk(child, ours);
			});
		};
		walk(tree, false);
		if (problems.length) throw new Error(`Source markers (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  - ${problems.join('\n  - ')}`);
	};
}
