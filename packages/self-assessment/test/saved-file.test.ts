import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AssessmentResponse } from '@netweave/core';
import { emptyAnswers, type Draft } from '../src/lib/answers.js';
import {
  HISTORY_KEPT,
  mergeHistory,
  readSavedFile,
  savedAssessment,
  savedFileName,
  savedFileText,
} from '../src/lib/saved-file.js';

const response = (id: string, submittedAt: string, alpha = 1): AssessmentResponse => ({
  id,
  sessionId: 'leeds-2026',
  submittedAt,
  catalogueVersion: 's1',
  respondent: { sector: null, nation: null, region: null },
  ratings: { alpha, beta: null },
  otherChallenge: null,
});

const draft: Draft = {
  answers: { ...emptyAnswers('r9'), ratings: { alpha: 2, beta: 'unsure' }, otherText: 'Parking' },
  step: 3,
  phase: 'questions',
};

const saved = () =>
  savedAssessment({
    session: 'leeds-2026',
    catalogue: { id: 'small', version: 's1' },
    draft,
    history: [response('r2', '2026-11-02T10:00:00Z'), response('r1', '2026-10-01T10:00:00Z')],
    savedAt: '2026-12-07T09:30:00.000Z',
  });

/** The saved file's JSON, changed by `edit`. */
const edited = (edit: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(savedFileText(saved())) as Record<string, unknown>;
  edit(file);
  return JSON.stringify(file);
};

test('a saved file reads back as it was written (round trip), history oldest first', () => {
  const text = savedFileText(saved());
  const read = readSavedFile(text);
  assert.ok('file' in read);
  assert.deepEqual(read.file, saved());
  assert.deepEqual(
    read.file.history.map((h) => h.id),
    ['r1', 'r2'],
  );
  assert.equal(read.file.draft?.answers.ratings.beta, 'unsure');
  // readable by a person: indented JSON that names itself
  assert.match(text, /^\{\n {2}"format": "netweave-self-assessment",\n {2}"version": 1,/);
});

test('a file saved with no answers in progress has a null draft and still reads', () => {
  const file = savedAssessment({
    session: 'default',
    catalogue: { id: 'c', version: '1' },
    draft: null,
    history: [],
  });
  const read = readSavedFile(savedFileText(file));
  assert.ok('file' in read);
  assert.equal(read.file.draft, null);
});

test('a byte order mark added by an editor is not a problem', () => {
  assert.ok('file' in readSavedFile('\uFEFF' + savedFileText(saved())));
});

test('the file is named for the day it was saved', () => {
  assert.equal(savedFileName(new Date(2026, 11, 7, 23, 59)), 'netweave-self-assessment-2026-12-07.json');
  assert.equal(savedFileName(new Date(2027, 0, 3)), 'netweave-self-assessment-2027-01-03.json');
});

for (const { description, input, expected } of [
  {
    description: 'not JSON is damaged',
    input: '{"format": "netweave-self-assess',
    expected: { problem: 'damaged' },
  },
  { description: 'an empty file is damaged', input: '', expected: { problem: 'damaged' } },
  {
    description: 'JSON without a format is foreign',
    input: '{"ratings": {}}',
    expected: { problem: 'foreign' },
  },
  { description: 'a list is foreign', input: '[1, 2]', expected: { problem: 'foreign' } },
  {
    description: 'another program’s format is foreign',
    input: edited((f) => (f.format = 'netweave-session-export')),
    expected: { problem: 'foreign' },
  },
  {
    description: 'a newer version is refused as newer, naming it',
    input: edited((f) => (f.version = 2)),
    expected: { problem: 'newer', version: 2 },
  },
  {
    description: 'a version that is not a whole number is damaged',
    input: edited((f) => (f.version = '1')),
    expected: { problem: 'damaged', field: 'version' },
  },
  {
    description: 'a missing date is damaged, naming savedAt',
    input: edited((f) => delete f.savedAt),
    expected: { problem: 'damaged', field: 'savedAt' },
  },
  {
    description: 'a session id with spaces names session',
    input: edited((f) => (f.session = 'my session')),
    expected: { problem: 'damaged', field: 'session' },
  },
  {
    description: 'a catalogue without a version names catalogue.version',
    input: edited((f) => (f.catalogue = { id: 'small' })),
    expected: { problem: 'damaged', field: 'catalogue.version' },
  },
  {
    description: 'a rating that is not a scale point or "unsure" names the rating',
    input: edited((f) => ((f.draft as Draft).answers.ratings.alpha = 'lots' as never)),
    expected: { problem: 'damaged', field: 'draft.answers.ratings.alpha' },
  },
  {
    description: 'an unknown phase names draft.phase',
    input: edited((f) => ((f.draft as Draft).phase = 'done' as never)),
    expected: { problem: 'damaged', field: 'draft.phase' },
  },
  {
    description: 'a history that is not a list names history',
    input: edited((f) => (f.history = {})),
    expected: { problem: 'damaged', field: 'history' },
  },
  {
    description: 'a completed assessment with a broken date names it by position',
    input: edited((f) => ((f.history as Record<string, unknown>[])[1]!.submittedAt = 'yesterday')),
    expected: { problem: 'damaged', field: 'history[1].submittedAt' },
  },
  {
    description: 'a rating of 1.5 in history names the rating',
    input: edited((f) => ((f.history as { ratings: Record<string, unknown> }[])[0]!.ratings.alpha = 1.5)),
    expected: { problem: 'damaged', field: 'history[0].ratings.alpha' },
  },
]) {
  test(`reading: ${description}`, () => assert.deepEqual(readSavedFile(input), expected));
}

test('merging: one of each assessment by id (this device’s copy kept), oldest first', () => {
  const mine = [response('a', '2026-01-01T00:00:00Z', 1), response('c', '2026-03-01T00:00:00Z')];
  const theirs = [response('b', '2026-02-01T00:00:00Z'), response('a', '2026-01-01T00:00:00Z', 2)];
  const merged = mergeHistory(mine, theirs);
  assert.deepEqual(
    merged.map((r) => r.id),
    ['a', 'b', 'c'],
  );
  assert.equal(merged[0]!.ratings.alpha, 1);
  // opening the same file twice adds nothing
  assert.deepEqual(mergeHistory(merged, theirs), merged);
});

test(`merging keeps the latest ${HISTORY_KEPT}`, () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    response(`r${i}`, new Date(Date.UTC(2026, 0, 1 + i)).toISOString()),
  );
  const merged = mergeHistory(many.slice(0, 30), many.slice(30));
  assert.equal(merged.length, HISTORY_KEPT);
  assert.equal(merged[0]!.id, 'r10');
  assert.equal(merged.at(-1)!.id, 'r59');
});
