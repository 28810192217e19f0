// Developers bundle @netweave/core with their own tools. esbuild without code splitting wraps the
// modules the stores load on demand (stats, screening, moderation, the HTTP store) in lazy
// initialisers; re-exported with `export *`, those were never initialised in a bundle that used
// only a few of them, and screenText threw on the undefined word list. Each value export is
// bundled on its own here (as an app that uses just that one would) and must arrive defined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as core from '../../src/index.js';

const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

test('bundled by esbuild without code splitting, each value export arrives defined and screening works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'netweave-bundle-'));
  try {
    const names = Object.keys(core);
    const entryPoints = names.map((name) => {
      const file = join(dir, `${name}.mjs`);
      writeFileSync(
        file,
        `import { ${name} } from ${JSON.stringify(entry)};\nexport const value = ${name};\n`,
      );
      return file;
    });
    const screening = join(dir, 'use-screening.mjs');
    writeFileSync(
      screening,
      `import { screenText, wilson } from ${JSON.stringify(entry)};
export const screened = screenText('what a twat, ring 07700 900123');
export const interval = wilson(3, 10);\n`,
    );
    await build({
      entryPoints: [...entryPoints, screening],
      outdir: join(dir, 'out'),
      bundle: true,
      format: 'esm',
      platform: 'node', // lit's Node build (with its DOM shim); the wrapping is the same as for browsers
      logLevel: 'silent',
    });
    const out = (file: string) =>
      pathToFileURL(join(dir, 'out', file.slice(dir.length + 1).replace(/\.mjs$/, '.js'))).href;
    const missing: string[] = [];
    for (const [i, name] of names.entries()) {
      const bundled = (await import(out(entryPoints[i]!))) as { value: unknown };
      if (bundled.value === undefined) missing.push(name);
    }
    assert.deepEqual(missing, []);
    const used = (await import(out(screening))) as {
      screened: { reasons: string[] };
      interval: [number, number];
    };
    assert.deepEqual(used.screened.reasons, ['phone', 'profanity']);
    assert.ok(used.interval[0] > 0.1 && used.interval[1] < 0.61);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
