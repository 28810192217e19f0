/**
 * `netweave report` (and `aggregate --format md`) on a commitments export alone: it says what the
 * file holds (in English or Welsh) and exits cleanly, instead of "Responses from 0 sessions between
 * ? and ?", an empty chart and tables of zeros.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli/program.js';
import { csv, row } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'netweave-commitments-only-'));
const commitments = (n: number) => {
  const path = join(dir, `commitments-${n}.csv`);
  writeFileSync(
    path,
    'commitment_id,session_id,created_at,column,text,sector,status\n' +
      [...Array(n)]
        .map((_, i) => `c${i},s1,2026-03-12T10:00:00Z,commitments,Book time for weaving ${i},nhs,visible`)
        .join('\n') +
      '\n',
  );
  return path;
};
const responses = join(dir, 'responses.csv');
writeFileSync(responses, csv(...[...Array(12)].map((_, i) => row(`r${i}`))));

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

const EMPTY_SIGNS = [/between \? and \?|rhwng \? a \?/, /<svg/, /0 sessions|0 sesiwn/];

const cases: {
  description: string;
  input: { files: string[]; args: string[] };
  expected: { report: RegExp[]; absent: RegExp[]; stderr: RegExp | null };
}[] = [
  {
    description: 'twelve commitments, in English (the count rounded under the nhs rule)',
    input: { files: [commitments(12)], args: [] },
    expected: {
      report: [
        /The files read hold 10 commitments and no responses, so there are no ratings to chart/,
        /<h2>Commitments<\/h2>/,
        /<h2>Data quality<\/h2>/,
      ],
      absent: [...EMPTY_SIGNS, /<h2>Methods<\/h2>/, /All respondents/],
      stderr: /info: commitments-12\.csv holds 12 commitments and no responses/,
    },
  },
  {
    description: 'twelve commitments, in Welsh',
    input: { files: [commitments(12)], args: ['--lang', 'cy'] },
    expected: {
      report: [
        /Mae’r ffeiliau a ddarllenwyd yn cynnwys 10 ymrwymiad a dim ymatebion/,
        /<h2>Ymrwymiadau<\/h2>/,
      ],
      absent: [...EMPTY_SIGNS, /<h2>Dulliau<\/h2>/, /Pob ymatebydd/],
      stderr: /nodyn: Mae commitments-12\.csv yn cynnwys 12 ymrwymiad a dim ymatebion/,
    },
  },
  {
    description: 'one commitment, grouped by session',
    input: { files: [commitments(1)], args: ['--by', 'session', '--disclosure', 'none'] },
    expected: {
      report: [/The files read hold 1 commitment and no responses/],
      absent: [...EMPTY_SIGNS, /<h2>By session<\/h2>/],
      stderr: /holds 1 commitment and no responses/,
    },
  },
  {
    description: 'commitments with responses: the full report, no note',
    input: { files: [responses, commitments(12)], args: [] },
    expected: {
      report: [/<h2>Methods<\/h2>/, /<svg /, /<h2>Commitments<\/h2>/],
      absent: [/no responses|dim ymatebion/],
      stderr: null,
    },
  },
];

for (const { description, input, expected } of cases) {
  test(`report, ${description}`, async () => {
    const out = join(dir, `${description.replace(/\W+/g, '-')}.html`);
    const r = await run('report', ...input.files, ...input.args, '-o', out);
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(out, 'utf8');
    for (const pattern of expected.report) assert.match(html, pattern);
    for (const pattern of expected.absent) assert.doesNotMatch(html, pattern);
    if (expected.stderr) assert.match(r.err, expected.stderr);
    else assert.doesNotMatch(r.err, /info:/);
  });
}

const mdCases: { description: string; input: string[]; expected: { md: RegExp[]; absent: RegExp[] } }[] = [
  {
    description: 'commitments only, in English',
    input: [commitments(12)],
    expected: {
      md: [/^The files read hold 10 commitments and no responses/m, /^## Commitments$/m],
      absent: [/^## All respondents$/m, /Respondents: 0/],
    },
  },
  {
    description: 'commitments only, in Welsh',
    input: [commitments(12), '--lang', 'cy'],
    expected: {
      md: [/^Mae’r ffeiliau a ddarllenwyd yn cynnwys 10 ymrwymiad a dim ymatebion/m, /^## Ymrwymiadau$/m],
      absent: [/^## Pob ymatebydd$/m, /Ymatebwyr: 0/],
    },
  },
  {
    description: 'with responses: the tables as before',
    input: [responses, commitments(12)],
    expected: { md: [/^## All respondents$/m, /^Respondents: 10\./m], absent: [/no responses/] },
  },
];

for (const { description, input, expected } of mdCases) {
  test(`aggregate --format md, ${description}`, async () => {
    const r = await run('aggregate', ...input, '--format', 'md');
    assert.equal(r.code, 0, r.err);
    for (const pattern of expected.md) assert.match(r.out, pattern);
    for (const pattern of expected.absent) assert.doesNotMatch(r.out, pattern);
  });
}
