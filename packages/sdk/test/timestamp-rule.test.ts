/**
 * One rule for timestamps (issue 15): a `submitted_at` or `created_at` the collector accepts is read
 * by the SDK, and one it refuses is left out with the `date` problem, so the public summary and an
 * evaluator's figures count the same responses. Every case goes through core's own validator and
 * through the SDK's readers; the expected verdict is written down too, so a change to core's rule
 * shows up here as a conscious one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateResponse } from '@netweave/model';
import { readCsv } from '../src/index.js';
import { csv, row } from './helpers.js';

const cases: { description: string; input: string; expected: boolean }[] = [
  { description: 'the usual UTC form', input: '2026-03-12T10:30:00Z', expected: true },
  { description: '29 February in a leap year', input: '2028-02-29T10:00:00Z', expected: true },
  { description: '29 February outside a leap year', input: '2026-02-29T10:00:00Z', expected: false },
  { description: '29 February 2000 (divisible by 400)', input: '2000-02-29T10:00:00Z', expected: true },
  {
    description: '29 February 2100 (a century, not a leap year)',
    input: '2100-02-29T10:00:00Z',
    expected: false,
  },
  { description: '31 February', input: '2026-02-31T10:00:00Z', expected: false },
  { description: '31 April', input: '2026-04-31T10:00:00Z', expected: false },
  { description: 'the last second before 1900', input: '1899-12-31T23:59:59Z', expected: false },
  { description: 'the first second of 1900', input: '1900-01-01T00:00:00Z', expected: true },
  { description: 'the last second of 2199', input: '2199-12-31T23:59:59Z', expected: true },
  { description: 'the first second of 2200', input: '2200-01-01T00:00:00Z', expected: false },
  { description: 'the year 0000', input: '0000-01-01T10:00:00Z', expected: false },
  { description: 'the year 9999', input: '9999-12-31T10:00:00Z', expected: false },
  { description: 'the year 0000 with an offset', input: '0000-01-01T10:00:00+01:00', expected: false },
  { description: 'the year 9999 with fractional seconds', input: '9999-12-31T10:00:00.5Z', expected: false },
  { description: 'an offset +01:00', input: '2026-03-12T10:30:00+01:00', expected: true },
  { description: 'an offset -05:00', input: '2026-03-12T10:30:00-05:00', expected: true },
  { description: 'an offset without a colon', input: '2026-03-12T10:30:00+0100', expected: true },
  { description: 'an offset in hours only', input: '2026-03-12T10:30:00+01', expected: true },
  { description: 'a space before the offset', input: '2026-03-12T10:30:00 +01:00', expected: true },
  { description: 'an offset of 24 hours', input: '2026-03-12T10:30:00+24:00', expected: false },
  { description: 'an offset with 60 minutes', input: '2026-03-12T10:30:00+01:60', expected: false },
  { description: 'milliseconds, as toISOString writes', input: '2026-03-12T10:00:00.000Z', expected: true },
  { description: 'milliseconds on 31 February', input: '2026-02-31T10:00:00.000Z', expected: false },
  { description: 'milliseconds in the year 9999', input: '9999-12-31T10:00:00.000Z', expected: false },
  { description: 'milliseconds at the end of 2199', input: '2199-12-31T23:59:59.999Z', expected: true },
  { description: 'one fractional digit', input: '2026-03-12T10:00:00.5Z', expected: true },
  { description: 'nine fractional digits', input: '2026-03-12T10:00:00.123456789Z', expected: true },
  { description: 'ten fractional digits', input: '2026-03-12T10:00:00.1234567890Z', expected: false },
  { description: 'a point with no digits', input: '2026-03-12T10:00:00.Z', expected: false },
  { description: 'a space instead of T', input: '2026-03-12 10:30:00Z', expected: true },
  { description: 'a lowercase t', input: '2026-03-12t10:30:00Z', expected: false },
  { description: 'a lowercase z', input: '2026-03-12T10:30:00z', expected: false },
  { description: 'no zone', input: '2026-03-12T10:30:00', expected: false },
  { description: 'no seconds', input: '2026-03-12T10:30Z', expected: false },
  { description: 'a date alone', input: '2026-03-12', expected: false },
  { description: 'hour 24', input: '2026-03-12T24:00:00Z', expected: false },
  { description: 'second 60 (a leap second)', input: '2016-12-31T23:59:60Z', expected: false },
  { description: 'month 13', input: '2026-13-01T10:00:00Z', expected: false },
  { description: 'day 00', input: '2026-03-00T10:00:00Z', expected: false },
  { description: 'a five-digit year', input: '+02026-03-12T10:30:00Z', expected: false },
  { description: 'a leading space', input: ' 2026-03-12T10:30:00Z', expected: false },
  { description: 'a trailing space', input: '2026-03-12T10:30:00Z ', expected: false },
  { description: 'a UK date', input: '12/03/2026 10:30', expected: false },
];

const goodResponse = {
  id: 'r-1',
  sessionId: 's1',
  submittedAt: '2026-03-12T10:00:00Z',
  catalogueVersion: '2024.1',
  ratings: {},
};

const coreAccepts = (text: string) => validateResponse({ ...goodResponse, submittedAt: text }).success;

/** CSV-quoted, so that a value with a space or a sign survives as written. */
const quoted = (text: string) => `"${text}"`;

