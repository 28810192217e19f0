// The no-build page: one <script type="module"> per CDN file and the elements themselves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';

const repo = resolve(import.meta.dirname, '../../..');
let server;
let browser;

before(async () => {
  server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(repo, path));
    if (
      !file.startsWith(repo) ||
      file.includes('node_modules') ||
      !existsSync(file) ||
      !statSync(file).isFile()
    )
      return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8',
    });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('a bare HTML page shows the three widgets from their CDN files', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/plain-html/`);
  for (const tag of ['netweave-self-assessment', 'netweave-challenge-chart', 'netweave-commitments-wall']) {
    await page.waitForFunction(
      (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 20,
      tag,
    );
  }
  // The default layout shows every question on one page.
  await page
    .locator('netweave-self-assessment')
    .getByRole('group', { name: /Finding the time/ })
    .waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
