#!/usr/bin/env node
// Renders the golden configurations (test/fixtures.ts GOLDEN_CASES) in headless Chromium with the
// same serialiser as the browser tests (test/golden.ts) and compares them with test/golden/*.svg.
//   node scripts/update-goldens.mjs           writes missing goldens; a mismatch writes <name>-changed.svg
//   node scripts/update-goldens.mjs --accept  overwrites the goldens with the current output
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldenDir = join(pkg, 'test', 'golden');
const accept = process.argv.includes('--accept');

const bundle = await build({
  stdin: {
    contents: `import '../src/define.ts';
import { GOLDEN_CASES } from '../test/fixtures.ts';
import { goldenSvg } from '../test/golden.ts';
window.renderGoldens = async () => {
  const out = {};
  for (const c of GOLDEN_CASES) {
    const wrap = document.createElement('div');
    wrap.className = 'w' + c.width;
    const el = document.createElement('netweave-challenge-chart');
    for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
    el.data = c.data;
    wrap.append(el);
    document.body.append(wrap);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    out[c.name] = goldenSvg(el.shadowRoot.querySelector('svg.plot'));
    wrap.remove();
  }
  return out;
};`,
    resolveDir: join(pkg, 'scripts'),
    sourcefile: 'goldens-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  conditions: ['browser', 'production'],
  ignoreAnnotations: true,
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  logLevel: 'warning',
});

const widths = [340, 640, 720].map((w) => `.w${w}{width:${w}px}`).join('');
const server = await serve(pkg, {
  '/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0}${widths}</style></head><body><script type="module" src="/bundle.js"></script></body></html>`,
  '/bundle.js': bundle.outputFiles[0].text,
});
const browser = await launch();
let changed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => typeof window.renderGoldens === 'function');
  const results = await page.evaluate(() => window.renderGoldens());
  for (const [name, svg] of Object.entries(results)) {
    const file = join(goldenDir, `${name}.svg`);
    const changedFile = join(goldenDir, `${name}-changed.svg`);
    if (!existsSync(file) || accept) {
      writeFileSync(file, svg);
      rmSync(changedFile, { force: true });
      console.log(`wrote test/golden/${name}.svg`);
    } else if (readFileSync(file, 'utf8') === svg) {
      rmSync(changedFile, { force: true });
      console.log(`unchanged test/golden/${name}.svg`);
    } else {
      writeFileSync(changedFile, svg);
      changed += 1;
      console.log(`CHANGED: review test/golden/${name}-changed.svg, then run with --accept`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(changed ? 1 : 0);
