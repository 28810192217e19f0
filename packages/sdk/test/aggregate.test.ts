import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '@netweave/model';
import {
  accumulate,
  analyse,
  codeText,
  compareChallenges,
  countCommitments,
  createGrouped,
  addGroupedRow,
  crossTab,
  mergeAccumulators,
  mergeGrouped,
  mergeResponses,
  medianOf,
  readCsv,
  type Analysis,
} from '../src/index.js';
import { csv, row } from './helpers.js';

const text = readFileSync(new URL('./fixtures/reference-responses.csv', import.meta.url), 'utf8');
const { responses } = readCsv(text);
const strip = (a: Analysis) => ({ ...a, generatedAt: '' });

test('partial accumulators merge into exactly the one-pass result (any split, any grouping)', () => {
  for (const by of [[], ['sector'], ['session', 'nation'], ['period:quarter']] as const) {
    const whole = analyse(accumulate(responses, DEFAULT_CATALOGUE, by, { reliability: true }), {
      catalogue: DEFAULT_CATALOGUE,
    });
    const parts = [responses.slice(0, 17), responses.slice(17, 150), responses.slice(150)].map((p) =>
      accumulate(p, DEFAULT_CATALOGUE, by, { reliability: true }),
    );
    const merged = analyse(mergeGrouped(...parts), { catalogue: DEFAULT_CATALOGUE });
    assert.deepEqual(strip(merged), strip(whole), `by ${by.join(',') || 'nothing'}`);
  }
});

