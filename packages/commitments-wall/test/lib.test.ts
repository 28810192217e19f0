import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCommitments, parseCsv, type Commitment } from '@netweave/core';
import { SortedCommitments } from '../src/lib/sorted.js';
import { parseColumns, TRIZ_COLUMNS } from '../src/lib/columns.js';
import { applyFilter, NO_FILTER } from '../src/lib/filter.js';
import { wallToCsv, wallToJson } from '../src/lib/export.js';

const card = (id: string, second: number, extra: Partial<Commitment> = {}): Commitment => ({
  id,
  sessionId: 's',
  createdAt: new Date(Date.UTC(2026, 2, 12, 10, 0, second)).toISOString(),
  text: `text ${id}`,
  column: 'commitments',
  sector: null,
  status: 'visible',
  reactions: 0,
  ...extra,
});

test('SortedCommitments keeps newest first through random inserts, updates and removals', () => {
  const list = new SortedCommitments();
  const all = new Map<string, Commitment>();
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 500; i++) {
    const roll = rand();
    if (roll < 0.6 || all.size === 0) {
      const c = card(`c${i}`, Math.floor(rand() * 50));
      list.upsert(c);
      all.set(c.id, c);
    } else if (roll < 0.8) {
      const id = [...all.keys()][Math.floor(rand() * all.size)]!;
      const c = { ...all.get(id)!, reactions: i };
      list.upsert(c);
      all.set(id, c);
    } else {
      const id = [...all.keys()][Math.floor(rand() * all.size)]!;
      assert.equal(list.remove(id), true);
      all.delete(id);
    }
    const expected = [...all.values()].sort(compareCommitments);
    assert.deepEqual(list.items, expected, `after step ${i}`);
  }
});

test('SortedCommitments.upsert says whether a card is new, and replaces the array (for renders)', () => {
  const list = new SortedCommitments();
  const before = list.items;
  assert.equal(list.upsert(card('a', 1)), true);
  assert.notEqual(list.items, before);
  assert.equal(list.upsert({ ...card('a', 1), reactions: 3 }), false);
  assert.equal(list.size, 1);
  assert.equal(list.get('a')!.reactions, 3);
  assert.equal(list.remove('missing'), false);
});

test('parseColumns reads small JSON configurations and rejects what it cannot use', () => {
  const cases: { description: string; input: unknown; expected: unknown }[] = [
    { description: 'not JSON', input: '[{', expected: [] },
    { description: 'not a list', input: '{"label":"A"}', expected: [] },
    {
      description: 'labels, ids from labels, palette colours only',
      input:
        '[{"label":"Keep doing","colour":"green","prompt":"What works?"},{"label":"Stop","colour":"red; background:url(x)"}]',
      expected: [
        { id: 'keep-doing', label: 'Keep doing', colour: 'green', prompt: 'What works?' },
        { id: 'stop', label: 'Stop', colour: undefined, prompt: undefined },
      ],
    },
    {
      description: 'bad ids replaced, duplicates made unique, entries without labels skipped',
      input: [{ id: '<x>', label: 'A' }, { id: 'a', label: 'A again' }, { colour: 'pink' }],
      expected: [
        { id: 'a', label: 'A', colour: undefined, prompt: undefined },
        { id: 'a-2', label: 'A again', colour: undefined, prompt: undefined },
      ],
    },
  ];
  for (const { description, input, expected } of cases)
    assert.deepEqual(parseColumns(input), expected, description);
  assert.equal(
    parseColumns(JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ label: `C${i}` })))).length,
    12,
  );
});

test('the TRIZ preset has three rounds in yellow, pink and green', () => {
  assert.deepEqual(
    TRIZ_COLUMNS.map((c) => c.colour),
    ['yellow', 'pink', 'green'],
  );
});

test('applyFilter matches sector, column and accent-insensitive text, and keeps order', () => {
  const items = [
    card('a', 3, { text: 'Caffi ŵyl', sector: 'vcse' }),
    card('b', 2, { text: 'Coffee', sector: 'nhs', column: 'x' }),
    card('c', 1, { text: 'wyl again', sector: 'nhs' }),
  ];
  assert.equal(applyFilter(items, NO_FILTER), items);
  assert.deepEqual(
    applyFilter(items, { ...NO_FILTER, search: 'WYL' }).map((c) => c.id),
    ['a', 'c'],
  );
  assert.deepEqual(
    applyFilter(items, { ...NO_FILTER, sector: 'nhs' }).map((c) => c.id),
    ['b', 'c'],
  );
  assert.deepEqual(
    applyFilter(items, { ...NO_FILTER, column: 'x' }).map((c) => c.id),
    ['b'],
  );
});

test('exports carry only stored fields; CSV has a BOM and neutralised formula cells', () => {
  const local = { ...card('a', 1, { text: '=1+1' }), sending: 'retrying' } as Commitment;
  const csv = wallToCsv([local]);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const rows = parseCsv(csv);
  assert.equal(rows[1]![rows[0]!.indexOf('text')], "'=1+1");
  const json = JSON.parse(wallToJson([local])) as Record<string, unknown>[];
  assert.equal('sending' in json[0]!, false);
  assert.equal(json[0]!.text, '=1+1');
});
