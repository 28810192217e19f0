// scripts/write-versions.mjs on a small repository made in a temporary directory: after
// `changeset version` bumps a package.json, the script must write the same version into that
// package's src/version.ts (the version a widget registers with), find packages by looking rather
// than from a list, and in --check mode report a mismatch without writing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../write-versions.mjs', import.meta.url));
const versionTs = (v) =>
  `/** This package's version (kept equal to package.json by a test). */\nexport const VERSION = '${v}';\n`;

/** A repository with the given packages: `{ dir: { name, version, versionTs? } }`. */
function repo(packages) {
  const root = mkdtempSync(join(tmpdir(), 'netweave-write-versions-'));
  for (const [dir, { name, version, withVersionTs }] of Object.entries(packages)) {
    mkdirSync(join(root, 'packages', dir, 'src'), { recursive: true });
    writeFileSync(join(root, 'packages', dir, 'package.json'), JSON.stringify({ name, version }, null, 2));
    if (withVersionTs) writeFileSync(join(root, 'packages', dir, 'src', 'version.ts'), versionTs('0.1.0'));
  }
  return root;
}

const bump = (root, dir, version) => {
  const file = join(root, 'packages', dir, 'package.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }, null, 2));
};
const read = (root, dir) => readFileSync(join(root, 'packages', dir, 'src', 'version.ts'), 'utf8');
const run = (root, ...args) =>
  spawnSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8' });

test('a bumped package.json version is written into that package’s version.ts, comment kept', (t) => {
  const root = repo({
    core: { name: '@netweave/core', version: '0.1.0', withVersionTs: true },
    chart: { name: '@netweave/challenge-chart', version: '0.1.0', withVersionTs: true },
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  bump(root, 'chart', '0.2.0');

  execFileSync(process.execPath, [script, '--root', root]);

  assert.equal(read(root, 'chart'), versionTs('0.2.0'));
  assert.equal(read(root, 'core'), versionTs('0.1.0'));
});

test('a package added since the script was written is found; one without version.ts is left alone', (t) => {
  const root = repo({
    model: { name: '@netweave/model', version: '1.0.0', withVersionTs: true },
    'no-version': { name: '@netweave/other', version: '3.0.0', withVersionTs: false },
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  bump(root, 'model', '1.1.0-next.0');

  const r = run(root);

  assert.equal(r.status, 0, r.stderr);
  assert.equal(read(root, 'model'), versionTs('1.1.0-next.0'));
  assert.match(r.stdout, /packages\/model\/src\/version\.ts: 1\.1\.0-next\.0/);
});

test('--check names the stale version.ts and the two versions, exits 1 and writes nothing', (t) => {
  const root = repo({ wall: { name: '@netweave/commitments-wall', version: '0.1.0', withVersionTs: true } });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  bump(root, 'wall', '0.1.1');

  const stale = run(root, '--check');
  assert.equal(stale.status, 1);
  assert.match(
    stale.stdout,
    /packages\/wall\/src\/version\.ts says 0\.1\.0, but @netweave\/commitments-wall's package\.json says 0\.1\.1/,
  );
  assert.equal(read(root, 'wall'), versionTs('0.1.0'));

  run(root);
  assert.equal(run(root, '--check').status, 0);
});

test('a version.ts without the VERSION line is an error, not silently skipped', (t) => {
  const root = repo({ core: { name: '@netweave/core', version: '0.1.0', withVersionTs: true } });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'packages', 'core', 'src', 'version.ts'), 'export const VERSION = pkg.version;\n');

  const r = run(root);

  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /packages\/core\/src\/version\.ts has no line/);
});
