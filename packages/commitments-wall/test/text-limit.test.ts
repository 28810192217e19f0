import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textLimit } from '../src/lib/text-limit.js';

test('textLimit: max-length as the form applies it', () => {
  const cases: { description: string; input: number; expected: number }[] = [
    { description: 'a partner’s limit', input: 140, expected: 140 },
    { description: 'unset (0 or NaN from a bad attribute): the default', input: 0, expected: 280 },
    { description: 'NaN from a bad attribute: the default', input: Number.NaN, expected: 280 },
    { description: 'more than the model takes: the model’s limit', input: 5000, expected: 1000 },
    { description: 'negative: at least one character', input: -5, expected: 1 },
  ];
  for (const { description, input, expected } of cases) assert.equal(textLimit(input), expected, description);
});
