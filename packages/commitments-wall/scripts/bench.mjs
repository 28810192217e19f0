#!/usr/bin/env node
// `npm run bench`: first render of 5,000 cards and adding one, in headless Chromium, each as a ratio
// to a baseline measured in the same page; and the CDN bundle size against its budget (hard).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../../../scripts/chromium.mjs';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// 25.5 KB since "Did you do it?" (issue #21): the wall decides up front whether a follow-up is due.
const BUDGET_KB = 25.5;

if (!existsSync(resolve(dir, 'dist/define.js')) || !existsSync(resolve(dir, 'cdn/commitments-wall.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
}

const bundle = await build({
  entryPoints: [resolve(dir, 'scripts/bench-page.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const js = bundle.outputFiles[0].contents;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><main id="stage"></main><script type="module" src="/bench.js"></script></body></html>`;

const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await launchChromium();
let result;
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(url);
  await tab.waitForFunction(() => window.benchReady === true);
  result = await tab.evaluate(() => window.runBench());
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = (a, b) => a / b;
const first = ratio(result.wall, result.baseline);
const add = ratio(result.intoBig, result.intoEmpty);
// What a page loads up front: the main file and the chunks it imports statically (the build writes
// the figures to cdn/sizes.json); chunks loaded on demand (Welsh, display mode…) are listed apart.
const sizes = JSON.parse(readFileSync(resolve(dir, 'cdn/sizes.json'), 'utf8'));
const gz = sizes.upfront.gz / 1024;
const ok = (pass) => (pass ? 'ok' : 'MISSED');

console.log('@netweave/commitments-wall bench (headless Chromium, medians)');
console.log(
  `  first render, 5,000 cards: wall ${ms(result.wall)} vs plain DOM ${ms(result.baseline)} = ${first.toFixed(2)}x (goal <= 1.0x) ${ok(first <= 1)}` +
    `  [${result.domNodes} elements in the wall's shadow root]`,
);
console.log(
  `  add one card: into 5,000 ${ms(result.intoBig)} vs into empty ${ms(result.intoEmpty)} = ${add.toFixed(2)}x (goal <= 2x) ${ok(add <= 2)}`,
);
const filter = ratio(result.wallFilter, result.baseFilter);
console.log(
  `  filter 5,000 cards by search text: wall ${ms(result.wallFilter)} vs plain DOM (toggle hidden) ${ms(result.baseFilter)} = ${filter.toFixed(2)}x (goal <= 1.0x) ${ok(filter <= 1)}`,
);
console.log(
  `  CDN bundle: ${gz.toFixed(1)} KB min+gzip loaded up front (budget <= ${BUDGET_KB} KB) ${gz <= BUDGET_KB ? 'ok' : 'OVER BUDGET'}`,
);
for (const chunk of sizes.lazy)
  console.log(`    on demand: cdn/${chunk.file} ${(chunk.gz / 1024).toFixed(1)} KB min+gzip`);
if (gz > BUDGET_KB) process.exitCode = 1;
