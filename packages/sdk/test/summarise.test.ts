import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE, validateSummary, type AssessmentResponse } from '@netweave/model';
import { summarise } from '../src/index.js';

const ids = DEFAULT_CATALOGUE.challenges.map((c) => c.id);

function response(i: number, rating: number | null, sector: 'nhs' | 'vcse' = 'nhs'): AssessmentResponse {
  return {
    id: `r${i}`,
    sessionId: 's1',
    submittedAt: '2026-03-12T10:00:00Z',
    catalogueVersion: '2024.1',
    respondent: { sector, nation: 'wales', region: null },
    ratings: Object.fromEntries(ids.map((id) => [id, rating])),
    otherChallenge: null,
  };
}

test('summarise returns a valid FrequencySummary for the chart, recording the rule applied', () => {
  const responses = [...Array(40)].map((_, i) => response(i, i % 2 ? 4 : 1));
  const summary = summarise(responses, { disclosure: 'none' });
  assert.equal(validateSummary(summary).success, true);
  assert.equal(summary.respondents, 40);
  assert.equal(summary.disclosure.rule, 'none');
  assert.equal(summary.challenges[0]!.identified, 20);
  assert.equal(summary.challenges[0]!.base, 40);
  assert.equal(summary.challenges[0]!.proportion, 0.5);
});

test('summarise defaults to the nhs rule: small counts hidden, others rounded to 5', () => {
  const responses = [...Array(23)].map((_, i) => response(i, i < 3 ? 4 : 0));
  const summary = summarise(responses);
  assert.equal(summary.disclosure.rule, 'nhs');
  assert.equal(summary.respondents, 25);
  const c = summary.challenges[0]!;
  assert.equal(c.base, 25);
  assert.equal(c.identified, null);
  assert.equal(c.suppressed, true);
});

test('summarise groups by sector', () => {
  const responses = [...Array(30)].map((_, i) => response(i, 3, i < 12 ? 'vcse' : 'nhs'));
  const summary = summarise(responses, { by: 'sector', disclosure: 'survey' });
  assert.equal(validateSummary(summary).success, true);
  assert.deepEqual(
    summary.groups!.map((g) => [g.key, g.respondents]),
    [
      ['nhs', 18],
      ['vcse', 12],
    ],
  );
});
