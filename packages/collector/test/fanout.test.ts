/**
 * Several stateless instances on one PostgreSQL database: a change made through one instance
 * reaches live streams on another (LISTEN/NOTIFY). Needs a shared database, so it runs in the
 * PostgreSQL variant of the suite (`npm run test:pg`, which sets NETWEAVE_TEST_DB).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, createSession, readSse, start, streamStart, uid } from './helpers.js';

const shared = process.env.NETWEAVE_TEST_DB;

if (shared) {
  describe('two instances on one PostgreSQL database', () => {
    it('streams a post approved on instance B to a wall connected to instance A', async () => {
      const a = await start({ db: shared });
      const b = await start({ db: shared });
      const controller = new AbortController();
      try {
        const sid = await createSession(b.url, { moderation: 'pre' });
        const res = await fetch(`${a.url}/v1/sessions/${sid}/events`, {
          headers: { accept: 'text/event-stream' },
          signal: controller.signal,
        });
        const messages = readSse(res.body!);
        await streamStart(messages);
        const id = uid('c');
        await call(b.url, 'POST', `/v1/sessions/${sid}/commitments`, {
          body: { id, sessionId: sid, text: 'Across instances' },
        });
        await call(b.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${id}/moderation`, {
          admin: true,
          body: { status: 'visible' },
        });
        const events: string[] = [];
        for (;;) {
          const msg = (await messages.next()).value!;
          events.push(msg.event);
          if (msg.event === 'commitment') {
            assert.equal(JSON.parse(msg.data).commitment.text, 'Across instances');
            break;
          }
        }
        assert.deepEqual(events, ['commitment'], 'nothing about the post while it was pending');
      } finally {
        controller.abort();
        await a.stop();
        await b.stop();
      }
    });
  });
}
