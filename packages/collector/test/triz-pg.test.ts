/**
 * TRIZ across two instances on one PostgreSQL database: a note written through one instance and
 * a round started through it reach a board following the session through the other, live. Needs a
 * shared database, so it runs in the PostgreSQL variant of the suite (`npm run test:pg`, which
 * sets NETWEAVE_TEST_DB).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, readSse, start, streamStart, uid } from './helpers.js';

const shared = process.env.NETWEAVE_TEST_DB;

if (shared) {
  describe('TRIZ across two instances on one PostgreSQL database', () => {
    it('tells a board on one instance of the notes and rounds made through the other', async () => {
      const a = await start({ db: shared });
      const b = await start({ db: shared });
      const controller = new AbortController();
      try {
        const made = await call(a.url, 'POST', '/v1/admin/sessions', {
          admin: true,
          body: { title: 'Two instances', date: '2026-12-07', template: 'triz-commitments', groups: 2 },
        });
        assert.equal(made.status, 201, made.text);
        const sid = String(made.body.id);
        const res = await fetch(`${b.url}/v1/sessions/${sid}/events`, {
          headers: { accept: 'text/event-stream' },
          signal: controller.signal,
        });
        const messages = readSse(res.body!);
        await streamStart(messages);

        const device = { 'x-netweave-device': `dev-${uid('d').slice(0, 20)}` };
        await call(a.url, 'PUT', `/v1/sessions/${sid}/member`, { headers: device, body: { group: 'g2' } });
        const note = await call(a.url, 'POST', `/v1/sessions/${sid}/notes`, {
          headers: device,
          body: { id: uid('n'), sessionId: sid, group: 'g2', text: 'Written through A' },
        });
        assert.equal(note.status, 201, note.text);
        const told = (await messages.next()).value!;
        assert.equal(told.event, 'note');
        assert.equal(JSON.parse(told.data).note.text, 'Written through A');

        const started = await call(a.url, 'POST', `/v1/admin/sessions/${sid}/round`, {
          admin: true,
          body: { action: 'start', kind: 'worst', version: 0 },
        });
        assert.equal(started.status, 200, started.text);
        const session = (await messages.next()).value!;
        assert.equal(session.event, 'session');
        const round = JSON.parse(session.data).session.round;
        assert.deepEqual([round.kind, round.phase], ['worst', 'running']);
        assert.ok(round.leftMs > 7 * 60_000, 'the time left as B tells it');
      } finally {
        controller.abort();
        await a.stop();
        await b.stop();
      }
    });
  });
}
