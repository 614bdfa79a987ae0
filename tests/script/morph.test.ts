import { describe, expect, test } from 'vitest';
import { morph } from '$lib/charts/static/morph';

const el = (html: string) => {
	const t = document.createElement('template');
	t.innerHTML = html.trim();
	return t.content.firstElementChild as HTMLElement;
};

describe('morph: one prerendered chart state into the next, in place', () => {
	test('a mark keeps its element; its attributes and text follow the new state', () => {
		const from = el('<div><g data-key="a" class="mark dim" style="transform: translate(1px, 2px)" data-x="1"><text>old</text></g></div>');
		document.body.append(from);
		const mark = from.querySelector('[data-key="a"]')!;
		morph(from, el('<div><g data-key="a" class="mark" style="transform: translate(5px, 2px)"><text>new</text></g></div>'));
		expect(from.querySelector('[data-key="a"]')).toBe(mark);
		expect(mark.getAttribute('class')).toBe('mark');
		expect(mark.getAttribute('style')).toBe('transform: translate(5px, 2px)');
		expect(mark.hasAttribute('data-x')).toBe(false);
		expect(mark.textContent).toBe('new');
		from.remove();
	});

	test('keyed marks are matched by key wherever they move; gone ones go, new ones come', () => {
		const from = el('<ul><li data-key="a">A</li><li data-key="b">B</li><li data-key="c">C</li></ul>');
		const [a, , c] = [...from.children];
		morph(from, el('<ul><li data-key="c">C2</li><li data-key="d">D</li><li data-key="a">A</li></ul>'));
		expect([...from.children].map((n) => n.getAttribute('data-key'))).toEqual(['c', 'd', 'a']);
		expect(from.children[0]).toBe(c);
		expect(from.children[2]).toBe(a);
		expect(from.children[0]!.textContent).toBe('C2');
	});

	test('unkeyed elements pair up in order by tag; a different tag is replaced', () => {
		const from = el('<svg><line x1="1"/><line x1="2"/><rect/></svg>');
		const [l1] = [...from.children];
		morph(from, el('<svg><line x1="3"/><circle r="2"/></svg>'));
		expect([...from.children].map((n) => n.nodeName.toLowerCase())).toEqual(['line', 'circle']);
		expect(from.children[0]).toBe(l1);
		expect(from.children[0]!.getAttribute('x1')).toBe('3');
	});

	test('focus stays on a mark button that is in both states', () => {
		const from = el('<div><button data-key="a">a</button><button data-key="b">b</button></div>');
		document.body.append(from);
		const b = from.querySelector<HTMLButtonElement>('[data-key="b"]')!;
		b.focus();
		morph(from, el('<div><button data-key="z">z</button><button data-key="b" style="left: 4px">b</button></div>'));
		expect(document.activeElement).toBe(b);
		expect(b.style.left).toBe('4px');
		from.remove();
	});

	test('an element with another key is replaced, not rewritten', () => {
		const parent = el('<div><p id="x">x</p></div>');
		const before = parent.firstElementChild!;
		morph(before, el('<p id="y">y</p>'));
		expect(parent.firstElementChild).not.toBe(before);
		expect(parent.innerHTML).toBe('<p id="y">y</p>');
	});
});

describe('morph and focus', () => {
	test('marks change order (highlighted first) and the focused one is never moved', () => {
		const from = el('<div><button data-key="a">a</button><button data-key="b">b</button><button data-key="c">c</button></div>');
		document.body.append(from);
		const b = from.querySelector<HTMLButtonElement>('[data-key="b"]')!;
		b.focus();
		const moved: Node[] = [];
		const watch = new MutationObserver((records) => records.forEach((r) => moved.push(...r.removedNodes)));
		watch.observe(from, { childList: true });
		morph(from, el('<div><button data-key="b">b</button><button data-key="c">c</button><button data-key="a">a</button></div>'));
		watch.takeRecords().forEach((r) => moved.push(...r.removedNodes));
		watch.disconnect();
		expect([...from.children].map((n) => n.getAttribute('data-key'))).toEqual(['b', 'c', 'a']);
		expect(moved).not.toContain(b);
		expect(document.activeElement).toBe(b);
		from.remove();
	});
});
