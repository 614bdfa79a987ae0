import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [lang, w, h] of [['ar', 1280, 800], ['ar', 390, 844], ['ru', 390, 844]]) {
	const p = await b.newPage({ viewport: { width: w, height: h } });
	await p.goto(`http://127.0.0.1:4191/${lang}/`);
	const s = p.locator('[data-scrolly="meeting-cadence"]');
	await s.locator('.head').scrollIntoViewIfNeeded();
	await p.screenshot({ path: `/tmp/shot-${lang}-${w}-head.png` });
	const steps = s.locator('.steps > .step');
	const n = await steps.count();
	for (const i of [1, n - 1]) {
		await steps.nth(i).evaluate((e) => e.scrollIntoView({ block: 'center' }));
		await p.waitForTimeout(900);
		await p.screenshot({ path: `/tmp/shot-${lang}-${w}-s${i}.png` });
	}
	console.log(lang, w, await s.locator('[data-announce]').textContent());
	await p.close();
}
await b.close();
