/**
 * Guessing join codes through two instances on one PostgreSQL database: the address has one
 * budget of wrong codes, not one per instance, and the codes it has found and tried are known to
 * both. Needs a shared database, so it runs in the PostgreSQL variant of the suite
 * (`npm run test:pg`, which sets NETWEAVE_TEST_DB).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JOIN_CODE_ALPHABET } from '@netweave/model';
import { query } from './db-peek.js';
import { call, start, uid } from './helpers.js';

const shared = process.env.NETWEAVE_TEST_DB;

/** Six characters of the alphabet, new each time (one in 887 million names a session). */
function randomCode(): string {
  let code = '';
  for (let i = 0; i < 6; i += 1)
    code += JOIN_CODE_ALPHABET[Math.floor(Math.random() * JOIN_CODE_ALPHABET.length)]!;
  return code;
}

if (shared) {
  describe('guessing join codes across two instances on one PostgreSQL database', () => {
    it('counts an address’s wrong codes together, still admits its right code on both, and a repeat costs nothing', async () => {
      // Both instances hash addresses alike (as operators are told to set up several instances);
      // a secret of this test's own, so no other test's counts are this address's.
      const args = ['--hash-secret', uid('join-guard')];
      const a = await start({ db: shared, args });
      const b = await start({ db: shared, args });
      try {
        const created = await call(a.url, 'POST', '/v1/admin/sessions', {
          admin: true,
          body: { title: 'Room', date: '2026-11-25' },
        });
        assert.equal(created.status, 201, created.text);
        const right = String(created.body.code);
        const join = (base: string, code: string) => call(base, 'GET', `/v1/join/${code}`);
        const statuses = async (lookups: Promise<{ status: number }>[]) =>
          (await Promise.all(lookups)).map((r) => r.status);

        // Someone on this network joins first (through A)…
        assert.equal((await join(a.url, right)).status, 200);
        // …then someone on it guesses through both instances: 10 wrong codes, half on each.
        const tried = Array.from({ length: 10 }, randomCode);
        assert.deepEqual(
          await statuses(tried.map((code, i) => join(i % 2 ? b.url : a.url, code))),
          Array(10).fill(404),
        );
        // The same 10 again, each through the other instance: known there too, they cost nothing.
        assert.deepEqual(
          await statuses(tried.map((code, i) => join(i % 2 ? a.url : b.url, code))),
          Array(10).fill(404),
        );
        // So 10 of the 20 are left, and then none, whichever instance is asked.
        assert.deepEqual(
          await statuses(Array.from({ length: 10 }, (_, i) => join(i % 2 ? b.url : a.url, randomCode()))),
          Array(10).fill(404),
        );
        for (const base of [a.url, b.url]) {
          const refused = await join(base, randomCode());
          assert.deepEqual([refused.status, refused.body.error.code], [429, 'too-many-attempts']);
          const wait = Number(refused.headers.get('retry-after'));
          assert.ok(wait >= 1 && wait <= 3, `Retry-After ${wait}: one more wrong code in at most 60 s / 20`);
        }
        // The room keeps joining through either instance, and a wrong code tried before is still
        // answered (it reveals nothing new).
        assert.deepEqual(await statuses([join(a.url, right), join(b.url, right)]), [200, 200]);
        assert.deepEqual(await statuses([join(b.url, tried[0]!), join(a.url, tried[1]!)]), [404, 404]);

        // What the guard keeps names the address only by its hash.
        const keys = (await query(shared, "SELECT key FROM limit_buckets WHERE key LIKE 'j:%'")).map((r) =>
          String(r.key),
        );
        assert.ok(
          keys.some((key) => key.endsWith(`:${right}`)),
          'the found code is kept in the database',
        );
        assert.deepEqual(
          keys.filter((key) => key.includes('127.0.0.1')),
          [],
        );
      } finally {
        await a.stop();
        await b.stop();
      }
    });
  });
}
