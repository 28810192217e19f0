import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyRoundAction,
  byVotes,
  changeNote,
  groupIds,
  INITIAL_ROUND,
  roundAt,
  timeIsUp,
  TRIZ_AGENDA,
  validateNewNote,
  validateRoundAction,
  validateSession,
  type RoundState,
  type TrizNote,
} from '../../src/index.js';

const T0 = Date.UTC(2026, 11, 7, 10, 0, 0);
const MIN = 60_000;

function act(round: RoundState, action: Parameters<typeof applyRoundAction>[1], now: number): RoundState {
  const r = applyRoundAction(round, action, TRIZ_AGENDA, now);
  if ('refused' in r) throw new Error(`refused: ${r.refused}`);
  return r.round;
}

describe('rounds on the collector’s clock', () => {
  it('runs the source session’s agenda: 8, 8 and 12 minutes, then the closing sentence', () => {
    assert.deepEqual(
      TRIZ_AGENDA.map((i) => `${i.kind} ${i.minutes}`),
      ['worst 8', 'already 8', 'stop 12', 'commit 5'],
    );
  });

  it('counts down from the start; a pause keeps what is left; resuming goes on from there', () => {
    let r = act(INITIAL_ROUND, { action: 'start', kind: 'worst' }, T0);
    assert.equal(r.phase, 'running');
    assert.equal(roundAt(r, T0 + 3 * MIN).leftMs, 5 * MIN);
    r = act(r, { action: 'pause' }, T0 + 3 * MIN);
    assert.deepEqual([r.phase, r.leftMs, r.endsAt], ['paused', 5 * MIN, undefined]);
    assert.equal(roundAt(r, T0 + 60 * MIN).leftMs, 5 * MIN, 'paused time does not run');
    r = act(r, { action: 'resume' }, T0 + 10 * MIN);
    assert.equal(roundAt(r, T0 + 11 * MIN).leftMs, 4 * MIN);
    assert.equal(timeIsUp(roundAt(r, T0 + 15 * MIN)), true);
  });

  it('adds time, even once time is up (then it runs again)', () => {
    let r = act(INITIAL_ROUND, { action: 'start', kind: 'already' }, T0);
    r = act(r, { action: 'add', minutes: 2 }, T0 + MIN);
    assert.equal(roundAt(r, T0 + MIN).leftMs, 9 * MIN);
    r = act(r, { action: 'add', minutes: 3 }, T0 + 20 * MIN);
    assert.equal(r.phase, 'running');
    assert.equal(r.leftMs, 3 * MIN, 'from now, not from when time was up');
    r = act(r, { action: 'end' }, T0 + 21 * MIN);
    assert.equal(timeIsUp(r), true);
  });

  it('counts every change, unlocks writing at each start, and refuses what cannot be done', () => {
    let r = act(INITIAL_ROUND, { action: 'start', kind: 'worst' }, T0);
    r = act(r, { action: 'lock' }, T0);
    assert.equal(r.locked, true);
    r = act(r, { action: 'start', kind: 'already' }, T0 + MIN);
    assert.deepEqual([r.locked, r.version], [false, 3]);
    const refused = (round: RoundState, action: Parameters<typeof applyRoundAction>[1]) =>
      (applyRoundAction(round, action, TRIZ_AGENDA, T0) as { refused?: string }).refused;
    assert.equal(refused(INITIAL_ROUND, { action: 'pause' }), 'not-running');
    assert.equal(refused(r, { action: 'resume' }), 'not-paused');
    assert.equal(refused(INITIAL_ROUND, { action: 'end' }), 'no-round');
    assert.equal(refused(r, { action: 'add', minutes: 0 }), 'minutes');
    assert.equal(
      'refused' in
        applyRoundAction(
          INITIAL_ROUND,
          { action: 'start', kind: 'stop' },
          [{ kind: 'worst', minutes: 5 }],
          T0,
        ),
      true,
    );
  });

  it('reads actions from the console, naming what is wrong', () => {
    assert.ok(validateRoundAction({ action: 'start', kind: 'worst', version: 0 }).success);
    assert.ok(validateRoundAction({ action: 'add', minutes: 2, version: 4 }).success);
    const bad = validateRoundAction({ action: 'add', minutes: 500, version: 4 });
    assert.deepEqual(
      bad.issues.map((i) => i.path),
      ['minutes'],
    );
    assert.equal(validateRoundAction({ action: 'explode', version: 1 }).success, false);
  });
});

