// The TRIZ board's pure rules (src/triz/lib/board.ts), table-driven: what a person would see go
// wrong if one broke (the wrong round number, a clock that runs in a pause, an action offered in
// the wrong round, a refusal told in the wrong words, time up said twice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreError, TRIZ_AGENDA, type RoundState, type TrizNote } from '@netweave/core';
import {
  addState,
  clockText,
  historySteps,
  noteActions,
  reasonKey,
  refusalCode,
  roundAfter,
  roundNews,
  roundPosition,
  roundStatus,
  sections,
} from '../src/triz/lib/board.js';
import { trizBoardStrings } from '../src/triz/strings.js';

const round = (fields: Partial<RoundState>): RoundState => ({
  kind: 'worst',
  phase: 'running',
  leftMs: 60_000,
  locked: false,
  version: 1,
  ...fields,
});

const at = (i: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, i)).toISOString();
const note = (id: string, history: TrizNote['state'][], votes = 0): TrizNote => ({
  id,
  sessionId: 's',
  group: 'g1',
  text: id,
  state: history[history.length - 1]!,
  history: history.map((state, i) => ({ state, at: at(i + votes) })),
  votes,
  createdAt: at(0),
  status: 'visible',
});

test('roundPosition: the round among the TRIZ rounds of the agenda, the closing sentence not counted', () => {
  const cases = [
    {
      description: 'default agenda, round 1',
      agenda: undefined,
      kind: 'worst',
      expected: { n: 1, total: 3 },
    },
    {
      description: 'default agenda, round 3',
      agenda: TRIZ_AGENDA,
      kind: 'stop',
      expected: { n: 3, total: 3 },
    },
    { description: 'before any round', agenda: TRIZ_AGENDA, kind: null, expected: { n: 1, total: 3 } },
    {
      description: 'an agenda of two rounds',
      agenda: [
        { kind: 'already', minutes: 5 },
        { kind: 'stop', minutes: 5 },
      ],
      kind: 'stop',
      expected: { n: 2, total: 2 },
    },
    {
      description: 'a round the agenda lacks takes its usual place',
      agenda: [{ kind: 'stop', minutes: 5 }],
      kind: 'worst',
      expected: { n: 1, total: 1 },
    },
  ] as const;
  for (const c of cases) assert.deepEqual(roundPosition(c.agenda, c.kind), c.expected, c.description);
});

test('roundAfter and clockText: a running round counts down on the device clock; a paused one stands still', () => {
  const cases = [
    {
      description: 'running, 1.5 s later',
      round: round({ leftMs: 65_000 }),
      elapsed: 1_500,
      expected: '1:04',
    },
    {
      description: 'running, exactly at the end',
      round: round({ leftMs: 5_000 }),
      elapsed: 5_000,
      expected: '0:00',
    },
    {
      description: 'running, past the end: never negative',
      round: round({ leftMs: 5_000 }),
      elapsed: 9_000,
      expected: '0:00',
    },
    {
      description: 'paused: stands still',
      round: round({ phase: 'paused', leftMs: 192_000 }),
      elapsed: 60_000,
      expected: '3:12',
    },
    {
      description: 'long rounds in minutes',
      round: round({ leftMs: 61 * 60_000 }),
      elapsed: 0,
      expected: '61:00',
    },
    {
      description: 'a part second rounds up',
      round: round({ leftMs: 59_001 }),
      elapsed: 0,
      expected: '1:00',
    },
  ];
  for (const c of cases)
    assert.equal(clockText(roundAfter(c.round, c.elapsed).leftMs), c.expected, c.description);
});

test('roundStatus: what the board says beside the countdown', () => {
  const cases = [
    { description: 'before any round', round: round({ kind: null, phase: 'ready' }), expected: 'waiting' },
    { description: 'running with time left', round: round({}), expected: '' },
    { description: 'running, time up', round: round({ leftMs: 0 }), expected: 'up' },
    { description: 'ended', round: round({ phase: 'ended', leftMs: 0 }), expected: 'up' },
    {
      description: 'locked wins over time up',
      round: round({ leftMs: -5, locked: true }),
      expected: 'locked',
    },
    { description: 'paused', round: round({ phase: 'paused' }), expected: 'paused' },
    { description: 'the closing sentence', round: round({ kind: 'commit' }), expected: 'over' },
  ] as const;
  for (const c of cases) assert.equal(roundStatus(c.round), c.expected, c.description);
});

test('roundNews: time up and a lock are said once each, writing open again after a lock; nothing on opening', () => {
  const steps: [RoundState, string][] = [
    [round({ leftMs: 10_000 }), ''], // the board is opened: nothing is news
    [round({ leftMs: 5_000 }), ''],
    [round({ leftMs: 0 }), 'up'],
    [round({ leftMs: -1_000 }), ''], // still up: not said again
    [round({ leftMs: -2_000 }), ''],
    [round({ leftMs: -3_000, locked: true }), 'locked'],
    [round({ leftMs: -4_000, locked: true }), ''],
    [round({ leftMs: 120_000 }), 'unlocked'], // time added and unlocked
    [round({ kind: 'already', leftMs: 480_000 }), ''], // a new round is told by the session
    [round({ kind: 'already', leftMs: 0 }), 'up'],
  ];
  let said = '';
  steps.forEach(([r, expected], i) => {
    const { key, news } = roundNews(said, r);
    assert.equal(news, expected, `step ${i}`);
    said = key;
  });
});

