// The architecture rules (.dependency-cruiser.cjs) on a small repository made in a temporary
// directory, with one import that breaks each rule and some that are allowed: a rule that never
// fires (a regex that matches nothing, a package name that does not resolve) would let the real
// graph drift while `npm run check:deps` stayed green.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const config = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));
const depcruise = fileURLToPath(
  new URL('../../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url),
);

const PACKAGES = [
  'model',
  'core',
  'self-assessment',
  'commitments-wall',
  'challenge-chart',
  'widgets',
  'sdk',
  'collector',
  'newcomer',
];

/** Source files of the repository, by path: each names what it imports. */
const SOURCES = {
  // allowed
  'packages/model/src/index.ts': `export const x = 1;\n`,
  'packages/core/src/index.ts': `import { x } from '@netweave/model';\nimport { html } from 'lit';\nexport { x, html };\n`,
  'packages/core/src/types-a.ts': `import type { B } from './types-b.js';\nexport type A = B | 1;\n`,
  'packages/core/src/types-b.ts': `import type { A } from './types-a.js';\nexport type B = A[];\n`,
  'packages/self-assessment/src/index.ts': `import '@netweave/core';\nimport '@netweave/model';\n`,
  'packages/widgets/src/index.ts': `import '@netweave/challenge-chart';\nimport '@netweave/core';\n`,
  'packages/sdk/src/index.ts': `import { x } from '@netweave/model';\nexport { x };\n`,
  'packages/collector/src/index.ts': `import '@netweave/sdk';\nimport '@netweave/model';\n`,
  'packages/collector/test/http-store.test.ts': `import '@netweave/core';\n`,
  'packages/challenge-chart/test/x.test.ts': `import '../../../scripts/chromium.mjs';\nimport '../src/index.js';\n`,
  'packages/challenge-chart/src/index.ts': `import '@netweave/core';\n`,
  'examples/demo/main.mjs': `import '@netweave/sdk';\nimport '@netweave/challenge-chart';\n`,
  'scripts/chromium.mjs': `export const launch = () => {};\n`,
  // broken
  'packages/model/src/bad.ts': `import '@netweave/core';\nimport 'lit';\n`,
  'packages/core/src/cycle-a.ts': `import { b } from './cycle-b.js';\nexport const a = () => b;\n`,
  'packages/core/src/cycle-b.ts': `import { a } from './cycle-a.js';\nexport const b = () => a;\n`,
  'packages/core/src/bad.ts': `import '@netweave/self-assessment';\nimport '../../../scripts/chromium.mjs';\n`,
  'packages/sdk/src/bad.ts': `import type { X } from '@netweave/core';\nexport type Y = X;\n`,
  'packages/collector/src/bad.ts': `import '@netweave/challenge-chart';\n`,
  'packages/collector/test/other.test.ts': `import '@netweave/core';\n`,
  'packages/challenge-chart/src/bad.ts': `import '@netweave/commitments-wall';\nimport '../../core/src/index.js';\n`,
  'packages/commitments-wall/src/index.ts': `import '@netweave/sdk';\n`,
  'packages/widgets/src/bad.ts': `import '@netweave/collector';\n`,
  'packages/newcomer/src/index.ts': `import '@netweave/model';\n`,
  'examples/demo/bad.mjs': `import '../../packages/core/src/index.js';\n`,
  'scripts/bad.mjs': `import '@netweave/core/not-exported';\n`,
};

const EXPECTED = [
  'model-imports-no-other-package: packages/model/src/bad.ts → packages/core/dist/index.d.ts',
  'no-lit-in-model-sdk-collector: packages/model/src/bad.ts → node_modules/lit/index.d.ts',
  // (a cycle is reported once)
  'no-circular-in-package-source: packages/core/src/cycle-a.ts → packages/core/src/cycle-b.ts',
  'core-imports-only-model: packages/core/src/bad.ts → packages/self-assessment/dist/index.d.ts',
  'no-package-source-imports-scripts-or-examples: packages/core/src/bad.ts → scripts/chromium.mjs',
  'sdk-imports-only-model: packages/sdk/src/bad.ts → packages/core/dist/index.d.ts',
  'collector-imports-only-model-sdk: packages/collector/src/bad.ts → packages/challenge-chart/dist/index.d.ts',
  'collector-imports-only-model-sdk: packages/collector/test/other.test.ts → packages/core/dist/index.d.ts',
  'challenge-chart-imports-only-core-model: packages/challenge-chart/src/bad.ts → packages/commitments-wall/dist/index.d.ts',
  'no-relative-import-of-a-sibling-package: packages/challenge-chart/src/bad.ts → packages/core/src/index.ts',
  'commitments-wall-imports-only-core-model: packages/commitments-wall/src/index.ts → packages/sdk/dist/index.d.ts',
  'widgets-imports-only-core-model-self-assessment-commitments-wall-challenge-chart: packages/widgets/src/bad.ts → packages/collector/dist/index.d.ts',
  'unknown-package: packages/newcomer/src/index.ts → packages/model/dist/index.d.ts',
  'no-relative-import-of-a-package: examples/demo/bad.mjs → packages/core/src/index.ts',
  'resolvable: scripts/bad.mjs → @netweave/core/not-exported',
];

function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The repository: packages built (dist/), linked from node_modules as npm workspaces link them. */
function repo() {
  const root = mkdtempSync(join(tmpdir(), 'netweave-dependency-rules-'));
  write(root, 'package.json', JSON.stringify({ private: true, workspaces: ['packages/*', 'examples/*'] }));
  write(root, 'tsconfig.base.json', JSON.stringify({ compilerOptions: { module: 'NodeNext' } }));
  for (const name of PACKAGES) {
    const exports = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };
    write(root, `packages/${name}/package.json`, JSON.stringify({ name: `@netweave/${name}`, exports }));
    write(root, `packages/${name}/dist/index.d.ts`, 'export {};\n');
    write(root, `packages/${name}/dist/index.js`, 'export {};\n');
    mkdirSync(join(root, 'node_modules/@netweave'), { recursive: true });
    symlinkSync(`../../packages/${name}`, join(root, 'node_modules/@netweave', name));
  }
  write(
    root,
    'node_modules/lit/package.json',
    JSON.stringify({ name: 'lit', exports: { '.': { types: './index.d.ts', default: './index.js' } } }),
  );
  write(root, 'node_modules/lit/index.d.ts', 'export declare const html: unknown;\n');
  write(root, 'node_modules/lit/index.js', 'export const html = 1;\n');
  for (const [path, text] of Object.entries(SOURCES)) write(root, path, text);
  return root;
}

const cruise = (root, ...args) =>
  spawnSync(process.execPath, [depcruise, '--config', config, ...args, 'packages', 'scripts', 'examples'], {
    cwd: root,
    encoding: 'utf8',
  });

test('each architecture rule fires on the import that breaks it, and on nothing allowed', (t) => {
  const root = repo();
  t.after(() => rmSync(root, { recursive: true, force: true }));

  const json = cruise(root, '--output-type', 'json');
  assert.ok(json.stdout, json.stderr);
  const found = JSON.parse(json.stdout).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  assert.deepEqual(found.sort(), [...EXPECTED].sort());

  // What `npm run check:deps` prints and how it exits (CI goes by the exit code).
  const err = cruise(root);
  assert.notEqual(err.status, 0);
  assert.match(
    err.stdout,
    new RegExp(`${EXPECTED.length} dependency violations \\(${EXPECTED.length} errors`),
  );
});
