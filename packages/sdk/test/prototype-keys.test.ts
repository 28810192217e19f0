/**
 * Keys that come from the data (sessions, regions, other-challenge texts, commitment columns,
 * codes, export headers) may be the names of Object.prototype's properties: one participant who
 * types "constructor" as their region must not break an evaluator's analysis or lose a group.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DEFAULT_CATALOGUE, type AssessmentResponse, type Commitment } from '@netweave/model';
import {
  accumulate,
  analyse,
  analyseResponses,
  analysisToCsv,
  analysisToMarkdown,
  applyDisclosure,
  countCommitments,
  mergeCommitmentCounts,
  mergeGrouped,
  proposeMapping,
  readCsv,
  renderHtmlReport,
  type GroupDimension,
} from '../src/index.js';
import { main } from '../src/cli/program.js';
import { csv, row } from './helpers.js';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'];
/** Session ids must start with a letter or digit, so `__proto__` can only be a region or a text. */
const SESSIONS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 's1'];
const REGIONS = [...NAMES, 'Leeds'];

/** Three responses per session × region, so every group has exactly 3 and every session 21. */
function responses(): AssessmentResponse[] {
  const out: AssessmentResponse[] = [];
  let i = 0;
  for (const sessionId of SESSIONS)
    for (const region of REGIONS)
      for (let k = 0; k < 3; k++, i++)
        out.push({
          id: `r${i}`,
          sessionId,
          submittedAt: '2026-03-12T10:00:00Z',
          catalogueVersion: '2024.1',
          respondent: { sector: 'nhs', nation: 'wales', region },
          ratings: Object.fromEntries(DEFAULT_CATALOGUE.challenges.map((c, j) => [c.id, (i + j) % 5])),
          otherChallenge:
            k === 0 ? { text: region === '__proto__' ? 'constructor' : region, rating: 3 } : null,
        });
  return out;
}

const all = responses();
const csvText = csv(
  ...all.map((r) =>
    row(
      r.id,
      DEFAULT_CATALOGUE.challenges.map((c) => r.ratings[c.id] as number),
      {
        session: r.sessionId,
        region: r.respondent.region!,
        other: r.otherChallenge?.text ?? '',
        otherRating: r.otherChallenge ? '3' : '',
      },
    ),
  ),
);

const cases: {
  description: string;
  input: { by: GroupDimension[] };
  expected: { groups: number; perGroup: number; keys: string[] };
}[] = [
  {
    description: 'by session',
    input: { by: ['session'] },
    expected: { groups: SESSIONS.length, perGroup: 21, keys: SESSIONS },
  },
  {
    description: 'by region',
    input: { by: ['region'] },
    expected: { groups: REGIONS.length, perGroup: 15, keys: REGIONS },
  },
  {
    description: 'by session and region',
    input: { by: ['session', 'region'] },
    expected: {
      groups: SESSIONS.length * REGIONS.length,
      perGroup: 3,
      keys: ['constructor\u001f__proto__', 'toString\u001fconstructor'],
    },
  },
  { description: 'not grouped', input: { by: [] }, expected: { groups: 0, perGroup: 0, keys: [] } },
];

for (const { description, input, expected } of cases) {
  test(`prototype names as data, ${description}: every group and session counted`, () => {
    const analysis = analyseResponses(all, { by: input.by, disclosure: 'none' });
    assert.equal(analysis.respondents, all.length);
    assert.equal(analysis.groups.length, expected.groups);
    for (const g of analysis.groups) assert.equal(g.respondents, expected.perGroup, g.key);
    for (const key of expected.keys)
      assert.ok(
        analysis.groups.some((g) => g.key === key),
        key,
      );
    assert.deepEqual(Object.entries(analysis.sessions).sort(), SESSIONS.map((s) => [s, 21]).sort());
    // other-challenge texts named like prototype properties are counted, not mixed up
    const texts = Object.fromEntries(analysis.otherTexts.texts.map((t) => [t.text, t.count]));
    assert.equal(texts['constructor'], 2 * SESSIONS.length);
    assert.equal(texts['toString'], SESSIONS.length, 'shown as written');
    // every output still holds the groups
    const json = JSON.parse(JSON.stringify(analysis)) as typeof analysis;
    assert.equal(json.groups.length, expected.groups);
    assert.equal(Object.keys(json.sessions).length, SESSIONS.length);
    assert.doesNotThrow(() => analysisToMarkdown(analysis));
    assert.doesNotThrow(() => renderHtmlReport(analysis));
    assert.doesNotThrow(() => analysisToCsv(analysis));
    // and disclosure control keeps them
    const nhs = applyDisclosure(analysis, 'nhs');
    assert.equal(Object.keys(nhs.sessions).length, SESSIONS.length);
    assert.equal(nhs.sessions['__proto__'], undefined);
  });

  test(`prototype names as data, ${description}: parts merged through JSON equal one pass`, () => {
    const whole = analyse(accumulate(all, DEFAULT_CATALOGUE, input.by), { catalogue: DEFAULT_CATALOGUE });
    const parts = [all.slice(0, 40), all.slice(40)].map((p) =>
      JSON.parse(JSON.stringify(accumulate(p, DEFAULT_CATALOGUE, input.by))),
    );
    const merged = analyse(mergeGrouped(...parts), { catalogue: DEFAULT_CATALOGUE });
    assert.deepEqual({ ...merged, generatedAt: '' }, { ...whole, generatedAt: '' });
  });
}

