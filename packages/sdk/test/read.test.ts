import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readCsv, readJson, createIdSet } from '../src/index.js';
import { readStream } from '../src/node/index.js';
import { HEADER, csv, row } from './helpers.js';

const cases: {
  description: string;
  input: string;
  expected: { kept: number; issues: [number, string, string][] };
}[] = [
  { description: 'a clean file', input: csv(row('a'), row('b')), expected: { kept: 2, issues: [] } },
  {
    description: 'a rating outside the scale is reported with row and column; the row is left out',
    input: csv(row('a'), row('b', [3, 7, 3, 3, 3, 3, 3, 3, 3])),
    expected: { kept: 1, issues: [[3, 'evaluating-your-network', 'not-on-scale']] },
  },
  {
    description: 'a bad date',
    input: csv(
      row('a', undefined, { at: '2026-02-30T10:00:00Z' }),
      row('b', undefined, { at: '12/03/2026' }),
    ),
    expected: {
      kept: 0,
      issues: [
        [2, 'submitted_at', 'date'],
        [3, 'submitted_at', 'date'],
      ],
    },
  },
  {
    description: 'identical duplicates are dropped, conflicting ones reported and left out',
    input: csv(row('a'), row('a'), row('a', [0, 0, 0, 0, 0, 0, 0, 0, 0])),
    expected: {
      kept: 1,
      issues: [
        [3, 'response_id', 'duplicate-identical'],
        [4, 'response_id', 'duplicate-conflict'],
      ],
    },
  },
  {
    description: 'an unknown challenge column is reported and ignored; rows are kept',
    input: HEADER.replace('peer-support', 'peer-mentoring') + '\n' + row('a') + '\n',
    expected: { kept: 1, issues: [[1, 'peer-mentoring', 'unknown-column']] },
  },
  {
    description: 'a missing required column stops the file',
    input: HEADER.replace('submitted_at,', '') + '\n' + 'a,s1,2024.1,nhs,wales,,3,3,3,3,3,3,3,3,3,,\n',
    expected: { kept: 0, issues: [[1, 'submitted_at', 'missing-column']] },
  },
  {
    description: 'an unterminated quote is reported, rows before it are kept',
    input: csv(row('a'), row('b', undefined, { region: '"Cardiff' }), row('c')),
    expected: { kept: 1, issues: [[3, '', 'unterminated-quote']] },
  },
  {
    description: 'a row with too few values',
    input: csv(row('a'), 'b,s1,2026-03-12T10:00:00Z'),
    expected: { kept: 1, issues: [[3, '', 'field-count']] },
  },
  {
    description: 'an unknown sector is kept blank with a warning; synonyms are normalised silently',
    input: csv(
      row('a', undefined, { sector: 'Martian' }),
      row('b', undefined, { sector: 'third sector', nation: 'Cymru' }),
    ),
    expected: { kept: 2, issues: [[2, 'sector', 'unknown-value']] },
  },
  { description: 'an empty file', input: '', expected: { kept: 0, issues: [[0, '', 'empty-file']] } },
  {
    description: 'a file that is not a netweave export',
    input: 'name,age\nAda,36\n',
    expected: { kept: 0, issues: [[0, '', 'not-csv']] },
  },
  {
    description: 'a bad response id',
    input: csv(row('-bad'), row('ok')),
    expected: { kept: 1, issues: [[2, 'response_id', 'id-format']] },
  },
];

for (const { description, input, expected } of cases) {
  test(`readCsv: ${description}`, () => {
    const result = readCsv(input, { file: 'f.csv' });
    assert.equal(result.responses.length, expected.kept);
    assert.deepEqual(
      result.issues.map((i) => [i.row, i.column, i.code]),
      expected.issues,
    );
    for (const issue of result.issues) assert.match(issue.message, /^f\.csv/);
  });
}

test('readCsv normalises sector and nation synonyms and keeps text as text', () => {
  const { responses } = readCsv(
    csv(row('007', undefined, { sector: 'Voluntary', nation: 'Cymru', region: '0123' })),
  );
  assert.equal(responses[0]!.id, '007');
  assert.equal(responses[0]!.respondent.sector, 'vcse');
  assert.equal(responses[0]!.respondent.nation, 'wales');
  assert.equal(responses[0]!.respondent.region, '0123');
});

