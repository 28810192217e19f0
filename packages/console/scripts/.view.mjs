// Shows a tall PNG in pieces (for looking at screenshots).
import { launchChromium } from '../../../scripts/chromium.mjs';
import { readFileSync } from 'node:fs';
const [file, prefix, w = '320', h = '900'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const b64 = readFileSync(file).toString('base64');
await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${b64}">`);
const height = await page.evaluate(() => document.querySelector('img').naturalHeight);
for (let y = 0, i = 0; y < height; y += Number(h), i++) {
  await page.screenshot({
    path: `${prefix}-${i}.png`,
    clip: { x: 0, y, width: Number(w), height: Math.min(Number(h), height - y) },
    fullPage: true,
  });
}
console.log(height);
await browser.close();