test('read from CSV, prototype names give the same groups as in memory', () => {
  const { responses: read, issues } = readCsv(csvText, { file: 'p.csv' });
  assert.deepEqual(issues, []);
  const a = analyseResponses(read, { by: 'region', disclosure: 'none' });
  assert.deepEqual(
    a.groups.map((g) => [g.key, g.respondents]),
    [...REGIONS].sort((x, y) => x.localeCompare(y)).map((r) => [r, 15]),
  );
});

const commitmentCases: {
  description: string;
  input: Partial<Commitment>[];
  expected: [string, string, number][];
}[] = [
  {
    description: 'sessions and columns named like prototype properties',
    input: [
      { sessionId: 'constructor', column: 'toString' },
      { sessionId: 'constructor', column: '__proto__' },
      { sessionId: 'valueOf', column: 'toString' },
    ],
    expected: [
      ['bySession', 'constructor', 2],
      ['bySession', 'valueOf', 1],
      ['byColumn', 'toString', 2],
      ['byColumn', '__proto__', 1],
    ],
  },
];

for (const { description, input, expected } of commitmentCases) {
  test(`commitments: ${description} are counted and merged`, () => {
    const list = input.map((c, i): Commitment => ({
      id: `c${i}`,
      sessionId: 's1',
      createdAt: '2026-03-12T10:00:00Z',
      text: 'Make time to call someone in another sector',
      column: 'commitments',
      sector: null,
      status: 'visible',
      reactions: 0,
      ...c,
    }));
    const counts = countCommitments(list);
    const merged = mergeCommitmentCounts(JSON.parse(JSON.stringify(counts)), counts);
    for (const [record, key, n] of expected) {
      assert.equal(Object.getOwnPropertyDescriptor(counts[record as 'bySession'], key)?.value, n, key);
      assert.equal(Object.getOwnPropertyDescriptor(merged[record as 'bySession'], key)?.value, 2 * n, key);
    }
  });
}

test('a codebook code named like a prototype property counts its texts', () => {
  // as a codebook file is read: JSON.parse makes "__proto__" an ordinary key
  const codebook = JSON.parse('{"codes": {"constructor": ["time"], "__proto__": ["money"]}}');
  const a = analyseResponses(
    all.map((r, i) => ({ ...r, otherChallenge: { text: i % 2 ? 'no time' : 'no money', rating: 3 } })),
    { codebook, disclosure: 'none' },
  );
  assert.equal(Object.getOwnPropertyDescriptor(a.otherTexts.coded, 'constructor')?.value, 52);
  assert.equal(Object.getOwnPropertyDescriptor(a.otherTexts.coded, '__proto__')?.value, 53);
  const proposal = proposeMapping(['__proto__', 'constructor', 'Response ID']);
  assert.deepEqual(
    [...Object.keys(proposal.confidence), ...proposal.unmatched].sort(),
    ['Response ID', '__proto__', 'constructor'].sort(),
  );
});

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

const dir = mkdtempSync(join(tmpdir(), 'netweave-proto-'));
const file = join(dir, 'proto.csv');
writeFileSync(file, csvText);
const commitmentsFile = join(dir, 'commitments.csv');
writeFileSync(
  commitmentsFile,
  'commitment_id,session_id,created_at,column,text,sector,status\n' +
    [...Array(10)]
      .map((_, i) => `c${i},${SESSIONS[i % 2]},2026-03-12T10:00:00Z,__proto__,Book time ${i},nhs,visible`)
      .join('\n') +
    '\n',
);

const cliCases: { description: string; input: string[]; expected: { groups: string[] } }[] = [
  { description: 'aggregate --by session', input: ['--by', 'session'], expected: { groups: SESSIONS } },
  { description: 'aggregate --by region', input: ['--by', 'region'], expected: { groups: REGIONS } },
  {
    description: 'aggregate --by session,region',
    input: ['--by', 'session,region'],
    expected: { groups: [] },
  },
];

for (const { description, input, expected } of cliCases) {
  test(`netweave ${description}: prototype names as data give JSON with every group`, async () => {
    const r = await run('aggregate', file, commitmentsFile, ...input, '--disclosure', 'none');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.respondents, all.length);
    for (const key of expected.groups)
      assert.ok(
        json.groups.some((g: { key: string }) => g.key === key),
        key,
      );
    assert.equal(Object.keys(json.sessions).length, SESSIONS.length);
    assert.equal(json.commitments.byColumn['__proto__'], 10);
    assert.equal(json.commitments.bySession['constructor'], 5);
  });
}

test('netweave report by region with prototype names writes the report', async () => {
  const out = join(dir, 'report.html');
  const r = await run('report', file, '--by', 'region', '-o', out);
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(out, 'utf8');
  for (const name of REGIONS) assert.ok(html.includes(`${name} (15 respondents)`), name);
});
