import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainUtcTimestamp, scanId } from '../src/read/fast-checks.js';

test('the fast timestamp check agrees with Date.parse on real and impossible dates', () => {
  const cases = [
    '2026-03-12T10:30:00Z',
    '2024-02-29T23:59:59Z',
    '1999-12-31T00:00:00Z',
    '2000-01-01T12:00:00Z',
    '2026-01-01T00:00:00Z',
    '2026-03-12T10:30:00.000Z',
    '2026-03-12T10:30:00.987Z',
    new Date(Date.UTC(2028, 1, 29, 23, 59, 59, 999)).toISOString(),
  ];
  for (const c of cases) assert.equal(plainUtcTimestamp(c), Date.parse(c), c);
  for (const bad of [
    '2026-02-29T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-03-12T24:00:00Z',
    '2026-03-12 10:30:00Z',
    '2026-03-12T10:30:00',
    '2026-03-12T10:30:00.00Z', // fewer or more digits: readTimestamp's regular path
    '2026-03-12T10:30:00.0000Z',
    '2026-03-12T10:30:00.1a3Z',
    '2026-03-12T10:30:00,123Z',
    '2026-02-29T10:30:00.000Z',
    '9999-12-31T10:30:00.000Z',
  ]) {
    assert.ok(Number.isNaN(plainUtcTimestamp(bad)), bad);
  }
});

test('the fast id check accepts exactly the ids core accepts', () => {
  const core = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
  for (const id of [
    'r1',
    'a.b_c:d-e',
    '-r1',
    '',
    'r 1',
    'é1',
    '1',
    'x'.repeat(100),
    'x'.repeat(101),
    'r1\n',
  ]) {
    assert.equal(scanId(id, 100), core.test(id) && id.length <= 100, JSON.stringify(id));
  }
});

test('the fast timestamp check agrees with Date.parse in 1900–2199 and refuses the years outside, every day of every month', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let checked = 0;
  for (const year of [1850, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 2199, 2200, 2250]) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad((day * 7) % 24)}:${pad((day * 13) % 60)}:${pad((month * 11) % 60)}Z`;
        const inRange = year >= 1900 && year <= 2199; // core's rule, as the collector applies it
        const expected = inRange && new Date(text).getUTCDate() === day ? Date.parse(text) : NaN;
        assert.ok(Object.is(plainUtcTimestamp(text), expected), text);
        checked += 1;
      }
    }
  }
  assert.equal(checked, 11 * 12 * 31);
  for (const bad of [
    '2026-0a-12T10:30:00Z',
    '2026-03-1/T10:30:00Z',
    '20:6-03-12T10:30:00Z',
    '2026-03-12T10:3 :00Z',
  ])
    assert.ok(Number.isNaN(plainUtcTimestamp(bad)), bad);
});
