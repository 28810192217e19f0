// The SDK and its CLI run in Node: importing them must not load the browser layer (Lit, the
// stores, the provider): it would slow the CLI's start and tie evaluators' tools to a UI runtime.
// A module hook records every module Node resolves while the SDK loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const hooks = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  process.stderr.write('resolved ' + result.url + '\\n');
  return result;
}`;
const register = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`;

/** Every module URL Node resolved while importing `entry` from this package. */
function resolvedWhileImporting(entry: string): string[] {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(entry)});`,
    ],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
  );
  assert.equal(run.status, 0, `importing ${entry} failed:\n${run.stderr}`);
  return run.stderr
    .split('\n')
    .filter((line) => line.startsWith('resolved '))
    .map((line) => line.slice('resolved '.length));
}

const browserLayer =
  /\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\/|\/packages\/core\/|@netweave\/core\//;

for (const entry of ['@netweave/sdk', '@netweave/sdk/node', './dist/cli/program.js']) {
  test(`importing ${entry} in Node loads no Lit module and nothing of the browser layer`, () => {
    const urls = resolvedWhileImporting(entry);
    assert.ok(
      urls.some((url) => url.includes('/packages/model/')),
      `the hook saw the model load (it saw ${urls.length} modules)`,
    );
    assert.deepEqual(
      urls.filter((url) => browserLayer.test(url)),
      [],
    );
  });
}

// `docx` is loaded only when a Word write-up is asked for, and then as its Node ESM build (not
// the browser bundles it also ships): the CLI's other commands and the SDK's entries never load it.
for (const entry of ['@netweave/sdk', '@netweave/sdk/node', './dist/cli/program.js']) {
  test(`importing ${entry} does not load docx`, () => {
    assert.deepEqual(
      resolvedWhileImporting(entry).filter((url) => url.includes('/node_modules/docx/')),
      [],
    );
  });
}

test('a Word write-up loads docx’s Node ESM build, nothing browser-only and no Lit', () => {
  const urls = resolvedWhileImporting('./test/fixtures/writeup-docx.mjs');
  const docx = urls.filter((url) => url.includes('/node_modules/docx/'));
  assert.deepEqual(
    [...new Set(docx.map((url) => url.replace(/^.*\/node_modules\//, '')))],
    ['docx/dist/index.mjs', 'docx/dist/charts.mjs'], // the library, and its native charts
  );
  assert.deepEqual(
    urls.filter((url) => browserLayer.test(url) || /\.(iife|umd)\.c?js$/.test(url)),
    [],
  );
});
