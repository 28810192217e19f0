// Developers bundle @netweave/core with their own tools. The stores load stats, screening,
// moderation and the HTTP store with import(). Bundled with code splitting (what the README asks
// of esbuild users, and how the widgets' CDN files are built), each value export must arrive
// defined. Without code splitting, esbuild skips initialising those modules behind the index's
// `export *` (a known limitation, in the README): their own entries work there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as core from '../../src/index.js';

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

async function bundle(entries: Record<string, string>, splitting: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'netweave-bundle-'));
  const entryPoints = Object.entries(entries).map(([name, contents]) => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, contents);
    return file;
  });
  await build({
    entryPoints,
    outdir: join(dir, 'out'),
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'node', // lit's Node build (with its DOM shim); the wrapping is the same as for browsers
    logLevel: 'silent',
  });
  return {
    load: (name: string) => import(pathToFileURL(join(dir, 'out', `${name}.js`)).href),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

test('bundled by esbuild with code splitting, each value export arrives defined', async () => {
  const names = Object.keys(core);
  const entries = Object.fromEntries(
    names.map((name) => [
      name,
      `import { ${name} } from ${JSON.stringify(dist('index.js'))};\nexport const value = ${name};\n`,
    ]),
  );
  const built = await bundle(entries, true);
  try {
    const missing: string[] = [];
    for (const name of names) if ((await built.load(name)).value === undefined) missing.push(name);
    assert.deepEqual(missing, []);
  } finally {
    built.remove();
  }
});

test('bundled without code splitting, the on-demand modules work from their own entries, next to the stores', async () => {
  const built = await bundle(
    {
      app: `import { LocalStore, LIMITS } from ${JSON.stringify(dist('index.js'))};
import { screenText } from ${JSON.stringify(dist('subpaths/screening.js'))};
import { wilson, Z95 } from ${JSON.stringify(dist('subpaths/stats.js'))};
import { HttpStore } from ${JSON.stringify(dist('store/http-store.js'))};
import { initialStatus } from ${JSON.stringify(dist('subpaths/moderation.js'))};
import { newResumeCode, parseResumeCode } from ${JSON.stringify(dist('kit/resume.js'))};
const code = newResumeCode();
export const result = {
  resume: parseResumeCode(code).code === code,
  store: typeof LocalStore,
  limit: LIMITS.idLength,
  screened: screenText('what a twat, ring 07700 900123').reasons,
  interval: wilson(3, 10),
  z: Z95,
  http: typeof HttpStore,
  status: typeof initialStatus,
};\n`,
    },
    false,
  );
  try {
    const { result } = await built.load('app');
    assert.equal(result.store, 'function');
    assert.equal(result.resume, true);
    assert.equal(result.limit, 100);
    assert.deepEqual(result.screened, ['phone', 'profanity']);
    assert.ok(result.interval[0] > 0.1 && result.interval[1] < 0.61);
    assert.equal(result.z, 1.959963984540054);
    assert.equal(result.http, 'function');
    assert.equal(result.status, 'function');
  } finally {
    built.remove();
  }
});
