#!/usr/bin/env node
// Fails when a committed generated file is not what the build writes, so generated files cannot
// go stale. Run it after a build (`npm test` and `npm run verify` build everything first; on its
// own: `npm run check:generated`). It compares each file with what git holds for it (the index:
// the last commit, or what you have staged for the next one), names every stale file with the
// command that regenerates it, and changes nothing in the working tree.
//
// Checked:
//   packages/<name>/custom-elements.json   written by the package's `analyze` script (cem)
//   packages/<name>/README.md API tables   written by scripts/api-table.mjs from that manifest
//   packages/<name>/src/version.ts         must equal package.json (scripts/write-versions.mjs)
//   README.md size table                   written by `node scripts/bench.mjs none` from each
//                                          widget's cdn/sizes.json (its date line is not compared)
// The rest of what the build writes (dist/, cdn/) is ignored by git and never committed.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

/** @type {{ file: string, why: string, fix: string }[]} */
const stale = [];

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  return r;
}

/** What git holds for a file (the index), or null when git does not track it. */
function committed(path) {
  const r = run('git', ['show', `:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

/** The text between two marker comments, or null when the markers are missing. */
function between(text, start, end) {
  const i = text?.indexOf(start) ?? -1;
  const j = text?.indexOf(end) ?? -1;
  return i >= 0 && j > i ? text.slice(i + start.length, j).trim() : null;
}

const packages = readdirSync('packages', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('packages', d.name, 'package.json')))
  .map((d) => {
    const dir = join('packages', d.name);
    return { dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
  });

// 1. Custom Elements Manifests and the README API tables made from them.
for (const { dir, pkg } of packages) {
  if (!pkg.scripts?.analyze) continue;
  const fix = `npm run analyze -w ${pkg.name}   (or npm run build -w ${pkg.name})`;
  const manifest = join(dir, 'custom-elements.json');
  const held = committed(manifest);
  if (!existsSync(manifest)) {
    stale.push({ file: manifest, why: 'the build did not write it (build first?)', fix });
  } else if (held === null) {
    stale.push({ file: manifest, why: 'is not committed', fix: `git add ${manifest}` });
  } else if (run('git', ['diff', '--quiet', '--', manifest]).status !== 0) {
    stale.push({ file: manifest, why: 'differs from what the build writes', fix });
  }

  const readme = join(dir, 'README.md');
  const api = (text) => between(text, '<!-- api:start -->', '<!-- api:end -->');
  const built = existsSync(readme) ? api(readFileSync(readme, 'utf8')) : null;
  if (built !== null && built !== api(committed(readme))) {
    stale.push({ file: `${readme} (API tables)`, why: 'differ from what the build writes', fix });
  }
}

// 2. version.ts against package.json (checked only: versions are written at release time).
const versions = run(process.execPath, ['scripts/write-versions.mjs', '--check']);
if (versions.status !== 0) {
  const lines = `${versions.stdout}${versions.stderr}`.trim().split('\n').filter(Boolean);
  for (const line of lines) {
    const [file, ...rest] = line.split(' says ');
    stale.push(
      rest.length
        ? { file, why: `says ${rest.join(' says ')}`, fix: 'node scripts/write-versions.mjs' }
        : { file: 'packages/*/src/version.ts', why: line, fix: 'node scripts/write-versions.mjs' },
    );
  }
}

// 3. The root README's size table, from each widget's CDN build. bench.mjs rewrites the README in
// its working directory and dates the table: run it on a copy (beside a link to packages/) and
// compare only the table.
const cdnBuilds = packages.filter(({ pkg }) => /build-cdn\.mjs/.test(pkg.scripts?.build ?? ''));
const missing = cdnBuilds.filter(({ dir }) => !existsSync(join(dir, 'cdn', 'sizes.json')));
const sizes = (text) =>
  between(text, '<!-- sizes:start -->', '<!-- sizes:end -->')
    ?.split('\n')
    .filter((line) => !line.startsWith('Measured by'))
    .join('\n')
    .trim() ?? null;
const sizesFix = 'npx turbo run build && node scripts/bench.mjs none';
if (missing.length) {
  const files = missing.map(({ dir }) => join(dir, 'cdn', 'sizes.json')).join(', ');
  stale.push({
    file: 'README.md (size table)',
    why: `cannot be checked: no ${files} (build first)`,
    fix: sizesFix,
  });
} else if (cdnBuilds.length) {
  const copy = mkdtempSync(join(tmpdir(), 'netweave-sizes-'));
  let table;
  try {
    copyFileSync('README.md', join(copy, 'README.md'));
    symlinkSync(join(root, 'packages'), join(copy, 'packages'));
    // (it exits 1 when a file is over its budget: `npm run bench` reports that, not this check)
    const bench = run(process.execPath, [join(root, 'scripts', 'bench.mjs'), 'none'], { cwd: copy });
    table = sizes(readFileSync(join(copy, 'README.md'), 'utf8'));
    if (table === null)
      throw new Error(`scripts/bench.mjs wrote no size table:\n${bench.stdout}${bench.stderr}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  if (table !== sizes(committed('README.md'))) {
    stale.push({
      file: 'README.md (size table)',
      why: 'differs from the CDN files the build wrote',
      fix: sizesFix,
    });
  }
}

if (!stale.length) {
  console.log('check-generated: every generated file is as the build writes it.');
  process.exit(0);
}
console.log(`check-generated: ${stale.length} generated file(s) are stale (compared with what git holds):`);
for (const { file, why, fix } of stale) console.log(`  ${file} ${why}\n    regenerate: ${fix}`);
console.log(
  'A build has already written the new manifests and API tables here (`git diff` shows them); regenerate ' +
    'the others with the command shown. Look over the changes and commit them with the change that caused them.',
);
process.exit(1);
