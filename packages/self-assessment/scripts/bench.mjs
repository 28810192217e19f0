#!/usr/bin/env node
// `npm run bench`: the CDN bundle's size against its budget (hard: exits non-zero when over), as a
// ratio against a baseline measured in the same run: core's <netweave-provider> with Lit, which
// every widget bundle carries, so the figure shows what this widget itself adds.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 25;
const file = 'cdn/self-assessment.js';
if (!existsSync(file)) {
  console.error(`${file} is missing: run npm run build first.`);
  process.exit(1);
}
const kb = (bytes) => bytes / 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
// What a page loads up front: the main file and the chunks it imports statically (the build
// writes the figures to cdn/sizes.json); chunks loaded on demand are reported separately.
const sizes = JSON.parse(readFileSync('cdn/sizes.json', 'utf8'));

const baseline = await build({
  stdin: {
    contents: `import '@netweave/core/provider.js';`,
    resolveDir: process.cwd(),
    sourcefile: 'baseline.js',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  legalComments: 'none',
  conditions: ['browser', 'production'],
  write: false,
});
const base = gz(baseline.outputFiles[0].contents);
const size = sizes.upfront.gz;
const over = kb(size) > BUDGET_KB;
console.log(
  `CDN bundle ${file}: ${kb(sizes.upfront.min).toFixed(1)} KB min, ${kb(size).toFixed(1)} KB min+gzip loaded up front ` +
    `(budget ${BUDGET_KB} KB: ${over ? 'OVER' : 'ok'}; ${(size / base).toFixed(2)}× the baseline)`,
);
console.log(
  `  baseline (Lit + core's provider and LocalStore, no widget): ${kb(base).toFixed(1)} KB min+gzip; ` +
    `this widget adds ${kb(size - base).toFixed(1)} KB`,
);
for (const chunk of sizes.lazy)
  console.log(`  on demand: cdn/${chunk.file} ${kb(chunk.gz).toFixed(1)} KB min+gzip`);
process.exit(over ? 1 : 0);