test('accumulators survive JSON (for workers and machines) and still merge exactly', () => {
  const a = accumulate(responses.slice(0, 100), DEFAULT_CATALOGUE).total;
  const b = accumulate(responses.slice(100), DEFAULT_CATALOGUE).total;
  const viaJson = mergeAccumulators(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
  assert.deepEqual(viaJson, accumulate(responses, DEFAULT_CATALOGUE).total);
});

test('accumulators from different catalogues refuse to merge', () => {
  const a = accumulate([], DEFAULT_CATALOGUE).total;
  const other = { ...DEFAULT_CATALOGUE, challenges: DEFAULT_CATALOGUE.challenges.slice(1) };
  assert.throws(() => mergeAccumulators(a, accumulate([], other).total), /different catalogues/);
});

test('the median is exact from counts, including even numbers of ratings', () => {
  const scale = [0, 1, 2, 3, 4];
  const cases: [number[], number | null][] = [
    [[0, 0, 0, 0, 0], null],
    [[1, 0, 0, 0, 0], 0],
    [[1, 0, 0, 0, 1], 2],
    [[2, 1, 0, 0, 1], 0.5],
    [[0, 0, 3, 1, 0], 2],
  ];
  for (const [counts, expected] of cases) assert.equal(medianOf(counts, scale), expected, counts.join(','));
});

test('the threshold changes what counts as identified', () => {
  const rs = readCsv(
    csv(row('a', [2, 2, 2, 2, 2, 2, 2, 2, 2]), row('b', [4, 4, 4, 4, 4, 4, 4, 4, 4])),
  ).responses;
  const g = accumulate(rs, DEFAULT_CATALOGUE);
  assert.equal(analyse(g, { catalogue: DEFAULT_CATALOGUE }).challenges[0]!.identified, 1);
  assert.equal(analyse(g, { catalogue: DEFAULT_CATALOGUE, threshold: 2 }).challenges[0]!.identified, 2);
});

test('grouping by period uses the submission month, quarter or year; blanks group as "Not stated"', () => {
  const rs = readCsv(
    csv(
      row('a', undefined, { at: '2026-01-05T10:00:00Z', sector: '' }),
      row('b', undefined, { at: '2026-05-05T10:00:00Z' }),
    ),
  ).responses;
  assert.deepEqual(
    analyse(accumulate(rs, DEFAULT_CATALOGUE, ['period']), { catalogue: DEFAULT_CATALOGUE }).groups.map(
      (g) => g.key,
    ),
    ['2026-01', '2026-05'],
  );
  assert.deepEqual(
    analyse(accumulate(rs, DEFAULT_CATALOGUE, ['period:quarter']), {
      catalogue: DEFAULT_CATALOGUE,
    }).groups.map((g) => g.key),
    ['2026-Q1', '2026-Q2'],
  );
  const bySector = analyse(accumulate(rs, DEFAULT_CATALOGUE, ['sector']), { catalogue: DEFAULT_CATALOGUE });
  assert.deepEqual(
    bySector.groups.map((g) => g.label),
    ['NHS', 'Not stated'],
  );
});

test('a cross-tabulation lays out one challenge by two dimensions', () => {
  const analysis = analyse(accumulate(responses, DEFAULT_CATALOGUE, ['session', 'nation']), {
    catalogue: DEFAULT_CATALOGUE,
  });
  const table = crossTab(analysis, 'finding-the-time');
  assert.deepEqual(table.rows, ['s-feb', 's-jan', 's-mar']);
  const sum = table.cells.flat().reduce((n, c) => n + (c?.base ?? 0), 0);
  assert.equal(sum, analysis.challenges.find((c) => c.id === 'finding-the-time')!.base);
});

test('change between two sessions: difference with a Newcombe interval around it', () => {
  const analysis = analyse(accumulate(responses, DEFAULT_CATALOGUE, ['session']), {
    catalogue: DEFAULT_CATALOGUE,
  });
  const jan = analysis.groups.find((g) => g.key === 's-jan')!;
  const mar = analysis.groups.find((g) => g.key === 's-mar')!;
  for (const change of compareChallenges(jan.challenges, mar.challenges)) {
    assert.ok(change.difference !== null && change.interval !== null);
    assert.ok(change.interval[0] <= change.difference && change.difference <= change.interval[1]);
    assert.ok(change.interval[0] >= -1 && change.interval[1] <= 1);
  }
});

test('other-challenge texts are normalised, counted, coded; unmatched listed; personal data withheld', () => {
  const rs = readCsv(
    csv(
      row('a', undefined, { other: 'Funding!', otherRating: '3' }),
      row('b', undefined, { other: 'funding', otherRating: '4' }),
      row('c', undefined, { other: 'Not enough TIME', otherRating: '4' }),
      row('d', undefined, { other: 'email me at jo@example.org', otherRating: '2' }),
      row('e', undefined, { other: 'Cael gwasanaethau’n Gymraeg', otherRating: '3' }),
      row('f', undefined, { other: "cael gwasanaethau'n gymraeg", otherRating: '3' }),
    ),
  ).responses;
  const analysis = analyse(accumulate(rs, DEFAULT_CATALOGUE), {
    catalogue: DEFAULT_CATALOGUE,
    codebook: { codes: { 'finding-the-time': ['time'], funding: ['fund'] } },
  });
  const t = analysis.otherTexts;
  assert.deepEqual(
    t.texts.map((x) => [x.text, x.count, x.codes]),
    [
      // Counted together whatever their case, punctuation or apostrophe; shown as the first wrote it.
      ['Cael gwasanaethau’n Gymraeg', 2, []],
      ['Funding!', 2, ['funding']],
      ['Not enough TIME', 1, ['finding-the-time']],
    ],
  );
  assert.equal(t.withheld, 1);
  assert.equal(t.respondents, 6);
  // records keyed by data have no prototype (see prototype-keys.test.ts)
  assert.deepEqual({ ...t.coded }, { 'finding-the-time': 1, funding: 2 });
  assert.equal(analysis.other.base, 6);
  assert.ok(!JSON.stringify(analysis).includes('jo@example.org'));
});

test('the default codebook codes free text onto challenges', () => {
  assert.deepEqual(codeText('We never have the time or capacity'), ['finding-the-time']);
  assert.deepEqual(codeText('Getting sign off from senior managers'), ['hassles-with-hierarchies']);
  assert.deepEqual(codeText('Parking at the venue'), []);
});

test('commitments are counted by session, column and sector, and coded', () => {
  const { commitments } = readCsv(
    'commitment_id,session_id,created_at,column,text,sector,status\n' +
      'c1,s1,2026-03-12T10:00:00Z,commitments,Book time each week for weaving,third sector,visible\n' +
      'c2,s1,2026-03-12T10:01:00Z,green,Map who we know in housing,nhs,visible\n' +
      'c3,s2,2026-03-12T10:02:00Z,commitments,Bake a cake,,visible\n' +
      'c4,s2,2026-03-12T10:03:00Z,commitments,Removed post,,hidden\n',
  );
  const counts = countCommitments(commitments);
  assert.equal(counts.total, 3);
  assert.deepEqual({ ...counts.bySession }, { s1: 2, s2: 1 });
  assert.deepEqual({ ...counts.byColumn }, { commitments: 2, green: 1 });
  assert.deepEqual({ ...counts.bySector }, { vcse: 1, nhs: 1, '': 1 });
  assert.deepEqual({ ...counts.byCode }, { 'finding-the-time': 1, 'network-mapping': 1 });
  assert.equal(counts.unmatched, 1);
});

test('mergeResponses keeps provenance, drops identical copies and reports conflicts', () => {
  const one = readCsv(csv(row('a'), row('b')), { file: 'one.csv' });
  const two = readCsv(
    csv(row('a'), row('b', [0, 0, 0, 0, 0, 0, 0, 0, 0]), row('c', undefined, { session: 's2' })),
    { file: 'two.csv' },
  );
  const merged = mergeResponses([one, two]);
  assert.deepEqual(
    merged.responses.map((r) => r.id),
    ['a', 'b', 'c'],
  );
  assert.equal(merged.duplicates, 1);
  assert.equal(merged.conflicts, 1);
  assert.deepEqual(merged.provenance[2], {
    file: 'two.csv',
    row: 4,
    sessionId: 's2',
    catalogueVersion: '2024.1',
  });
  assert.match(
    merged.issues.find((i) => i.code === 'duplicate-conflict')!.message,
    /two\.csv, row 3.*one\.csv, row 3/,
  );
});

test('rows streamed into a grouped accumulator equal accumulate() over the same responses', () => {
  const g = createGrouped(DEFAULT_CATALOGUE, ['sector']);
  readCsv(text, { onRow: (v) => addGroupedRow(g, v) });
  assert.deepEqual(
    strip(analyse(g, { catalogue: DEFAULT_CATALOGUE })),
    strip(analyse(accumulate(responses, DEFAULT_CATALOGUE, ['sector']), { catalogue: DEFAULT_CATALOGUE })),
  );
});
