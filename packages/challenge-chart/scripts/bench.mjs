#!/usr/bin/env node
// `npm run bench`: the CDN bundle's size against its 40 KB min+gzip budget (exit 1 if over), with
// a Lit-only bundle built the same way as the baseline, and the speed of the pure model + layout
// step for a large summary against a baseline (sorting the same data) measured in this run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 40 * 1024;
if (!existsSync(join(pkg, 'dist', 'define.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

async function gz(contents) {
  const r = await build({
    stdin: { contents, resolveDir: pkg, sourcefile: 'bench-entry.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    legalComments: 'none',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  });
  const code = r.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// The CDN file exactly as published: built by the shared script, then measured from disk (module
// order in the bundle moves the gzip size by ~0.2 KB, so an in-memory rebuild is not the same).
const built = spawnSync(process.execPath, [join(pkg, '..', '..', 'scripts', 'build-cdn.mjs')], {
  cwd: pkg,
  encoding: 'utf8',
});
if (built.status !== 0) {
  console.error(built.stderr || built.stdout);
  process.exit(1);
}
// With code splitting the shared script writes cdn/sizes.json: what a page loads up front (the
// budget) and the chunks loaded on demand (the export code). Without it, the single file.
const sizesFile = join(pkg, 'cdn', 'sizes.json');
let chart;
let lazy = [];
if (existsSync(sizesFile)) {
  const sizes = JSON.parse(readFileSync(sizesFile, 'utf8'));
  chart = { min: sizes.upfront.min, gzip: sizes.upfront.gz };
  lazy = sizes.lazy ?? [];
} else {
  const file = readFileSync(join(pkg, 'cdn', 'challenge-chart.js'));
  chart = { min: file.length, gzip: gzipSync(file, { level: 9 }).length };
}
const lit = await gz(`export * from 'lit';\n`);
const over = chart.gzip > BUDGET;
console.log(
  `cdn/challenge-chart.js (up front)   ${kb(chart.gzip)} min+gzip (${kb(chart.min)} min)  budget ${kb(BUDGET)}  ` +
    `${((chart.gzip / BUDGET) * 100).toFixed(0)}% of budget  ${(chart.gzip / lit.gzip).toFixed(1)}× lit alone (${kb(lit.gzip)})  ${over ? 'OVER BUDGET' : 'ok'}`,
);

// Speed of the pure part of a redraw: model + layout for 100 challenges × 4 groups.
const { buildModel } = await import('../dist/lib/model.js');
const { layoutChart } = await import('../dist/lib/layout.js');
const item = (i, n) => ({
  id: `c${i}`,
  label: `Challenge number ${i} with a longer label to wrap`,
  identified: (i * 7) % n,
  base: n,
  proportion: ((i * 7) % n) / n,
  interval: [0.1, 0.5],
  suppressed: i % 11 === 0,
});
const challenges = Array.from({ length: 100 }, (_, i) => item(i, 60));
const summary = {
  kind: 'netweave.frequency-summary',
  version: 1,
  threshold: 3,
  respondents: 240,
  disclosure: { rule: 'none', description: '' },
  challenges,
  groups: ['a', 'b', 'c', 'd'].map((key, g) => ({
    key,
    label: `Group ${key}`,
    respondents: 60,
    challenges: Array.from({ length: 100 }, (_, i) => item(i + g, 60)),
  })),
};
const opts = {
  width: 720,
  title: 'Title',
  axisTitle: 'Axis',
  notes: ['* note'],
  valueText: (d) => `${Math.round((d.proportion ?? 0) * 100)}% of ${d.base}`,
  tickText: String,
};
function time(fn, runs = 200) {
  for (let i = 0; i < 20; i++) fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}
const baseline = time(() =>
  summary.groups
    .flatMap((g) => [...g.challenges].sort((a, b) => b.proportion - a.proportion))
    .map((d) => `${d.label} ${d.proportion}`),
);
const layout = time(() => layoutChart(buildModel(summary, { measure: 'percent' }), opts));
console.log(
  `model + layout, 100 challenges × 4 groups   ${layout.toFixed(2)} ms  goal < 16 ms (one frame)  ${(layout / baseline).toFixed(1)}× sorting and formatting the same data (${baseline.toFixed(3)} ms)`,
);
for (const chunk of lazy)
  console.log(
    `  on demand: cdn/${chunk.file} ${kb(chunk.gz)} min+gzip (not counted: loaded on first export)`,
  );
process.exit(over ? 1 : 0);
