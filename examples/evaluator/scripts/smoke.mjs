#!/usr/bin/env node
// Loads the page in headless Chromium, gives it the sample files and the Forms mapping, and
// checks that results, the chart and downloads appear; saves docs/screenshot.png.
// Usage: node scripts/build.mjs && node scripts/smoke.mjs
import { launchChromium } from '../../../scripts/chromium.mjs';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const server = await serve(0);
const { port } = server.address();
const browser = await launchChromium();
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    failed = true;
    console.error('page error:', e.message);
  });
  await page.goto(`http://127.0.0.1:${port}/examples/evaluator/`);
  const data = readdirSync(`${here}data`).map((f) => `${here}data/${f}`);
  await page.setInputFiles('#files', data);
  await page.setInputFiles('#mapping', `${here}mapping/forms-mapping.json`);
  await page.selectOption('#by', 'session');
  await page.click('#analyse');
  await page.waitForSelector('#results table', { timeout: 30000 });
  const heading = await page.textContent('#results h2:nth-of-type(2)');
  const downloads = await page.$$eval('.downloads a', (as) => as.map((a) => a.textContent));
  const chart = await page.$('netweave-challenge-chart, #results figure svg');
  console.log(heading, '|', downloads.length, 'downloads |', chart ? 'chart shown' : 'NO CHART');
  const external = requests.filter(
    (u) => !u.startsWith(`http://127.0.0.1:${port}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
  );
  if (external.length) {
    failed = true;
    console.error('external requests:', external);
  }
  if (!chart || downloads.length < 5) failed = true;
  mkdirSync(`${here}docs`, { recursive: true });
  const box = await (await page.$('#results')).boundingBox();
  await page.screenshot({
    path: `${here}docs/screenshot.png`,
    fullPage: true,
    clip: { x: 0, y: box.y + 300, width: 1000, height: 1100 },
  });
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
