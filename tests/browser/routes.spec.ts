import { axeViolations, builtPages, expect, test } from './fixtures';
import { editionOfPath } from '../../src/lib/i18n/editions';

const pages = builtPages();

test('the build has prerendered pages', () => {
	expect(pages).toContain('/');
});

for (const path of pages) {
	test(`${path} loads cleanly and passes axe`, async ({ page }) => {
		// The gallery draws every chart in every state twice: axe needs a while there.
		test.setTimeout(240_000);
		await page.addInitScript(() => {
			(window as unknown as { csp: string[] }).csp = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		const res = await page.goto(path);
		expect(res?.status()).toBe(200);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /object-src 'none'.*base-uri 'self'/);
		await page.mouse.wheel(0, 2000);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp), 'CSP violations').toEqual([]);
		// Each page says its edition's language and direction (English: everything but /ru/, /ar/).
		const { lang, dir } = editionOfPath(path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('html')).toHaveAttribute('dir', dir);
		await expect(page.locator('h1')).toHaveCount(1);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('an unknown path gets the 404 page, in the edition of its address', async ({ page, guard }) => {
	guard.allow(/404 \(Not Found\)/);
	for (const [path, lang, h1, home] of [
		['/no-such-page', 'en', 'Page not found', '/'],
		['/ru/no-such-page', 'ru', 'Страница не найдена', '/ru/'],
		['/ar/embed/no-such-chart', 'ar', 'الصفحة غير موجودة', '/ar/']
	] as const) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveText(h1);
		// It leads back to the story and the charts of the same edition.
		await expect(page.locator('main li a').first()).toHaveAttribute('href', home);
		expect(await axeViolations(page)).toEqual([]);
	}
});
