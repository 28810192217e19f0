/**
 * Core's HttpStore and resume kit against a real collector, as the widgets use them: a
 * commitment's author answers "did you do it?" through the outbox (another device is refused, a
 * held note waits for review), and a saved assessment sealed with a resume code on one device is
 * opened on another; a wrong, deleted or expired code is refused with the collector's reason.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LocalStore, StoreError } from '@netweave/core';
import { HttpStore } from '@netweave/core/http-store';
import { newResumeCode, openResume, resumeKeys, sealResume } from '@netweave/core/resume';
import { call, cleanUp, createSession, memoryStorage, start, uid, type Running } from './helpers.js';
import { query, whereStored } from './db-peek.js';

let server: Running;
const stores: HttpStore[] = [];
/** A device of its own (its own storage, so its own device id), without live updates. */
const device = () => {
  const store = new HttpStore(server.url, {
    EventSource: null,
    local: new LocalStore({ storage: memoryStorage() }),
  });
  stores.push(store);
  return store;
};
before(async () => {
  server = await start();
});
after(async () => {
  for (const store of stores) store.close();
  await server.stop();
  cleanUp();
});

const refusal = (code: string, status: number) => (e: unknown) =>
  e instanceof StoreError && e.code === code && e.status === status;

describe('follow-ups through the store', () => {
  it('are sent from the device that posted the commitment, refused from another, held with a screened note', async () => {
    const sid = await createSession(server.url);
    const author = device();
    const cid = uid('c');
    const posted = await author.submitCommitment({
      id: cid,
      sessionId: sid,
      text: 'Visit the VCSE hub',
      sector: 'nhs',
    });
    assert.equal(posted.state, 'sent');
    const answer = (note?: string) => ({
      id: uid('f'),
      sessionId: sid,
      commitmentId: cid,
      answer: 'started' as const,
      answeredAt: new Date().toISOString(),
      ...(note ? { note } : {}),
    });
    assert.equal((await author.submitFollowUp(answer())).state, 'sent');
    assert.equal((await author.submitFollowUp(answer('Call 07700 900123'))).state, 'pending-review');
    await assert.rejects(device().submitFollowUp(answer()), refusal('not-your-commitment', 403));
    const list = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups`, { admin: true });
    assert.deepEqual(
      list.body.items.map((f: { status: string; sector: string }) => [f.status, f.sector]),
      [
        ['visible', 'nhs'],
        ['pending', 'nhs'],
      ],
    );
  });
});

describe('resume codes through the store', () => {
  it('carry a saved assessment to another device; the collector holds nothing readable', async () => {
    const code = newResumeCode();
    const saved = {
      format: 'netweave-self-assessment',
      version: 1,
      draft: { why: 'Hassles with hierarchies here' },
    };
    const { id, envelope } = await sealResume(code, saved);
    const { expiresAt } = await device().saveResume(id, envelope);
    assert.ok(Date.parse(expiresAt) > Date.now() + 29 * 86_400_000);
    assert.deepEqual(await whereStored(server.db, 'Hassles with hierarchies here'), []);

    const other = device();
    const loaded = await other.loadResume((await resumeKeys(code.toLowerCase())).id);
    assert.deepEqual(await openResume(code, loaded.envelope), saved, 'typed in lower case on the phone');
    assert.equal(loaded.expiresAt, expiresAt);

    const wrong = (await resumeKeys(newResumeCode())).id;
    await assert.rejects(other.loadResume(wrong), refusal('resume-not-found', 404));

    await other.deleteResume(id);
    await assert.rejects(other.loadResume(id), refusal('resume-not-found', 404));

    const late = await sealResume(newResumeCode(), saved);
    await device().saveResume(late.id, late.envelope);
    await query(server.db, 'UPDATE resumes SET expires_at = $1 WHERE id = $2', [Date.now() - 1, late.id]);
    await assert.rejects(other.loadResume(late.id), refusal('resume-expired', 410));
  });
});
