import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE, type AssessmentResponse, type Catalogue } from '@netweave/core';
import { compare, topAreas } from '../src/lib/results.js';
import { emptyAnswers, missing, readDraft, toResponse } from '../src/lib/answers.js';

const cat: Catalogue = {
  ...DEFAULT_CATALOGUE,
  challenges: DEFAULT_CATALOGUE.challenges.slice(0, 3),
  threshold: 3,
};
const [a, b, c] = cat.challenges.map((x) => x.id) as [string, string, string];
const resp = (
  ratings: Record<string, number | null>,
  other: AssessmentResponse['otherChallenge'] = null,
): AssessmentResponse => ({
  id: 'r1',
  sessionId: 's',
  submittedAt: '2026-03-12T10:00:00.000Z',
  catalogueVersion: cat.version,
  respondent: { sector: null, nation: null, region: null },
  ratings,
  otherChallenge: other,
});

for (const { description, input, expected } of [
  {
    description: 'one clear highest',
    input: resp({ [a]: 4, [b]: 3, [c]: 1 }),
    expected: { ids: [a], rating: 4, other: false },
  },
  {
    description: 'a tie keeps every tied challenge, in catalogue order',
    input: resp({ [c]: 3, [a]: 3, [b]: 1 }),
    expected: { ids: [a, c], rating: 3, other: false },
  },
  {
    description: 'nothing at the threshold: no top areas',
    input: resp({ [a]: 2, [b]: 2, [c]: 0 }),
    expected: { ids: [], rating: null, other: false },
  },
  {
    description: '"Not sure" (null) never counts',
    input: resp({ [a]: null, [b]: null, [c]: null }),
    expected: { ids: [], rating: null, other: false },
  },
  {
    description: 'the other challenge can share first place',
    input: resp({ [a]: 4, [b]: 0, [c]: 0 }, { text: 'Funding', rating: 4 }),
    expected: { ids: [a], rating: 4, other: true },
  },
  {
    description: 'the other challenge alone at the top leaves no catalogue challenge',
    input: resp({ [a]: 3, [b]: 0, [c]: 0 }, { text: 'Funding', rating: 4 }),
    expected: { ids: [], rating: 4, other: true },
  },
]) {
  test(`topAreas: ${description}`, () => {
    const top = topAreas(input, cat);
    assert.deepEqual(
      { ids: top.challenges.map((x) => x.id), rating: top.rating, other: top.other },
      expected,
    );
  });
}

test('compare: higher, lower, same, and cannot compare when either is unanswered', () => {
  assert.deepEqual(compare(resp({ [a]: 4, [b]: 1, [c]: null }), resp({ [a]: 2, [b]: 3, [c]: 2 }), cat), {
    [a]: 'higher',
    [b]: 'lower',
    [c]: 'na',
  });
  assert.deepEqual(compare(resp({ [a]: 2, [b]: 2, [c]: 2 }), resp({ [a]: 2, [b]: 2 }), cat)[c], 'na');
  assert.equal(compare(resp({ [a]: 2 }), resp({ [a]: 2 }), cat)[a], 'same');
});

test('toResponse: "Not sure" and unanswered become null; off-scale values are dropped', () => {
  const answers = {
    ...emptyAnswers('x'),
    ratings: { [a]: 'unsure' as const, [b]: 99 },
    otherText: '  Funding ',
    otherRating: 2,
    region: ' ',
  };
  const r = toResponse(answers, cat, 'sess', '2026-03-12T10:00:00.000Z');
  assert.deepEqual(r.ratings, { [a]: null, [b]: null, [c]: null });
  assert.deepEqual(r.otherChallenge, { text: 'Funding', rating: 2 });
  assert.deepEqual(r.respondent, { sector: null, nation: null, region: null });
});

test('missing: every unanswered challenge, and the other rating only once it is described', () => {
  assert.deepEqual(missing({ ...emptyAnswers('x'), ratings: { [a]: 'unsure' } }, cat), [b, c]);
  assert.deepEqual(
    missing({ ...emptyAnswers('x'), ratings: { [a]: 1, [b]: 1, [c]: 1 }, otherText: 'Funding' }, cat),
    ['other'],
  );
});

test('readDraft: refuses data that is not a draft', () => {
  assert.equal(readDraft({ something: 'else' }), undefined);
  assert.equal(readDraft(null), undefined);
  assert.equal(readDraft({ answers: { id: 'x', ratings: {} }, step: 2, phase: 'results' })?.phase, 'results');
});
