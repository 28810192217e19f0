// An evaluator's own page or Web Worker bundles @netweave/sdk, with esbuild and code splitting as
// the README asks (the evaluator example's worker once threw on its first other-challenge text,
// bundled without: the screening word list arrived undefined).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { csv, row } from './helpers.js';

test('bundled by esbuild with code splitting, reading, analysing and reporting work in one bundle', async () => {
  const sdk = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'netweave-sdk-bundle-'));
  try {
    const contents = `import { readCsv, createGrouped, addGroupedRow, analyse, applyDisclosure, renderHtmlReport } from ${JSON.stringify(sdk)};
import { DEFAULT_CATALOGUE } from '@netweave/model';
export function run(text) {
  const grouped = createGrouped(DEFAULT_CATALOGUE, ['sector']);
  const read = readCsv(text, { onRow: (view) => addGroupedRow(grouped, view) });
  const analysis = applyDisclosure(analyse(grouped, { catalogue: DEFAULT_CATALOGUE }), 'none');
  return { stats: read.stats, analysis, html: renderHtmlReport(analysis) };
}\n`;
    await build({
      // resolved from this package, as an evaluator's project resolves its dependencies
      stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
      outdir: join(dir, 'out'),
      entryNames: 'worker',
      splitting: true,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const { run } = await import(pathToFileURL(join(dir, 'out', 'worker.js')).href);
    const text = csv(
      ...[...Array(12)].map((_, i) =>
        row(`r${i}`, undefined, {
          other: i % 2 ? '"Funding, again"' : 'ring me on 07700 900123',
          otherRating: '3',
        }),
      ),
    );
    const { stats, analysis, html } = run(text);
    assert.equal(stats.accepted, 12);
    assert.equal(analysis.respondents, 12);
    // screening ran: the phone number is counted as withheld personal data, never shown
    assert.deepEqual(
      analysis.otherTexts.texts.map((t: { text: string; count: number }) => [t.text, t.count]),
      [['Funding, again', 6]], // shown as written
    );
    assert.ok(analysis.challenges[0].interval, 'Wilson intervals computed');
    assert.match(html, /<html lang="en">/);
    assert.doesNotMatch(html, /07700/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
