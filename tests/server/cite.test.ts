/** Source markers rendered on the server: the quotation check at build, markers and notes. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Misquote from '../fixtures/cite/Misquote.svx';
import Verbatim from '../fixtures/cite/Verbatim.svx';

describe('source markers (server)', () => {
	it('stop the build on a misquotation, naming file, line and the quotation', () => {
		expect(() => render(Misquote).body).toThrow(/tests\/fixtures\/cite\/Misquote\.svx:7: “did not ask the Russians to leave” is not verbatim/);
	});

	it('render a named link to a note that quotes the record word for word', () => {
		const html = render(Verbatim).body;
		expect(html).toMatch(/<a class="cite" href="#fx-1" data-note="fx-1" aria-label="Source: Diplomatic Updates, “Russia-Syria 2025 Diplomatic, Trade, and Security Updates”\. Note 1">/);
		expect(html).toMatch(/<li id="fx-1"[^>]*>.*Russian naval base at Tartus.*As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet/s);
		expect(html).toContain('Sources for the fixture');
	});
});
