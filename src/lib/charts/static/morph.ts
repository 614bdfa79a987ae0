/**
 * Turns one prerendered chart state into another in place: elements that carry the same mark
 * (data-key, data-row or id) or stand in the same place keep their identity and only change
 * attributes and text. So CSS transitions on opacity and transform run between states, and a
 * focused mark keeps focus. Anything else is replaced. Only ever given our own prerendered files.
 */
const keyOf = (n: Node) =>
	n instanceof Element ? (n.getAttribute('data-key') ?? n.getAttribute('data-row') ?? n.getAttribute('id')) : null;

function syncAttributes(from: Element, to: Element) {
	for (const { name } of [...from.attributes]) if (!to.hasAttribute(name)) from.removeAttribute(name);
	for (const { name, value } of [...to.attributes]) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
}

export function morph(from: Node, to: Node): void {
	if (from.nodeType !== to.nodeType || from.nodeName !== to.nodeName || keyOf(from) !== keyOf(to)) {
		from.parentNode?.replaceChild(to, from);
		return;
	}
	if (!(from instanceof Element) || !(to instanceof Element)) {
		if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
		return;
	}
	syncAttributes(from, to);
	// <template> content is inert and the same in every state.
	if (from instanceof HTMLTemplateElement) return;
	morphChildren(from, to);
}

function morphChildren(from: Element, to: Element) {
	const old = [...from.childNodes];
	const keyed = new Map<string, Node>();
	for (const n of old) {
		const k = keyOf(n);
		if (k !== null) keyed.set(k, n);
	}
	const used = new Set<Node>();
	let cursor = 0;
	/** The next unkeyed old node of the same kind, in order. */
	const nextLike = (n: Node) => {
		for (let i = cursor; i < old.length; i++) {
			const o = old[i]!;
			if (!used.has(o) && keyOf(o) === null && o.nodeName === n.nodeName) {
				cursor = i + 1;
				return o;
			}
		}
		return null;
	};
	let place: Node | null = from.firstChild;
	for (const next of [...to.childNodes]) {
		const k = keyOf(next);
		const match = k !== null ? keyed.get(k) : nextLike(next);
		if (match && !used.has(match)) {
			used.add(match);
			if (match !== place) from.insertBefore(match, place);
			else place = place.nextSibling;
			morph(match, next);
		} else {
			from.insertBefore(next, place);
		}
	}
	for (const o of old) if (!used.has(o)) o.parentNode?.removeChild(o);
}
