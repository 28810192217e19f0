/**
 * The join guard on its own, counting in memory with a clock the test moves: what counts as a
 * guess and what never does. Two instances sharing PostgreSQL are in join-guard-pg.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JoinGuard } from '../src/join-guard.js';
import { MemoryCounters } from '../src/limits.js';

const t0 = 1_800_000_000_000;

/** A guard counting in memory, and the clock it reads. */
function guarded(perMinute: number) {
  const clock = { now: t0 };
  const counters = new MemoryCounters(() => clock.now);
  return { guard: new JoinGuard(counters, perMinute), clock, stop: () => counters.stop() };
}

/**
 * One lookup as the join API makes it (sessions.ts, lookUpCode): the guard, then the database,
 * then the guard told what it was. 0 when it went ahead, else the seconds to wait.
 */
async function lookUp(guard: JoinGuard, client: string, code: string, exists = false): Promise<number> {
  const wait = await guard.check(client, code);
  if (wait) return wait;
  await (exists ? guard.found(client, code) : guard.missed(client, code));
  return 0;
}

describe('join guard', () => {
  it('allows 20 wrong codes a minute per address, refilled continuously, each address apart', async () => {
    const { guard, clock, stop } = guarded(20);
    try {
      for (let i = 0; i < 20; i += 1) assert.equal(await lookUp(guard, 'room', `WRONG${i}`), 0);
      assert.equal(await lookUp(guard, 'room', 'WRONGX'), 3, 'one more in 3 seconds (60 s / 20)');
      assert.equal(await lookUp(guard, 'elsewhere', 'WRONGX'), 0, 'another address has its own budget');
      clock.now = t0 + 3000;
      assert.equal(await lookUp(guard, 'room', 'WRONGY'), 0, 'refilled');
    } finally {
      await stop();
    }
  });

  it('never holds back a code found from the address, nor the same wrong code twice', async () => {
    const { guard, clock, stop } = guarded(20);
    try {
      assert.equal(await lookUp(guard, 'room', 'K7M3QP', true), 0);
      const waits = [];
      for (let i = 0; i < 25; i += 1) waits.push(await lookUp(guard, 'room', `WRONG${i}`));
      assert.deepEqual(
        waits.map((w) => w > 0),
        [...Array<boolean>(20).fill(false), ...Array<boolean>(5).fill(true)],
        'the right code cost nothing: 20 misses left',
      );
      clock.now = t0 + 1000;
      assert.equal(await lookUp(guard, 'room', 'K7M3QP', true), 0, 'the room keeps joining');
      assert.equal(await lookUp(guard, 'room', 'WRONG19'), 0, 'a repeat reveals nothing new');
      assert.ok((await lookUp(guard, 'room', 'OTHER2')) > 0, 'a new code waits');
      clock.now = t0 + 7 * 3_600_000;
      for (let i = 0; i < 20; i += 1) await lookUp(guard, 'room', `LATER${i}`);
      assert.equal(
        await lookUp(guard, 'room', 'K7M3QP', true),
        3,
        'found codes are remembered for hours, not for ever',
      );
    } finally {
      await stop();
    }
  });

  it('counts a repeated wrong code once', async () => {
    const { guard, stop } = guarded(2);
    try {
      for (let i = 0; i < 3; i += 1) assert.equal(await lookUp(guard, 'a', 'SAME22'), 0);
      assert.equal(await lookUp(guard, 'a', 'NEW222'), 0, 'one of two used');
      assert.ok((await lookUp(guard, 'a', 'NEW333')) > 0);
    } finally {
      await stop();
    }
  });

  it('gives nothing back for a right code looked up again, so it cannot buy more guesses', async () => {
    const { guard, stop } = guarded(2);
    try {
      assert.equal(await lookUp(guard, 'a', 'RIGHT2', true), 0);
      assert.equal(await lookUp(guard, 'a', 'RIGHT3', true), 0, 'another right code, first time');
      assert.equal(await lookUp(guard, 'a', 'WRONG2'), 0);
      assert.equal(await lookUp(guard, 'a', 'WRONG3'), 0);
      for (let i = 0; i < 5; i += 1) {
        assert.equal(await lookUp(guard, 'a', 'RIGHT2', true), 0, 'the right code goes on working');
        assert.ok((await lookUp(guard, 'a', `WRONG${4 + i}`)) > 0, 'and buys no guess');
      }
    } finally {
      await stop();
    }
  });

  it('lets lookups in flight at once spend no more than the budget', async () => {
    const { guard, stop } = guarded(20);
    try {
      const waits = await Promise.all(
        Array.from({ length: 50 }, (_, i) => lookUp(guard, 'room', `BURST${i}`)),
      );
      assert.equal(waits.filter((w) => w === 0).length, 20);
    } finally {
      await stop();
    }
  });
});
