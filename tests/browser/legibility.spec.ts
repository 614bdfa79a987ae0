/**
 * Chartability's legibility tests, per chart, in every state, at 320, 390 and 1280 px, light and
 * dark: chart text at least 12 CSS px as rendered, text 4.5:1 and marks 3:1 (dimmed ones too),
 * no label on another label or mark; and the same with the reader's text at 200% and with WCAG
 * 1.4.12's text spacing. Each state is the embed's `?step=N`, the page a journalist's reader sees.
 */
import { CHARTS, expect, test } from './fixtures';
import { auditChart, FLOORS } from './legibility';

const WIDTHS = [320, 390, 1280];
const THEMES = ['light', 'dark'] as const;
/** The reader's own text settings. */
const READERS = {
	default: '',
	'text 200%': 'html { font-size: 200% !important; }',
	'WCAG 1.4.12 spacing':
		'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'
};

for (const c of CHARTS) {
	for (const [reader, css] of Object.entries(READERS)) {
		test(`${c.slug}: legible in every state, ${reader}`, async ({ page }) => {
			test.setTimeout(180_000);
			const found: string[] = [];
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				for (const theme of THEMES) {
					for (let step = 0; step < c.steps; step++) {
						await page.goto(`${c.embed}?step=${step}&theme=${theme}`);
						if (css) await page.addStyleTag({ content: css });
						// A state other than the embed's default is drawn from the states file.
						await page.waitForFunction((s) => {
							const plot = document.querySelector<HTMLElement>('figure[data-chart] .plot');
							return !document.querySelector('.embed-root.drawn') || (plot?.dataset.shown === String(s) && plot.dataset.width !== '0');
						}, step);
						await page.evaluate(() => document.fonts.ready);
						const edge: 'page' | 'plot' = reader === 'WCAG 1.4.12 spacing' ? 'page' : 'plot';
						const { smallest, problems } = await page.evaluate(auditChart, { selector: 'figure[data-chart]', floors: FLOORS, edge });
						const at = `${width} px, ${theme}, step ${step}`;
						if (smallest < FLOORS.px) found.push(`${at}: smallest text ${smallest.toFixed(1)} px`);
						found.push(...problems.map((p) => `${at}: ${p}`));
					}
				}
			}
			expect(found).toEqual([]);
		});
	}
}

test.describe('the story without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const width of WIDTHS) {
		test(`at ${width} px each chart's text is at least 12 px, with full contrast and no overlaps`, async ({ page, guard }) => {
			// With JavaScript off, Chromium refuses the module preloads and reports them as "(csp)".
			guard.allow(/\.js \(csp\)$/);
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			for (const c of CHARTS) {
				const selector = `[data-scrolly="${c.slug}"] figure[data-chart]`;
				await page.locator(selector).scrollIntoViewIfNeeded();
				const { smallest, problems } = await page.evaluate(auditChart, { selector, floors: FLOORS });
				expect(smallest, c.slug).toBeGreaterThanOrEqual(FLOORS.px);
				expect(problems, c.slug).toEqual([]);
			}
		});
	}
});

test('with the reader’s text at 200% on a phone, the story reflows: no word or marker wider than the page', async ({ page }) => {
	for (const width of [320, 390]) {
		await page.setViewportSize({ width, height: 844 });
		await page.goto('/');
		await page.addStyleTag({ content: READERS['text 200%'] });
		await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
	}
});