test('noteActions and addState: what each round offers', () => {
  const yellow = note('y', ['worst']);
  const pinkFromYellow = note('p', ['worst', 'already']);
  const pinkBorn = note('b', ['already']);
  const green = note('g', ['worst', 'already', 'stop']);
  const cases = [
    { kind: null, n: yellow, expected: [] },
    { kind: 'worst', n: yellow, expected: [] },
    { kind: 'already', n: yellow, expected: ['recognise'] },
    { kind: 'already', n: pinkFromYellow, expected: ['not-us'] },
    { kind: 'already', n: pinkBorn, expected: [] },
    { kind: 'already', n: green, expected: [] },
    { kind: 'stop', n: yellow, expected: [] },
    { kind: 'stop', n: pinkBorn, expected: ['add-step'] },
    { kind: 'stop', n: green, expected: ['change-step', 'undo-step'] },
    { kind: 'commit', n: green, expected: [] },
  ] as const;
  for (const c of cases) assert.deepEqual(noteActions(c.n, c.kind), c.expected, `${c.kind} ${c.n.id}`);
  assert.deepEqual(
    [null, 'worst', 'already', 'stop', 'commit'].map((k) => addState(k as never)),
    ['worst', 'worst', 'already', null, null],
  );
});

test('historySteps: each change in the round of the colour it went to, an undo in the round of the colour it left', () => {
  const en = trizBoardStrings.en;
  const words = (n: TrizNote) =>
    historySteps(n)
      .map((s) => en[`history.${s.key}`].replace('{n}', String(s.n)))
      .join(' · ');
  assert.equal(words(note('a', ['worst'])), 'Written in round 1');
  assert.equal(words(note('a', ['already'])), 'Added in round 2');
  assert.equal(words(note('a', ['worst', 'already'])), 'Written in round 1 · recognised in round 2');
  assert.equal(
    words(note('a', ['worst', 'already', 'stop'])),
    'Written in round 1 · recognised in round 2 · first step given in round 3',
  );
  assert.equal(
    words(note('a', ['worst', 'already', 'worst'])),
    'Written in round 1 · recognised in round 2 · marked “Not us” in round 2',
  );
  assert.equal(
    words(note('a', ['already', 'stop', 'already'])),
    'Added in round 2 · first step given in round 3 · first step undone in round 3',
  );
});

test('sections: pink notes most voted first, then by when they turned pink', () => {
  const by = sections([
    note('y', ['worst']),
    note('p-early', ['worst', 'already'], 0),
    note('p-voted', ['worst', 'already'], 4),
    note('p-late', ['worst', 'already'], 1),
    note('g', ['worst', 'already', 'stop']),
  ]);
  assert.deepEqual(Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v.map((n) => n.id)])), {
    worst: ['y'],
    already: ['p-voted', 'p-late', 'p-early'],
    stop: ['g'],
  });
});

test('refusals in words: each code of the collector has words that say what to do', () => {
  const cases = [
    { error: new StoreError('x', { status: 403, code: 'not-in-group' }), key: 'why.not-in-group' },
    { error: new StoreError('x', { status: 409, code: 'locked' }), key: 'why.locked' },
    { error: new StoreError('x', { status: 409, code: 'vote-limit' }), key: 'why.vote-limit' },
    { error: new StoreError('x', { status: 409, code: 'voting-off' }), key: 'why.voting-off' },
    { error: new StoreError('x', { status: 409, code: 'board-full' }), key: 'why.board-full' },
    { error: new StoreError('x', { status: 409, code: 'step-needed' }), key: 'why.step-needed' },
    { error: new StoreError('x', { status: 410, code: 'session-closed' }), key: 'why.session-closed' },
    { error: new StoreError('x', { status: 400, code: 'device-required' }), key: 'why.device-required' },
    { error: new StoreError('x', { status: 409, code: 'not-pink' }), key: 'why.changed' },
    { error: new StoreError('x', { status: 429, code: 'device-rate-limited' }), key: 'why.busy' },
    { error: new StoreError('x', { status: 0, code: 'offline' }), key: 'why.network' },
    { error: new TypeError('Failed to fetch'), key: 'why.network' },
    { error: new StoreError('x', { status: 418, code: 'teapot' }), key: 'why.other' },
  ];
  const en = trizBoardStrings.en as Record<string, unknown>;
  for (const c of cases) {
    const key = reasonKey(refusalCode(c.error));
    assert.equal(key, c.key, String(c.error));
    assert.equal(typeof en[key], 'string', `${key} has words`);
  }
});
