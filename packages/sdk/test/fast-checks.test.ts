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
  ];
  for (const c of cases) assert.equal(plainUtcTimestamp(c), Date.parse(c), c);
  for (const bad of [
    '2026-02-29T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-03-12T24:00:00Z',
    '2026-03-12 10:30:00Z',
    '2026-03-12T10:30:00',
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
