/**
 * `netweave writeup <files…> -o <file>`: the format from the extension, English and Welsh, the
 * collector's export or canonical exports; bad input stops it with a message naming the file and
 * the problem, a non-zero exit code and no document (nor a temporary file) left behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli/program.js';
import { EXIT } from '../src/cli/exit-codes.js';
import { EXPORT, NEVER, VISIBLE } from './writeup-fixture.js';
import { csv, row } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'netweave-writeup-cli-'));
let n = 0;
/** A fresh folder with `files` in it. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (fn: (s: string) => void) =>
    new Writable({ write: (chunk, _e, cb) => (fn(String(chunk)), cb()) });
  const stderr = Object.assign(
    sink((s) => (err += s)),
    { isTTY: false },
  ) as unknown as NodeJS.WriteStream;
  const code = await main(['node', 'netweave', ...args], { stdout: sink((s) => (out += s)), stderr });
  return { code, out, err };
}

const exportJson = JSON.stringify(EXPORT, null, 2);
const commitmentsCsv = (session: string) =>
  'commitment_id,session_id,created_at,column,text,sector,status,reactions\n' +
  `k1,${session},2026-03-12T11:00:00Z,commitments,"Byddaf i’n siarad â’r gwasanaethau’n lleol",vcse,visible,3\n` +
  `k2,${session},2026-03-12T11:01:00Z,commitments,Hidden in the CSV,nhs,hidden,0\n`;

const good: {
  description: string;
  input: { files: Record<string, string>; args: string[]; output: string };
  expected: { contains: string[]; lang?: RegExp };
}[] = [
  {
    description: 'the collector’s export to Word',
    input: { files: { 'export.json': exportJson }, args: ['export.json'], output: 'writeup.docx' },
    expected: { contains: [] },
  },
  {
    description: 'the collector’s export to HTML in Welsh',
    input: {
      files: { 'export.json': exportJson },
      args: ['export.json', '--lang', 'cy'],
      output: 'adroddiad.html',
    },
    expected: { contains: [...VISIBLE, 'Beth newidiodd'], lang: /<html lang="cy">/ },
  },
  {
    description: 'canonical responses and commitments CSV to Markdown (apostrophes and reactions kept)',
    input: {
      files: {
        'responses.csv': csv(...[...Array(12)].map((_, i) => row(`r${i}`, undefined, { session: 's9' }))),
        'commitments.csv': commitmentsCsv('s9'),
      },
      args: ['responses.csv', 'commitments.csv', '--disclosure', 'none'],
      output: 'writeup.md',
    },
    expected: {
      contains: [
        '# Session s9',
        '12 people completed the self-assessment.',
        'Byddaf i’n siarad â’r gwasanaethau’n lleol — Voluntary, community and social enterprise (VCSE), 3 people will do this too',
      ],
    },
  },
];

for (const { description, input, expected } of good)
  test(`writeup: ${description}`, async () => {
    const dir = folder(input.files);
    const output = join(dir, input.output);
    const r = await run(
      'writeup',
      ...input.args.map((a) => (a in input.files ? join(dir, a) : a)),
      '-o',
      output,
    );
    assert.equal(r.code, EXIT.ok, r.err);
    assert.ok(existsSync(output));
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
    if (input.output.endsWith('.docx')) assert.equal(readFileSync(output).subarray(0, 2).toString(), 'PK');
    else {
      const text = readFileSync(output, 'utf8');
      for (const t of expected.contains) assert.ok(text.includes(t), `missing: ${t}`);
      for (const t of [...NEVER, 'Hidden in the CSV']) assert.ok(!text.includes(t), `must not appear: ${t}`);
      if (expected.lang) assert.match(text, expected.lang);
    }
  });

const bad: {
  description: string;
  input: { files: Record<string, string | Uint8Array>; args: string[]; output?: string };
  expected: { code: number; message: RegExp };
}[] = [
  {
    description: 'an export from another tool',
    input: {
      files: { 'results.json': JSON.stringify({ kind: 'mentimeter.results', votes: [] }) },
      args: ['results.json'],
    },
    expected: {
      code: EXIT.noInput,
      message: /results\.json is not a netweave session export \(it says it is “mentimeter\.results”\)/,
    },
  },
  {
    description: 'a session export of a later version',
    input: { files: { 'export.json': JSON.stringify({ ...EXPORT, version: 2 }) }, args: ['export.json'] },
    expected: { code: EXIT.noInput, message: /export\.json is a session export of version 2/ },
  },
  {
    description: 'an empty session (no responses; its only posts held or hidden)',
    input: {
      files: {
        'empty.json': JSON.stringify({
          ...EXPORT,
          responses: [],
          commitments: EXPORT.commitments.filter((c) => c.status !== 'visible'),
          notes: EXPORT.notes.filter((x) => x.status !== 'visible'),
        }),
      },
      args: ['empty.json'],
    },
    expected: {
      code: EXIT.noInput,
      message: /nothing to write up in empty\.json: no responses, and no visible commitments or notes/,
    },
  },
  {
    description: 'a commitments file whose session is not among the responses’ sessions',
    input: {
      files: { 'export.json': exportJson, 'other-commitments.csv': commitmentsCsv('s-other') },
      args: ['export.json', 'other-commitments.csv'],
    },
    expected: {
      code: EXIT.noInput,
      message:
        /other-commitments\.csv holds commitments for session s-other, which is not among the responses’ sessions \(s-triz\)/,
    },
  },
  {
    description: 'a file that is not CSV or JSON (a Word document named .csv)',
    input: {
      files: { 'notes.csv': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0xff, 0xfe, 10, 0, 0]) },
      args: ['notes.csv'],
    },
    expected: { code: EXIT.noInput, message: /cannot write up notes\.csv: / },
  },
  {
    description: 'JSON that does not parse',
    input: { files: { 'broken.json': '{"kind": "netweave.session-export", ' }, args: ['broken.json'] },
    expected: { code: EXIT.noInput, message: /broken\.json is not valid JSON/ },
  },
  {
    description: 'a responses CSV whose every row is wrong (row and column named)',
    input: { files: { 'bad.csv': csv(row('r1', [9, 9, 9, 9, 9, 9, 9, 9, 9])) }, args: ['bad.csv'] },
    expected: { code: EXIT.noInput, message: /cannot write up bad\.csv, row 2, column / },
  },
  {
    description: 'a missing file',
    input: { files: {}, args: ['missing.json'] },
    expected: { code: EXIT.noInput, message: /missing\.json/ },
  },
  {
    description: 'an output whose extension is not .docx, .html or .md',
    input: { files: { 'export.json': exportJson }, args: ['export.json'], output: 'writeup.pdf' },
    expected: {
      code: EXIT.usage,
      message: /cannot tell the format from “.*writeup\.pdf”: name the output \.docx, \.html or \.md/,
    },
  },
  {
    description: 'an output that cannot be written (its folder is missing)',
    input: {
      files: { 'export.json': exportJson },
      args: ['export.json'],
      output: join('no-such-folder', 'writeup.docx'),
    },
    expected: { code: EXIT.output, message: /cannot write .*writeup\.docx: ENOENT/ },
  },
];

for (const { description, input, expected } of bad)
  test(`writeup refuses ${description}`, async () => {
    const dir = folder(input.files);
    const output = join(dir, input.output ?? 'writeup.docx');
    const before = readdirSync(dir).sort();
    const r = await run('writeup', ...input.args.map((a) => join(dir, a)), '-o', output);
    assert.equal(r.code, expected.code, r.err);
    assert.match(r.err, expected.message);
    assert.ok(!existsSync(output), 'no document written');
    assert.deepEqual(readdirSync(dir).sort(), before, 'nothing left behind');
  });

test('writeup refuses in Welsh too, naming the file', async () => {
  const dir = folder({ 'results.json': JSON.stringify({ kind: 'slido.export' }) });
  const r = await run('writeup', join(dir, 'results.json'), '-o', join(dir, 'a.md'), '--lang', 'cy');
  assert.equal(r.code, EXIT.noInput);
  assert.match(r.err, /nid yw results\.json yn allforyn sesiwn netweave/);
});

test('report on a commitments-only export says what it holds and hands over to writeup', async () => {
  const dir = folder({ 'commitments.csv': commitmentsCsv('s1') });
  const r = await run('report', join(dir, 'commitments.csv'), '-o', join(dir, 'report.html'));
  assert.equal(r.code, EXIT.ok);
  assert.match(r.err, /commitments\.csv holds 2 commitments and no responses/);
  assert.match(
    r.err,
    /use `netweave writeup .*commitments\.csv -o writeup\.docx` for a write-up that lists what people said they will do/,
  );
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  assert.ok(!/between \? and \?/.test(html));
  assert.match(html, /use `netweave writeup` for a write-up/);
});

test('writeup lists the rows it left out (file, row, column) and writes up the rest', async () => {
  const dir = folder({
    'responses.csv': csv(
      ...[...Array(10)].map((_, i) => row(`r${i}`)),
      row('bad', [9, 3, 3, 3, 3, 3, 3, 3, 3]),
    ),
  });
  const output = join(dir, 'writeup.md');
  const r = await run('writeup', join(dir, 'responses.csv'), '-o', output, '--disclosure', 'none');
  assert.equal(r.code, EXIT.ok, r.err);
  assert.match(r.err, /responses\.csv, row 12, column /);
  assert.match(r.err, /responses\.csv: 11 rows read, 10 kept, 1 left out/);
  assert.ok(readFileSync(output, 'utf8').includes('10 people completed the self-assessment.'));
});
