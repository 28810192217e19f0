#!/usr/bin/env node
// Takes docs/screenshot.png of the CDN build in headless Chromium (run `npm run build` first).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = JSON.parse(readFileSync(join(pkg, 'test', 'data', 'summary.json'), 'utf8'));
// Show suppression too: one challenge with too few responses.
const mapping = data.challenges.find((c) => c.id === 'network-mapping');
Object.assign(mapping, { identified: null, base: null, proportion: null, interval: null, suppressed: true });

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="style-src 'self'">
<link rel="stylesheet" href="/docs/screenshot.css"></head>
<body><main><netweave-challenge-chart lang="en"></netweave-challenge-chart></main>
<script type="module">
import '/cdn/challenge-chart.js';
const el = document.querySelector('netweave-challenge-chart');
el.data = ${JSON.stringify(data)};
await el.updateComplete;
window.ready = true;
</script></body></html>`;

const server = await serve(pkg, {
  '/index.html': page,
  '/docs/screenshot.css':
    'body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#212b32;background:#fff}main{width:720px;padding:16px}',
});
const browser = await launch();
try {
  const p = await browser.newPage({ viewport: { width: 760, height: 700 }, deviceScaleFactor: 1 });
  p.on('pageerror', (e) => console.error('page error:', e.message));
  await p.goto(`${server.url}/index.html`);
  await p.waitForFunction(() => window.ready);
  await p.waitForTimeout(400);
  await p.locator('netweave-challenge-chart').screenshot({ path: join(pkg, 'docs', 'screenshot.png') });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
