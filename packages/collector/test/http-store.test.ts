/** HttpStore (from core) against a real collector: Node has fetch but no EventSource, so it polls. */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LocalStore, StoreError, type StoreEvent } from '@netweave/core';
import { HttpStore } from '@netweave/core/http-store';
import {
  call,
  cleanUp,
  createSession,
  freshDb,
  memoryStorage,
  response,
  start,
  TOKEN,
  uid,
} from './helpers.js';

after(cleanUp);

/**
 * A session's events as the store reports them, and `next`: resolves when one that matches
 * arrives (or has arrived since `from`, an index into `heard`), and fails after 30 s saying what
 * was heard instead.
 */
function listen(store: HttpStore, sessionId: string) {
  const heard: StoreEvent[] = [];
  const waiting = new Set<{ test: (e: StoreEvent) => boolean; resolve: () => void }>();
  const unsubscribe = store.subscribe(sessionId, (e) => {
    heard.push(e);
    for (const w of waiting)
      if (w.test(e)) {
        waiting.delete(w);
        w.resolve();
      }
  });
  const next = (test: (e: StoreEvent) => boolean, what: string, from = 0): Promise<void> => {
    if (heard.slice(from).some(test)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: () => {
          clearTimeout(deadline);
          resolve();
        },
      };
      const deadline = setTimeout(() => {
        waiting.delete(waiter);
        reject(new Error(`no ${what} within 30 s; heard ${JSON.stringify(heard.slice(from))}`));
      }, 30_000);
      waiting.add(waiter);
    });
  };
  return { heard, next, unsubscribe };
}

describe('HttpStore against the collector', () => {
  it('submits, lists, reacts, moderates and hears changes by polling', async () => {
    // A release of the public summary per response, so one response is heard.
    const server = await start({ args: ['--release-every', '1', '--release-interval', '0'] });
    const storage = memoryStorage();
    const store = new HttpStore(server.url, {
      adminToken: TOKEN,
      pollInterval: 50,
      local: new LocalStore({ storage }),
    });
    try {
      const sid = await createSession(server.url, { moderation: 'pre' });
      assert.equal((await store.getSession(sid))?.moderation, 'pre');
      assert.equal(await store.getSession('missing'), undefined);
      const rid = uid('r');
      assert.deepEqual(await store.submitResponse(response(sid, rid)), { id: rid, state: 'sent' });
      const events = listen(store, sid);
      await events.next((e) => e.type === 'connection' && e.state === 'polling', 'switch to polling');
      const mine = await store.addCommitment({
        id: uid('c'),
        sessionId: sid,
        text: 'Share our referral map',
      });
      assert.equal(mine.status, 'pending');
      // The author still sees their waiting post (after a reload too); nobody else does.
      const author = new HttpStore(server.url, { EventSource: null, local: new LocalStore({ storage }) });
      assert.deepEqual(
        (await author.listCommitments(sid)).items.map((c) => [c.id, c.status]),
        [[mine.id, 'pending']],
      );
      const stranger = new HttpStore(server.url, {
        EventSource: null,
        local: new LocalStore({ storage: memoryStorage() }),
      });
      assert.deepEqual((await stranger.listCommitments(sid)).items, []);
      const approved = await store.moderate(sid, mine.id, 'visible');
      assert.equal(approved.status, 'visible');
      await events.next((e) => e.type === 'commitment' && e.commitment.id === mine.id, 'approved post');
      assert.equal((await store.react(sid, mine.id)).reactions, 1);
      assert.equal((await store.moveCommitment(sid, mine.id, 'first-steps')).column, 'first-steps');
      assert.deepEqual(
        (await store.listCommitments(sid)).items.map((c) => c.column),
        ['first-steps'],
      );
      const beforeResponse = events.heard.length;
      await store.submitResponse(response(sid));
      await events.next((e) => e.type === 'responses', 'responses hint', beforeResponse);
      const summary = await store.getSummary(sid);
      assert.equal(summary.kind, 'netweave.frequency-summary');
      events.unsubscribe();
      await assert.rejects(
        store.addCommitment({ id: uid('c'), sessionId: sid, text: '' }),
        (e: unknown) => e instanceof StoreError && e.status === 400,
      );
    } finally {
      store.close();
      await server.stop();
    }
  });

  it('queues submissions while the collector is down and sends them, once, when it is back', async () => {
    const db = freshDb();
    let server = await start({ db });
    const sid = await createSession(server.url);
    const port = server.port;
    await server.stop();
    const storage = memoryStorage();
    const store = new HttpStore(`http://127.0.0.1:${port}`, {
      retryBase: 50,
      retryMax: 200,
      local: new LocalStore({ storage }),
    });
    try {
      const events = listen(store, sid);
      const ids = [uid('q'), uid('q'), uid('q')];
      for (const id of ids)
        assert.deepEqual(await store.submitResponse(response(sid, id)), { id, state: 'queued' });
      assert.equal(await store.pendingCount(), 3);
      assert.ok(storage.length > 0, 'the queue is kept on the device');
      // A new page load finds the same queue.
      const reloaded = new HttpStore(`http://127.0.0.1:${port}`, {
        retryBase: 50,
        local: new LocalStore({ storage }),
      });
      assert.equal(await reloaded.pendingCount(), 3);
      reloaded.close();
      const beforeRestart = events.heard.length;
      server = await start({ db, port });
      await events.next((e) => e.type === 'queue' && e.pending === 0, 'empty queue', beforeRestart);
      assert.equal(await store.pendingCount(), 0);
      const csv = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/responses.csv`, { admin: true });
      for (const id of ids) assert.equal(csv.text.split(id).length - 1, 1, `${id} stored once`);
      events.unsubscribe();
    } finally {
      store.close();
      await server.stop();
    }
  });
});
