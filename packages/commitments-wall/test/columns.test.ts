import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnOf, parseColumns, wallColumns, type ColumnConfig } from '../src/lib/columns.js';

const board: ColumnConfig[] = [
  { id: 'ideas', label: 'Ideas' },
  { id: 'doing', label: 'Doing' },
];

test('columnOf puts a card in its own column, else in the board’s first', () => {
  const cases: { description: string; input: [string, ColumnConfig[]]; expected: string }[] = [
    { description: 'a column the board has', input: ['doing', board], expected: 'doing' },
    { description: 'a column the board no longer has', input: ['gone', board], expected: 'ideas' },
    { description: 'the default column on a board', input: ['commitments', board], expected: 'ideas' },
    { description: 'no board: no column', input: ['doing', []], expected: '' },
  ];
  for (const { description, input, expected } of cases)
    assert.equal(columnOf(...input), expected, description);
});

test('wallColumns: the TRIZ preset in the wall’s words, else the columns configuration', () => {
  const word = (key: string) => `<${key}>`;
  assert.deepEqual(
    wallColumns('triz', '[{"label":"Ignored"}]', word).map(({ id, label, prompt, colour }) => [
      id,
      label,
      prompt,
      colour,
    ]),
    [
      ['triz-worst', '<triz.worst>', '<triz.worst.prompt>', 'yellow'],
      ['triz-already', '<triz.already>', '<triz.already.prompt>', 'pink'],
      ['triz-stop', '<triz.stop>', '<triz.stop.prompt>', 'green'],
    ],
  );
  const json = '[{"label":"Ideas","colour":"blue"}]';
  assert.deepEqual(wallColumns(undefined, json, word), parseColumns(json));
  assert.deepEqual(wallColumns('other', undefined, word), []);
});