const note = (fields: Partial<TrizNote> = {}): TrizNote => ({
  id: 'n1',
  sessionId: 's',
  group: 'g1',
  text: 'Keep referral criteria secret',
  state: 'worst',
  history: [{ state: 'worst', at: '2026-12-07T10:01:00.000Z' }],
  votes: 0,
  createdAt: '2026-12-07T10:01:00.000Z',
  status: 'visible',
  ...fields,
});
const at = '2026-12-07T10:10:00.000Z';

describe('notes that change colour, as in the source', () => {
  it('a yellow note recognised turns pink, the same note, its history kept', () => {
    const r = changeNote(note(), { state: 'already' }, { locked: false, now: at });
    assert.ok('note' in r);
    assert.equal(r.note.id, 'n1');
    assert.equal(r.note.state, 'already');
    assert.deepEqual(
      r.note.history.map((h) => h.state),
      ['worst', 'already'],
    );
  });

  it('a pink note gets its first step and turns green; without a step it cannot', () => {
    const pink = note({ state: 'already' });
    assert.deepEqual(changeNote(pink, { state: 'stop' }, { locked: false, now: at }), {
      refused: 'step-needed',
    });
    const r = changeNote(
      pink,
      { state: 'stop', step: ' Publish the criteria on the portal ' },
      { locked: false, now: at },
    );
    assert.ok('note' in r);
    assert.equal(r.note.step, 'Publish the criteria on the portal');
    assert.equal(r.note.state, 'stop');
  });

  it('undoes: green back to pink (the step goes), pink back to yellow only for a note written yellow', () => {
    const green = note({ state: 'stop', step: 'A step' });
    const back = changeNote(green, { state: 'already' }, { locked: false, now: at });
    assert.ok('note' in back);
    assert.equal(back.note.step, undefined);
    const bornPink = note({ state: 'already', history: [{ state: 'already', at }] });
    assert.deepEqual(changeNote(bornPink, { state: 'worst' }, { locked: false, now: at }), {
      refused: 'not-yellow-or-green',
    });
    assert.deepEqual(changeNote(note(), { state: 'stop', step: 'x' }, { locked: false, now: at }), {
      refused: 'not-pink',
    });
  });

  it('refuses everything while the round is locked, and a change that changes nothing', () => {
    assert.deepEqual(changeNote(note(), { state: 'already' }, { locked: true, now: at }), {
      refused: 'locked',
    });
    assert.deepEqual(changeNote(note(), { state: 'worst' }, { locked: false, now: at }), {
      refused: 'no-change',
    });
  });

  it('orders pink notes by votes, then by when they turned pink', () => {
    const order = byVotes([
      note({
        id: 'a',
        state: 'already',
        votes: 1,
        history: [{ state: 'already', at: '2026-12-07T10:05:00.000Z' }],
      }),
      note({ id: 'b', state: 'already', votes: 3 }),
      note({ id: 'c', state: 'worst', votes: 9 }),
      note({
        id: 'd',
        state: 'stop',
        votes: 1,
        history: [{ state: 'already', at: '2026-12-07T10:02:00.000Z' }],
      }),
    ]).map((n) => n.id);
    assert.deepEqual(order, ['b', 'd', 'a']);
  });

  it('reads a new note strictly: a participant cannot send a green note, votes or a status', () => {
    const base = { id: 'n2', sessionId: 's', group: 'g3', text: 'Never answer emails' };
    assert.ok(validateNewNote(base).success);
    assert.equal(validateNewNote({ ...base, state: 'stop' }).success, false);
    assert.equal(validateNewNote({ ...base, votes: 4 }).success, false);
    assert.equal(validateNewNote({ ...base, group: 'everyone' }).success, false);
    assert.equal(validateNewNote({ ...base, text: 'x'.repeat(301) }).issues[0]?.path, 'text');
  });
});

describe('groups and the session', () => {
  it('are g1 to gN, at most 50', () => {
    assert.deepEqual(groupIds(3), ['g1', 'g2', 'g3']);
    assert.equal(groupIds(80).length, 50);
  });
  it('a session carries its groups, agenda and votes', () => {
    const r = validateSession({
      id: 's',
      title: 'T',
      date: '2026-12-07',
      template: 'triz-commitments',
      groups: [{ id: 'g1', name: 'Cardiff' }, { id: 'g2' }],
      agenda: TRIZ_AGENDA,
      votes: 3,
    });
    assert.ok(r.success, JSON.stringify(r.issues));
    assert.equal(
      validateSession({ id: 's', title: 'T', date: '2026-12-07', votes: 11 }).issues[0]?.path,
      'votes',
    );
  });
});
