#!/usr/bin/env node
// `npm run bench`: runs each package's `bench` script in turn (after the build) and prints its
// figures: sizes against budgets, and speeds as ratios to a baseline run in the same process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
let failed = 0;
for (const name of readdirSync('packages')) {
  const pkgFile = join('packages', name, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (!pkg.scripts?.bench || (only.length && !only.includes(name))) continue;
  console.log(`\n=== ${pkg.name} ===`);
  const r = spawnSync('npm', ['run', '--silent', 'bench'], { cwd: join('packages', name), stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
// The CDN files against their budgets, into the root README (between the sizes markers).
// console: the participant page (/j/<code>) up front, its own script and the widgets file it loads.
// `<package>/<file>`: a package's further CDN file (package.json `netweave.cdn`, built beside the
// main one by scripts/build-cdn.mjs; its sizes are under `files` in the package's cdn/sizes.json).
const BUDGETS = {
  'self-assessment': 25,
  'commitments-wall': 25.5,
  'commitments-wall/triz-board': 30,
  'challenge-chart': 40,
  widgets: 67,
  console: 60,
};
const rows = [];
for (const [name, budget] of Object.entries(BUDGETS)) {
  const [pkg, extra] = name.split('/');
  const file = join('packages', pkg, 'cdn', 'sizes.json');
  if (!existsSync(file)) continue;
  const all = JSON.parse(readFileSync(file, 'utf8'));
  const sizes = extra ? all.files?.[extra] : all;
  if (!sizes) continue;
  const kb = sizes.upfront.gz / 1024;
  const lazyKb = sizes.lazy.reduce((sum, c) => sum + c.gz, 0) / 1024;
  if (kb > budget) failed += 1;
  const lazy = sizes.lazy.length ? `${sizes.lazy.length} chunks, ${lazyKb.toFixed(1)} KB in all` : '—';
  rows.push(
    `| \`@netweave/${name}\` | ${kb.toFixed(1)} KB | ${budget} KB | ${kb <= budget ? 'within budget' : `**over by ${(kb - budget).toFixed(1)} KB**`} | ${lazy} |`,
  );
}
if (rows.length) {
  const table = [
    '| CDN file | Loaded up front (min+gzip) | Budget | | Loaded on demand |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  console.log(`\n${table}`);
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- sizes:start -->';
  const end = '<!-- sizes:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i >= 0 && j > i) {
    const note = `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Lit, core and the provider included; gzip -9).`;
    writeFileSync(
      'README.md',
      `${readme.slice(0, i + start.length)}\n\n${table}\n\n${note}\n\n${readme.slice(j)}`,
    );
  }
}
process.exit(failed ? 1 : 0);
