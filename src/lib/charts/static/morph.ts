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
	const pairs = [...to.childNodes].map((next) => {
		const k = keyOf(next);
		const match = k !== null ? keyed.get(k) : nextLike(next);
		if (!match || used.has(match)) return [next, null] as const;
		used.add(match);
		return [next, match] as const;
	});
	// Drop what the new state has no place for first, so that elements kept in the same order
	// are not moved. Moving a node takes focus from it: the child holding focus (a selected
	// mark's button, when highlighted marks come first) stays put and the others move around it.
	for (const o of old) if (!used.has(o)) o.parentNode?.removeChild(o);
	const active = from.ownerDocument.activeElement;
	const held = active ? pairs.findIndex(([, match]) => match?.contains(active)) : -1;
	const arrange = (list: typeof pairs, start: Node | null) => {
		let place = start;
		for (const [next, match] of list) {
			const node = match ?? next;
			if (node === place) place = place.nextSibling;
			else from.insertBefore(node, place);
		}
	};
	if (held < 0) arrange(pairs, from.firstChild);
	else {
		const holder = pairs[held]![1]!;
		arrange(pairs.slice(0, held), from.firstChild);
		arrange(pairs.slice(held + 1), holder.nextSibling);
	}
	for (const [next, match] of pairs) if (match) morph(match, next);
}
