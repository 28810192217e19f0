#!/usr/bin/env node
// `npm run bench`: runs each package's `bench` script in turn (after the build) and prints its
// figures: sizes against budgets, and speeds as ratios to a baseline run in the same process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
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
process.exit(failed ? 1 : 0);
