// The widgets used from React 19 (npm builds bundled with esbuild, one Lit shared by all three):
// they render, take properties and events through React, and follow a language switch.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';

const here = resolve(import.meta.dirname, '..');
let server;
let browser;
let url;

before(async () => {
  assert.ok(existsSync(join(here, 'dist/main.js')), 'built by npm run build');
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(here, path === '/' ? 'index.html' : path);
    if (!file.startsWith(here) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8',
    });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('all three widgets render inside a React 19 app, one copy of Lit', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  for (const tag of ['netweave-self-assessment', 'netweave-challenge-chart', 'netweave-commitments-wall']) {
    await page.waitForFunction(
      (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 20,
      tag,
    );
  }
  // Every copy of Lit registers its version here: the app's bundler deduped it to one.
  assert.equal(
    await page.evaluate(() => window.litHtmlVersions.length),
    1,
    'one copy of Lit for all three widgets',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('switching the app to Welsh switches the widgets too', async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.locator('netweave-self-assessment').getByRole('button', { name: 'Dechrau nawr' }).waitFor();
  await page.close();
});
