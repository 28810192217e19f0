#!/usr/bin/env node
// Takes the README screenshot (docs/screenshot.png) in headless Chromium from a seeded wall.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/chromium.mjs';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2] === 'board' ? 'board' : 'wall';
const bundle = await build({
  entryPoints: [resolve(dir, 'scripts/screenshot-page.js')],
  bundle: true,
  format: 'esm',
  write: false,
  conditions: ['browser', 'production'],
  logLevel: 'warning',
});
const js = bundle.outputFiles[0].contents;
const body =
  which === 'board'
    ? '<netweave-commitments-wall session="triz" preset="triz"></netweave-commitments-wall>'
    : '<netweave-commitments-wall session="demo"></netweave-commitments-wall>';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wall</title>
<style>body{margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;color:#212b32;background:#fff}</style></head>
<body>${body}<script type="module" src="/page.js"></script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1040, height: 1400 }, deviceScaleFactor: 1 });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.ready === true);
  await tab.evaluate(() => window.seed());
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  mkdirSync(resolve(dir, 'docs'), { recursive: true });
  const file = resolve(dir, which === 'board' ? 'docs/screenshot-board.png' : 'docs/screenshot.png');
  await tab.locator('netweave-commitments-wall').screenshot({ path: file });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  server.close();
}
