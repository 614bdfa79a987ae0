import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { tableHtml } from '$lib/charts/table-html';

const spec = {
	caption: 'Caption <b>&</b>',
	columns: [
		{ key: 'name', label: 'Name' },
		{ key: 'value', label: 'Value "USD"', numeric: true }
	],
	rows: [
		{ name: '<img src=x onerror=alert(1)>', value: 650 },
		{ name: 'Tartus & Hmeimim', value: null }
	]
};

describe('tableHtml', () => {
	const doc = new JSDOM(`<body>${tableHtml(spec)}</body>`).window.document;

	it('writes a semantic table: caption, column headers, row headers, numeric cells marked', () => {
		expect(doc.querySelector('caption')!.textContent).toBe('Caption <b>&</b>');
		expect([...doc.querySelectorAll('thead th[scope="col"]')].map((t) => t.textContent)).toEqual(['Name', 'Value "USD"']);
		expect(doc.querySelectorAll('tbody th[scope="row"]')).toHaveLength(2);
		expect(doc.querySelector('thead th:nth-child(2)')!.className).toBe('num');
		expect(doc.querySelector('tbody td')!.className).toBe('num');
	});

	it('escapes every value: text stays text, never markup', () => {
		expect(doc.querySelector('img')).toBeNull();
		expect(doc.querySelector('b')).toBeNull();
		expect(doc.querySelector('tbody th')!.textContent).toBe('<img src=x onerror=alert(1)>');
		expect(doc.querySelectorAll('tbody th')[1]!.textContent).toBe('Tartus & Hmeimim');
	});

	it('shows a dash for a missing value', () => {
		expect(doc.querySelectorAll('tbody tr')[1]!.querySelector('td')!.textContent).toBe('—');
	});
});
