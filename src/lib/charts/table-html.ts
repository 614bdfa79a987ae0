import type { TableSpec } from './types';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (v: string | number) => String(v).replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/**
 * A chart's data table as escaped HTML. The table never changes with the chart's state, so the
 * page inserts it with {@html}: hydration then claims it whole instead of walking every cell
 * (tables are a third of the story's DOM and half of the slides').
 */
export function tableHtml(spec: TableSpec): string {
	const num = (numeric?: boolean) => (numeric ? ' class="num"' : '');
	const head = spec.columns.map((c) => `<th scope="col"${num(c.numeric)}>${esc(c.label)}</th>`).join('');
	const body = spec.rows
		.map((row) => {
			const cells = spec.columns.map((c, j) => {
				const v = esc(row[c.key] ?? '—');
				return j === 0 ? `<th scope="row">${v}</th>` : `<td${num(c.numeric)}>${v}</td>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		})
		.join('');
	return `<table><caption>${esc(spec.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