test('strict mode stops at the first error', () => {
  const input = csv(row('a', [9, 3, 3, 3, 3, 3, 3, 3, 3]), row('b', [9, 3, 3, 3, 3, 3, 3, 3, 3]), row('c'));
  const result = readCsv(input, { strict: true });
  assert.equal(result.stats.errors, 1);
  assert.equal(result.stats.stopped, true);
  assert.equal(result.responses.length, 0);
});

test('hostile input never throws or hangs', () => {
  const junk = [
    '"',
    '""""',
    '\u0000\u0001',
    'a,"b\n',
    HEADER + '\n"',
    HEADER + '\n' + ','.repeat(5000),
    '\uFEFF' + HEADER + '\n' + 'x'.repeat(100_000),
  ];
  for (const input of junk) assert.doesNotThrow(() => readCsv(input));
});

test('a BOM is ignored and CRLF line ends are read', () => {
  const result = readCsv('\uFEFF' + csv(row('a'), row('b')).replace(/\n/g, '\r\n'));
  assert.equal(result.responses.length, 2);
  assert.deepEqual(result.issues, []);
});

test('Welsh letters and emoji split across stream chunks survive (setEncoding utf8)', async () => {
  const text = csv(row('a', undefined, { other: 'Cael gwasanaethau’n Gymraeg: ŵ ŷ 🙂', otherRating: '3' }));
  const bytes = Buffer.from(text, 'utf8');
  // 1-byte chunks split every multi-byte character
  const chunks = [...bytes].map((b) => Buffer.from([b]));
  const result = await readStream(Readable.from(chunks, { objectMode: false }));
  assert.equal(result.responses[0]!.otherChallenge!.text, 'Cael gwasanaethau’n Gymraeg: ŵ ŷ 🙂');
});

test('duplicates are found across files when they share an id set', () => {
  const ids = createIdSet();
  readCsv(csv(row('a')), { file: 'one.csv', ids });
  const second = readCsv(csv(row('a', [0, 0, 0, 0, 0, 0, 0, 0, 0])), { file: 'two.csv', ids });
  assert.equal(second.issues[0]!.code, 'duplicate-conflict');
  assert.match(second.issues[0]!.message, /one\.csv, row 2/);
});

test('readJson validates each item with core and keeps the good ones', () => {
  const good = {
    id: 'j1',
    sessionId: 's1',
    submittedAt: '2026-03-12T10:00:00Z',
    catalogueVersion: '2024.1',
    respondent: { sector: 'third sector' },
    ratings: { 'finding-the-time': 4 },
  };
  const bad = { ...good, id: 'j2', ratings: { 'finding-the-time': 9 } };
  const result = readJson(JSON.stringify({ responses: [good, bad] }), { file: 'r.json' });
  assert.equal(result.responses.length, 1);
  assert.equal(result.responses[0]!.respondent.sector, 'vcse');
  assert.deepEqual(
    result.issues.map((i) => [i.row, i.code]),
    [[3, 'not-on-scale']],
  );
  assert.equal(readJson('{oops', { file: 'x.json' }).issues[0]!.code, 'invalid-json');
});

test('issue messages are available in Welsh', () => {
  const result = readCsv(csv(row('a', [7, 3, 3, 3, 3, 3, 3, 3, 3])), { file: 'f.csv', locale: 'cy' });
  assert.match(
    result.issues[0]!.message,
    /rhes 2, colofn "building-relationships": rhaid iddo fod yn un o werthoedd y raddfa/,
  );
});

test('a file full of bad rows: every error is counted, only the first maxIssues are kept', () => {
  const lines = [...Array(5000)].map((_, i) =>
    row(`r${i}`, [9, 3, 3, 3, 3, 3, 3, 3, 3], { sector: `sector ${i}` }),
  );
  const result = readCsv(csv(...lines), { maxIssues: 10 });
  assert.equal(result.issues.length, 10);
  assert.equal(result.stats.errors, 5000);
  assert.equal(result.stats.rejected, 5000);
});
