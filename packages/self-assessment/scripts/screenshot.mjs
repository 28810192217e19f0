#!/usr/bin/env node
// Takes docs/screenshot.png: the CDN build in headless Chromium, stepper layout, on question 3 with
// an answer chosen. Serves this package over a tiny static server on 127.0.0.1 (no other requests).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';

const root = process.cwd();
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Self-assessment</title>
<style>body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0;padding:24px 32px;background:#fff}</style>
<script type="module" src="/cdn/self-assessment.js"></script></head>
<body><netweave-self-assessment layout="stepper" session="screenshot"></netweave-self-assessment></body></html>`;
const types = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  try {
    const body = await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 760, height: 620 }, deviceScaleFactor: 1 });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const el = tab.locator('netweave-self-assessment');
  await el.getByRole('button', { name: 'Start now' }).click();
  for (let i = 0; i < 2; i += 1) {
    await el.getByRole('radio', { name: i ? 'A moderate challenge' : 'A big challenge' }).check();
    await el.getByRole('button', { name: 'Next' }).click();
  }
  await el.getByRole('radio', { name: 'A very big challenge' }).check();
  await tab.evaluate(() => document.activeElement?.blur?.());
  await tab.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written');
} finally {
  await browser.close();
  server.close();
}
