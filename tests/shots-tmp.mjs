import { chromium } from 'playwright-core';
const [,, w, h, ...slides] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
for (const n of slides) {
  await p.goto(`http://127.0.0.1:4191/present#slide-${n}`); await p.waitForTimeout(1200);
  await p.screenshot({ path: `/tmp/sl-${w}-${n}.png` });
}
await b.close();
