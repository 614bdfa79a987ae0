/**
 * A chart's legibility as a reader meets it, measured in the page: the smallest rendered text
 * (font size × the plot's screen scale), the contrast of every text and mark (opacity multiplied
 * through ancestors, blended on the background it is drawn on; or as a black-and-white copy shows
 * it) and overlapping boxes (label on label, label on another mark). `selector` is a figure (its
 * first plot shown) or a plot. Runs in the browser: `page.evaluate(auditChart, { selector, floors: FLOORS })`.
 */
export interface Audit {
	/** The smallest chart text, CSS px as rendered. */
	smallest: number;
	/** Every failure, in words: what, where, the measure and the floor. */
	problems: string[];
}

/** WCAG's floors: text 4.5:1, marks (non-text) 3:1; chart text at least 12 CSS px. */
export const FLOORS = { text: 4.5, mark: 3, px: 12 };
type FLOORS_ = typeof FLOORS;

/**
 * `edge`: where labels must stay: inside the plot, or (under a reader's own text spacing, which
 * widens every word past any layout's estimate) inside the page, so nothing is cut off.
 */
export function auditChart({
	selector,
	floors: FLOORS,
	edge: within = 'plot',
	gray = false
}: {
	selector: string;
	floors: FLOORS_;
	edge?: 'plot' | 'page';
	/** Contrast as a black-and-white copy shows it: each colour by its luma (Rec. 601) first. */
	gray?: boolean;
}): Audit {
	type RGB = [number, number, number];
	const root = document.querySelector(selector)!;
	const problems: string[] = [];
	const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
	/** Opacity multiplied through every ancestor up to the document. */
	const opacity = (el: Element) => {
		let o = 1;
		for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
		return o;
	};
	const parse = (c: string): [RGB, number] | null => {
		const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(c);
		return m ? [[+m[1]!, +m[2]!, +m[3]!], m[4] === undefined ? 1 : +m[4]] : null;
	};
	const blend = (fg: RGB, a: number, bg: RGB): RGB => fg.map((v, i) => v * a + bg[i]! * (1 - a)) as RGB;
	const lum = (c: RGB) => {
		const [r, g, b] = c.map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const tone = (c: RGB): RGB => {
		const y = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
		return gray ? [y, y, y] : c;
	};
	const ratio = (a: RGB, b: RGB) => {
		const [x, y] = [lum(tone(a)), lum(tone(b))].sort((p, q) => q - p);
		return (x! + 0.05) / (y! + 0.05);
	};
	/** The first opaque background colour at or above `el`. */
	const pageBg = (el: Element): RGB => {
		for (let e: Element | null = el; e; e = e.parentElement) {
			const c = parse(getComputedStyle(e).backgroundColor);
			if (c && c[1] > 0.99) return c[0];
		}
		return [255, 255, 255];
	};
	const name = (el: Element) => {
		const key = el.closest('[data-key]')?.getAttribute('data-key');
		const words = (el.textContent ?? '').trim().slice(0, 40);
		return `${el.tagName.toLowerCase()}${el.getAttribute('class') ? '.' + el.getAttribute('class')!.split(/\s+/).join('.') : ''}${key ? ` [${key}]` : ''}${words ? ` “${words}”` : ''}`;
	};
	/** The colours a paint gives: one colour, or the colours a pattern is drawn with. */
	const paints = (el: Element, paint: string, alpha: number): [RGB, number][] => {
		const url = /url\("?#([^")]+)"?\)/.exec(paint);
		if (url) {
			const pattern = document.getElementById(url[1]!);
			if (!pattern || pattern.tagName !== 'pattern') return [];
			return [...pattern.querySelectorAll('*')]
				.filter((p) => !p.classList.contains('tint'))
				.flatMap((p) => paints(p, getComputedStyle(p).fill, alpha * Number(getComputedStyle(p).fillOpacity)).concat(paints(p, getComputedStyle(p).stroke, alpha)));
		}
		const c = parse(paint);
		return c && c[1] * alpha > 0.01 ? [[c[0], c[1] * alpha]] : [];
	};

	const plot = root.matches('.plot') ? root : [...root.querySelectorAll('.plot')].find(shown);
	const svg = plot?.querySelector('svg');
	if (!plot || !svg) return { smallest: 0, problems: ['no plot shown'] };
	const bg = pageBg(svg);
	const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;

	// Text: the SVG's labels and the key's words.
	const texts = [...svg.querySelectorAll('text'), ...root.querySelectorAll('.legend li')].filter(
		(t) => shown(t) && (t.textContent ?? '').trim() && opacity(t) > 0.01 && !t.closest('defs')
	);
	let smallest = Infinity;
	const under = (t: Element): RGB => {
		// Text on a filled mark (drawn in the background colour) reads against that fill.
		if (t.classList.contains('solid')) {
			const r = t.getBoundingClientRect();
			const [x, y] = [r.x + 2, r.y + r.height / 2];
			const below = [...(t.closest('[data-key]') ?? svg).querySelectorAll('rect, circle, path')].filter((e) => {
				const b = e.getBoundingClientRect();
				return e.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING && b.left <= x && x <= b.right && b.top <= y && y <= b.bottom;
			});
			const c = below.length ? parse(getComputedStyle(below.at(-1)!).fill) : null;
			if (c) return blend(c[0], c[1], bg);
		}
		return bg;
	};
	for (const t of texts) {
		const cs = getComputedStyle(t);
		const px = parseFloat(cs.fontSize) * (t instanceof SVGElement ? scale : 1);
		smallest = Math.min(smallest, px);
		if (px < FLOORS.px - 0.05) problems.push(`text ${px.toFixed(1)} px < ${FLOORS.px}: ${name(t)}`);
		const c = parse(t instanceof SVGElement ? cs.fill : cs.color);
		if (!c) continue;
		const back = under(t);
		const r = ratio(blend(c[0], c[1] * opacity(t) * (t instanceof SVGElement ? Number(cs.fillOpacity) : 1), back), back);
		if (r < FLOORS.text - 0.005) problems.push(`text contrast ${r.toFixed(2)} < ${FLOORS.text}: ${name(t)}`);
	}

	// Marks: each shape of a data mark, by the stronger of its fill and its stroke.
	const shapes = [...svg.querySelectorAll('[data-key] :is(rect, circle, path, line, ellipse, polygon)')].filter(
		(s) => shown(s) && !s.closest('defs, pattern') && !s.matches('.tint, .decor') && opacity(s) > 0.01
	);
	for (const s of shapes) {
		const cs = getComputedStyle(s);
		const o = opacity(s);
		const fills = /url\("?#[^")]*fade/.test(cs.fill) ? [] : paints(s, cs.fill, Number(cs.fillOpacity) * o);
		const strokes = parseFloat(cs.strokeWidth) > 0 ? paints(s, cs.stroke, Number(cs.strokeOpacity) * o) : [];
		const all = [...fills, ...strokes].map(([c, a]) => ratio(blend(c, a, bg), bg));
		if (!all.length) continue;
		const best = Math.max(...all);
		// A shape painted only in the background colour (a knock-out behind another) is no mark.
		if (best < 1.05) continue;
		if (best < FLOORS.mark - 0.005) problems.push(`mark contrast ${best.toFixed(2)} < ${FLOORS.mark}: ${name(s)}`);
	}

	// Overlaps: each label line's box against other labels' and other marks' boxes.
	const svgTexts = texts.filter((t): t is SVGTextElement => t instanceof SVGTextElement);
	const boxes = svgTexts.flatMap((t) => {
		const spans = t.querySelectorAll('tspan');
		const px = parseFloat(getComputedStyle(t).fontSize) * scale;
		return [...(spans.length ? spans : [t])]
			.filter((e) => (e.textContent ?? '').trim())
			.map((e) => {
				const r = e.getBoundingClientRect();
				// The em box, not the line box: a line's ascent and descent overhang its em.
				const pad = Math.max(0, (r.height - px) / 2);
				return { t, r: { l: r.left + 1, r: r.right - 1, t: r.top + pad + 1, b: r.bottom - pad - 1 } };
			});
	});
	const hit = (a: { l: number; r: number; t: number; b: number }, b: DOMRect | typeof a) =>
		'l' in b ? a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b : a.l < b.right && b.left < a.r && a.t < b.bottom && b.top < a.b;
	const group = (e: Element) => e.closest('[data-key]');
	// Inside the plot's width (or the page's): a label past it is cut off in a narrow frame.
	const edge = within === 'plot' ? svg.getBoundingClientRect() : { left: 0, right: document.documentElement.clientWidth };
	for (const { t, r } of boxes) if (r.l < edge.left - 1 || r.r > edge.right + 1) problems.push(`label outside the ${within === 'plot' ? 'chart' : 'page'}: ${name(t)}`);
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			if (boxes[i]!.t !== boxes[j]!.t && hit(boxes[i]!.r, boxes[j]!.r)) problems.push(`labels overlap: ${name(boxes[i]!.t)} / ${name(boxes[j]!.t)}`);
		}
		const g = group(boxes[i]!.t);
		for (const s of shapes) {
			if (g && group(s) === g) continue;
			if (hit(boxes[i]!.r, s.getBoundingClientRect())) problems.push(`label on a mark: ${name(boxes[i]!.t)} / ${name(s)}`);
		}
	}
	return { smallest: Number.isFinite(smallest) ? smallest : 0, problems: [...new Set(problems)] };
}
