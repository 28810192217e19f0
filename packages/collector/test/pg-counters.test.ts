/**
 * Live streams counted in PostgreSQL by several instances at once: opens that arrive together are
 * counted exactly, and a refused one never counts, even for a moment (it once made a stream on a
 * second session refused while the address still had room). Needs a shared database, so it runs in
 * the PostgreSQL variant of the suite (`npm run test:pg`, which sets NETWEAVE_TEST_DB).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PostgresDatabase } from '../src/db/postgres.js';
import { countersFor } from '../src/limits-counters.js';

const shared = process.env.NETWEAVE_TEST_DB;

if (shared) {
  describe('stream counts shared through PostgreSQL', () => {
    it('take exactly the room each key has when opens from two instances arrive together', async () => {
      const db = new PostgresDatabase(shared);
      await db.init();
      const [a, b] = [await countersFor(db), await countersFor(db)];
      try {
        for (let round = 0; round < 5; round += 1) {
          const address = `s:a:${randomUUID()}`;
          const keys = (session: string) => [
            { key: `s:as:${address}:${session}`, max: 20 },
            { key: address, max: 40 },
          ];
          // 25 at once on one session: 20 counted, 5 refused by the session's key
          const first = await Promise.all(
            Array.from({ length: 25 }, (_, i) => (i % 2 ? a : b).open(keys('s1'))),
          );
          assert.deepEqual(
            [first.filter((r) => r === -1).length, first.filter((r) => r === 0).length],
            [20, 5],
            `round ${round}, first session`,
          );
          // 21 at once on another: the address has room for 20 more, whichever key is checked first
          const second = await Promise.all(
            Array.from({ length: 21 }, (_, i) => (i % 2 ? a : b).open(keys('s2'))),
          );
          assert.equal(
            second.filter((r) => r === -1).length,
            20,
            `round ${round}, second session: ${JSON.stringify(second)}`,
          );
        }
      } finally {
        await a.stop();
        await b.stop();
        await db.close();
      }
    });
  });
}
