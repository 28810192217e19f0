import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli/program.js';
import { csv, row } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'netweave-cli-'));
const good = join(dir, 'good.csv');
const messy = join(dir, 'messy.csv');
writeFileSync(
  good,
  csv(
    ...[...Array(24)].map((_, i) =>
      row(`g${i}`, Array(9).fill(i % 5), { sector: i % 2 ? 'nhs' : 'third sector' }),
    ),
  ),
);
writeFileSync(messy, csv(row('m1'), row('m2', [9, 3, 3, 3, 3, 3, 3, 3, 3])));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (fn: (s: string) => void) =>
    new Writable({ write: (chunk, _e, cb) => (fn(String(chunk)), cb()) });
  const stdout = sink((s) => (out += s));
  const stderr = Object.assign(
    sink((s) => (err += s)),
    { isTTY: false },
  ) as unknown as NodeJS.WriteStream;
  const code = await main(['node', 'netweave', ...args], { stdout, stderr });
  return { code, out, err };
}

test('validate: 0 for clean files, 1 with errors (listed with file, row, column)', async () => {
  assert.equal((await run('validate', good)).code, 0);
  const r = await run('validate', good, messy);
  assert.equal(r.code, 1);
  assert.match(r.err, /messy\.csv, row 3, column "building-relationships"/);
});

test('aggregate writes CSV by sector with the disclosure rule applied', async () => {
  const out = join(dir, 'out.csv');
  const r = await run(
    'aggregate',
    good,
    '--by',
    'sector',
    '--format',
    'csv',
    '--disclosure',
    'survey',
    '-o',
    out,
  );
  assert.equal(r.code, 0);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.startsWith('\uFEFFgroup,challenge_id,label,identified,base'));
  assert.match(text, /\nNHS,building-relationships,Building relationships,\d+,12,/);
  assert.match(text, /Voluntary, community and social enterprise|"Voluntary, community/);
});

test('aggregate prints JSON or the chart summary to stdout', async () => {
  const json = JSON.parse((await run('aggregate', good, '--disclosure', 'none')).out);
  assert.equal(json.kind, 'netweave.analysis');
  assert.equal(json.respondents, 24);
  const summary = JSON.parse((await run('aggregate', good, '--format', 'summary')).out);
  assert.equal(summary.kind, 'netweave.frequency-summary');
  assert.equal(summary.disclosure.rule, 'nhs');
});

test('report writes a self-contained HTML file', async () => {
  const out = join(dir, 'report.html');
  const r = await run('report', good, messy, '--by', 'session', '-o', out);
  assert.equal(r.code, 0);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<h2>Methods<\/h2>/);
  assert.match(html, /<svg /);
  assert.match(html, /messy\.csv/);
});

test('exit codes: 2 for wrong use, 3 for a missing file or bad mapping, 4 when output cannot be written', async () => {
  assert.equal((await run('aggregate', good, '--by', 'shoe-size')).code, 2);
  assert.equal((await run('aggregate', good, '--disclosure', 'lax')).code, 2);
  assert.equal((await run('frobnicate')).code, 2);
  assert.equal((await run('aggregate', join(dir, 'nope.csv'))).code, 3);
  const badMapping = join(dir, 'bad-mapping.json');
  writeFileSync(badMapping, '{"columns": 3}');
  assert.equal((await run('aggregate', good, '--mapping', badMapping)).code, 3);
  assert.equal((await run('aggregate', good, '-o', join(dir, 'no-such-dir', 'x.json'))).code, 4);
  assert.equal((await run('--help')).code, 0);
});

test('--strict stops at the first error with exit code 1', async () => {
  const r = await run('aggregate', messy, '--strict');
  assert.equal(r.code, 1);
  assert.equal(r.out, '');
});

test('the progress bar is not drawn when stderr is not a terminal', async () => {
  const r = await run('validate', good);
  assert.ok(!r.err.includes('\r'));
});

test('commitment files are counted and coded in the outputs', async () => {
  const commitments = join(dir, 'commitments.csv');
  writeFileSync(
    commitments,
    'commitment_id,session_id,created_at,column,text,sector,status\n' +
      [...Array(12)]
        .map((_, i) => `c${i},s1,2026-03-12T10:00:00Z,commitments,Book time for weaving ${i},nhs,visible`)
        .join('\n') +
      '\n',
  );
  const md = (await run('aggregate', good, commitments, '--format', 'md')).out;
  assert.match(md, /## Commitments/);
  assert.match(md, /\| finding-the-time \| 10 \|/);
});

test('piped into a reader that stops early (`| head`), the command ends quietly', async () => {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const bin = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', bin, '--help'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  // read one chunk, then close the pipe as `head -1` would
  await new Promise((resolve) => child.stdout.once('data', resolve));
  child.stdout.destroy();
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.doesNotMatch(err, /EPIPE|Unhandled/);
  assert.equal(code, 0);
});
