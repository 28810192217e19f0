// The `netweave` command as installed (dist/cli/netweave.js, bundled by scripts/bundle-cli.mjs,
// with its reading threads in dist/cli/range-worker.js) against the same CLI as modules
// (dist/cli/bin.js): same output, same messages, same exit codes; a large file read on several
// threads as in one pass. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER, row } from './helpers.js';

const dist = (p: string) => fileURLToPath(new URL(`../dist/cli/${p}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'netweave-bundle-'));

function netweave(entry: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [dist(entry), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // the analysis says when it was made: leave that out of the comparison
  return { code: r.status, out: r.stdout.replace(/"generatedAt": "[^"]*"/, ''), err: r.stderr };
}

test('the bundled command gives what the modules give: output, messages and exit codes', () => {
  const good = join(dir, 'good.csv');
  const messy = join(dir, 'messy.csv');
  writeFileSync(good, [HEADER, ...Array.from({ length: 30 }, (_, i) => row(`g${i}`))].join('\n') + '\n');
  writeFileSync(messy, [HEADER, row('m1'), row('m2', [9, 3, 3, 3, 3, 3, 3, 3, 3]), 'x,"open'].join('\n'));
  for (const args of [
    ['aggregate', '--by', 'sector', '--format', 'json', good, messy],
    ['aggregate', '--format', 'csv', good],
    ['validate', messy, '--lang', 'cy'],
    ['aggregate', '--threads', '0', good],
    ['--help'],
  ]) {
    assert.deepEqual(netweave('netweave.js', ...args), netweave('bin.js', ...args), args.join(' '));
  }
  assert.equal(netweave('netweave.js', 'validate', messy).code, 1);
});

test('the bundle holds no Lit and no docx (a Word write-up loads docx when asked for)', () => {
  const text = readFileSync(dist('netweave.js'), 'utf8');
  assert.doesNotMatch(text, /lit-html|LitElement|customElements\.define/);
  assert.match(text, /import\("docx"\)/);
  assert.doesNotMatch(text, /class Document extends|WordprocessingML/);
});

test('a large file is read on several threads by the bundled command, exactly as in one pass', () => {
  // just over the size from which files are split (8 MiB), with a few problems and duplicates
  const rows: string[] = [HEADER];
  for (let i = 0; i < 150_000; i++) {
    if (i % 9000 === 17)
      rows.push(row(`d${i - 1}`)); // an identical duplicate of the row before
    else if (i % 10_000 === 5) rows.push(row(`bad-${i}`, [7, 1, 1, 1, 1, 1, 1, 1, 1]));
    else
      rows.push(
        row(`d${i}`, [i % 5, (i >> 1) % 5, '', 3, 2, 1, 0, 4, i % 3], {
          sector: ['nhs', 'vcse', 'housing'][i % 3],
          region: i % 50 ? '' : '"Ynys Môn, ""Anglesey""\nWales"',
        }),
      );
  }
  const big = join(dir, 'big.csv');
  writeFileSync(big, rows.join('\r\n') + '\r\n');
  const args = ['aggregate', '--by', 'sector', '--format', 'json', big];
  const many = netweave('netweave.js', ...args, '--threads', '2');
  const one = netweave('netweave.js', ...args, '--threads', '1');
  assert.equal(many.code, 0, many.err);
  assert.deepEqual(many, one);
  assert.ok(statSync(big).size > 8 << 20, 'large enough to be split');
  assert.match(many.err, /big\.csv, row 7, column "building-relationships"/);
  assert.match(many.err, /big\.csv, row 70,007, column "building-relationships"/);
  assert.match(many.err, /row 63,019, column "response_id"[^\n]*row 63,018\)/);
});
