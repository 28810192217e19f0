import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnswers, rated, type Answers } from '../src/lib/answers.js';

const before: Answers = { ...emptyAnswers('r1'), ratings: { alpha: 2 } };

for (const { description, input, expected } of [
  {
    description: 'a scale point becomes a number, other ratings kept',
    input: { name: 'beta', value: '0' },
    expected: { ratings: { alpha: 2, beta: 0 } },
  },
  {
    description: '"Not sure" is kept as unsure (the radio stays ticked; the response has null)',
    input: { name: 'alpha', value: 'unsure' },
    expected: { ratings: { alpha: 'unsure' } },
  },
  {
    description: 'the other challenge has a rating of its own',
    input: { name: 'other-rating', value: '3' },
    expected: { otherRating: 3 },
  },
]) {
  test(`rated: ${description}`, () => {
    assert.deepEqual(rated(before, input.name, input.value), expected);
    assert.deepEqual(before.ratings, { alpha: 2 }, 'the answers given are not changed in place');
  });
}
