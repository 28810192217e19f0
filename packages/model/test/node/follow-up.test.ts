import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_DEFAULT_DAYS,
  FOLLOW_UP_NOTE_MAX,
  followUpDueAt,
  followUpKey,
  hasFollowUps,
  hasResume,
  outboxCy,
  outboxEn,
  problemKey,
  validateFollowUp,
  type NewFollowUp,
} from '../../src/index.js';

const good: NewFollowUp = {
  id: 'f-1',
  sessionId: 'leeds-2026-03',
  commitmentId: 'c-1',
  answer: 'started',
  note: 'Met the council’s team twice.',
  answeredAt: '2026-04-09T10:30:00Z',
};

describe('follow-ups', () => {
  it('offer done, started and not yet, and ask after four weeks', () => {
    assert.deepEqual([...FOLLOW_UP_ANSWERS], ['done', 'started', 'not-yet']);
    assert.equal(FOLLOW_UP_DEFAULT_DAYS, 28);
    assert.equal(followUpDueAt('2026-03-12T10:30:00.000Z'), '2026-04-09T10:30:00.000Z');
    assert.equal(followUpDueAt('2026-03-12T10:30:00.000Z', 7), '2026-03-19T10:30:00.000Z');
    assert.equal(followUpKey('leeds', 'c-1'), 'follow-up:leeds:c-1');
  });

  it('accept a good follow-up as it is, with or without a note', () => {
    assert.deepEqual(validateFollowUp(good), { success: true, value: good, issues: [] });
    const { note: _note, ...noNote } = good;
    for (const answer of FOLLOW_UP_ANSWERS) {
      const r = validateFollowUp({ ...noNote, answer });
      assert.ok(r.success, answer);
      assert.deepEqual(r.value, { ...noNote, answer });
    }
  });

  it('trim the note, and drop one left blank', () => {
    assert.equal(validateFollowUp({ ...good, note: '  Done it.  ' }).value?.note, 'Done it.');
    const blank = validateFollowUp({ ...good, note: '   ' });
    assert.ok(blank.success);
    assert.ok(!('note' in blank.value), 'a blank note is no note');
    assert.ok(validateFollowUp({ ...good, note: 'x'.repeat(FOLLOW_UP_NOTE_MAX) }).success);
  });

  const refused: Array<{ description: string; input: unknown; path: string; en: string; cy?: string }> = [
    {
      description: 'an answer that is not offered',
      input: { ...good, answer: 'maybe' },
      path: 'answer',
      en: 'answer: must be one of: done, started, not-yet',
      cy: 'answer: rhaid iddo fod yn un o’r canlynol: done, started, not-yet',
    },
    {
      description: 'a note that is too long',
      input: { ...good, note: 'x'.repeat(FOLLOW_UP_NOTE_MAX + 1) },
      path: 'note',
      en: 'note: must be at most 280 characters long',
    },
    {
      description: 'no commitment',
      input: { ...good, commitmentId: undefined },
      path: 'commitmentId',
      en: 'commitmentId: is missing',
      cy: 'commitmentId: ar goll',
    },
    {
      description: 'a commitment id with a slash',
      input: { ...good, commitmentId: 'c/1' },
      path: 'commitmentId',
      en: 'commitmentId: must use only letters, numbers, dots, hyphens, colons or underscores, starting with a letter or number',
    },
    {
      description: 'a date that does not exist',
      input: { ...good, answeredAt: '2026-02-30T10:00:00Z' },
      path: 'answeredAt',
      en: 'answeredAt: must be a date and time such as 2026-03-12T10:30:00Z',
    },
    {
      description: 'a status set by the sender',
      input: { ...good, status: 'visible' },
      path: 'status',
      en: 'status: is not a field that can be set here',
    },
    {
      description: 'a sector set by the sender (the collector copies the commitment’s)',
      input: { ...good, sector: 'nhs' },
      path: 'sector',
      en: 'sector: is not a field that can be set here',
    },
    {
      description: 'a note that is not text',
      input: { ...good, note: 3 },
      path: 'note',
      en: 'note: must be text',
    },
    {
      description: 'not an object',
      input: 'done',
      path: '',
      en: 'The data: must be an object with named fields',
    },
  ];
  for (const { description, input, path, en, cy } of refused)
    it(`refuse ${description}, naming the field`, () => {
      const r = validateFollowUp(input);
      assert.equal(r.success, false);
      assert.deepEqual(
        r.issues.map((i) => [i.path, i.message]),
        [[path, en]],
      );
      if (cy) assert.equal(validateFollowUp(input, { locale: 'cy' }).issues[0]?.message, cy);
    });

  it('name the place with a prefix', () => {
    assert.equal(
      validateFollowUp({ ...good, answer: '' }, { at: 'followUps[3]' }).issues[0]?.path,
      'followUps[3].answer',
    );
  });
});

describe('store guards', () => {
  it('tell stores that send follow-ups and keep resume entries from others', () => {
    const plain = { submitResponse() {} };
    assert.equal(hasFollowUps(plain), false);
    assert.equal(hasResume(plain), false);
    assert.equal(hasFollowUps({ submitFollowUp() {} }), true);
    assert.equal(hasResume({ saveResume() {}, loadResume() {}, deleteResume() {} }), true);
  });
});

describe('follow-ups refused by a collector', () => {
  const cases = [
    {
      code: 'commitment-not-found',
      en: 'The commitment it answers is no longer on the collector.',
      cy: 'Nid yw’r ymrwymiad y mae’n ei ateb ar y casglwr mwyach.',
    },
    {
      code: 'not-your-commitment',
      en: 'Only the device that posted the commitment can say how it has gone.',
      cy: 'Dim ond y ddyfais a bostiodd yr ymrwymiad all ddweud sut mae wedi mynd.',
    },
    {
      code: 'session-deleted',
      en: 'This session has been deleted from the collector, with its commitments.',
      cy: 'Mae’r sesiwn hon wedi’i dileu o’r casglwr, gyda’i hymrwymiadau.',
    },
  ];
  for (const { code, en, cy } of cases)
    it(`say why in plain words, in English and Welsh (${code})`, () => {
      const key = problemKey(code);
      assert.equal(outboxEn[key], en);
      assert.equal(outboxCy[key], cy);
    });
});
