/** The join guard on its own, with a clock the test moves: what counts as a guess and what never does. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JoinGuard } from '../src/join-guard.js';

describe('join guard', () => {
  const t0 = 1_800_000_000_000;

  it('allows 20 wrong codes a minute per address, refilled continuously, each address apart', () => {
    const guard = new JoinGuard(20);
    try {
      for (let i = 0; i < 20; i += 1) {
        assert.equal(guard.check('room', `WRONG${i}`, t0), 0);
        guard.missed('room', `WRONG${i}`, t0);
      }
      assert.equal(guard.check('room', 'WRONGX', t0), 3, 'one more in 3 seconds (60 s / 20)');
      assert.equal(guard.check('elsewhere', 'WRONGX', t0), 0, 'another address has its own budget');
      assert.equal(guard.check('room', 'WRONGX', t0 + 3000), 0, 'refilled');
    } finally {
      guard.stop();
    }
  });

  it('never holds back a code found from the address, nor the same wrong code twice', () => {
    const guard = new JoinGuard(20);
    try {
      guard.found('room', 'K7M3QP', t0);
      for (let i = 0; i < 25; i += 1) guard.missed('room', `WRONG${i}`, t0);
      assert.equal(guard.check('room', 'K7M3QP', t0 + 1000), 0, 'the room keeps joining');
      assert.equal(guard.check('room', 'WRONG24', t0 + 1000), 0, 'a repeat reveals nothing new');
      assert.ok(guard.check('room', 'OTHER2', t0 + 1000) > 0, 'a new code waits');
      const later = t0 + 7 * 3_600_000;
      for (let i = 0; i < 20; i += 1) guard.missed('room', `LATER${i}`, later);
      assert.equal(
        guard.check('room', 'K7M3QP', later),
        3,
        'found codes are remembered for hours, not for ever',
      );
    } finally {
      guard.stop();
    }
  });

  it('counts a repeated wrong code once', () => {
    const guard = new JoinGuard(2);
    try {
      guard.missed('a', 'SAME22', t0);
      guard.missed('a', 'SAME22', t0);
      guard.missed('a', 'SAME22', t0);
      assert.equal(guard.check('a', 'NEW222', t0), 0, 'one of two used');
      guard.missed('a', 'NEW222', t0);
      assert.ok(guard.check('a', 'NEW333', t0) > 0);
    } finally {
      guard.stop();
    }
  });
});
