import { launchChromium } from '../../../scripts/chromium.mjs';
const base = 'http://127.0.0.1:8931';
const browser = await launchChromium();
const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await admin.newPage();
await page.goto(`${base}/admin`);
await page.locator('#token').fill('test-admin-token-0123456789');
await page.locator('button[type=submit]').click();
await page.waitForSelector('netweave-console >> text=Your sessions');
const code = await page.evaluate(
  async () => (await (await fetch('/v1/admin/sessions')).json()).items[0].code,
);
console.log('code', code);
const phone = await browser.newContext({
  viewport: { width: 320, height: 640 },
  isMobile: true,
  hasTouch: true,
});
const p = await phone.newPage();
const errs = [];
p.on('pageerror', (e) => errs.push(String(e)));
p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
await p.goto(`${base}/j`);
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/j1.png', fullPage: true });
await p.locator('#code').fill(code.toLowerCase().slice(0, 3) + '-' + code.toLowerCase().slice(3));
await p.locator('button[type=submit]').click();
await p.waitForTimeout(2500);
console.log(p.url());
await p.screenshot({ path: '/tmp/j2.png', fullPage: true });
await p.goto(`${base}/j/ZZZZZZ`);
await p.waitForTimeout(800);
await p.screenshot({ path: '/tmp/j3.png', fullPage: true });
console.log(errs, await p.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