test('the expected verdicts are core’s own (the collector’s rule)', () => {
  for (const { description, input, expected } of cases)
    assert.equal(coreAccepts(input), expected, `${description}: ${JSON.stringify(input)}`);
});

for (const { description, input, expected } of cases) {
  test(`submitted_at and created_at agree with core: ${description} (${JSON.stringify(input)})`, () => {
    const responses = readCsv(csv(row('r1', undefined, { at: quoted(input) })), { file: 'f.csv' });
    assert.equal(responses.responses.length, expected ? 1 : 0, 'submitted_at kept');
    assert.deepEqual(
      responses.issues.map((i) => [i.row, i.column, i.code]),
      expected ? [] : [[2, 'submitted_at', 'date']],
    );
    if (expected) assert.equal(Number.isNaN(Date.parse(responses.responses[0]!.submittedAt)), false);

    const commitments = readCsv(
      'commitment_id,session_id,created_at,column,text,sector,status\n' +
        `c1,s1,${quoted(input)},commitments,Book time for weaving,nhs,visible\n`,
      { file: 'c.csv' },
    );
    assert.equal(commitments.commitments.length, expected ? 1 : 0, 'created_at kept');
    assert.deepEqual(
      commitments.issues.map((i) => [i.row, i.column, i.code]),
      expected ? [] : [[2, 'created_at', 'date']],
    );
  });
}

test('a timestamp is placed in time by its offset, to the millisecond', () => {
  const times: number[] = [];
  // onRow sees each kept row's view (and the result then holds no responses)
  const at = (text: string) =>
    readCsv(csv(row('r1', undefined, { at: quoted(text) })), {
      onRow: (view) => times.push(view.submittedMs),
    }).stats.accepted;
  for (const text of [
    '2026-03-12T10:30:00+01:00',
    '2026-03-12T10:30:00 +01',
    '2026-03-12T10:30:00+0100',
    '2026-03-12 09:30:00Z',
    '2026-03-12T09:30:00.000Z',
    '2026-03-12T04:30:00-05:00',
  ])
    assert.equal(at(text), 1, text);
  assert.deepEqual(times, Array(6).fill(Date.UTC(2026, 2, 12, 9, 30)));
  times.length = 0;
  at('2026-03-12T09:30:00.123456789Z');
  at('2026-03-12T09:30:00.123Z');
  at('2026-03-12T09:30:00.12Z');
  assert.deepEqual(times, [
    Date.UTC(2026, 2, 12, 9, 30, 0, 123),
    Date.UTC(2026, 2, 12, 9, 30, 0, 123),
    Date.UTC(2026, 2, 12, 9, 30, 0, 120),
  ]);
});

test('an out-of-range year is refused with file, row and column, in English and Welsh', () => {
  const input = csv(row('r1', undefined, { at: '9999-12-31T10:00:00Z' }));
  const [en] = readCsv(input, { file: 'f.csv' }).issues;
  const [cy] = readCsv(input, { file: 'f.csv', locale: 'cy' }).issues;
  assert.equal(
    en!.message,
    'f.csv, row 2, column "submitted_at": must be a date and time from 1900 to 2199, such as 2026-03-12T10:30:00Z (found "9999-12-31T10:00:00Z")',
  );
  assert.equal(
    cy!.message,
    'f.csv, rhes 2, colofn "submitted_at": rhaid iddo fod yn ddyddiad ac amser rhwng 1900 a 2199, fel 2026-03-12T10:30:00Z (canfuwyd "9999-12-31T10:00:00Z")',
  );
});
