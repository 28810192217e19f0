/**
 * "Did you do it?": a commitment's author answers weeks later, through a real collector process
 * (SQLite, or PostgreSQL when NETWEAVE_TEST_DB names one). Only the device that posted it may
 * answer; a note is screened like a post and a held one is never exported; answers are taken
 * after the session has closed, not after it has been deleted; the facilitator gets them in the
 * session's export (visible ones) and as a formula-safe CSV file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, cleanUp, createSession, ORIGIN, start, uid, type Running } from './helpers.js';
import { query, whereStored } from './db-peek.js';

let server: Running;
before(async () => {
  server = await start();
});
after(async () => {
  await server.stop();
  cleanUp();
});

const DEVICE = 'device-aaaaaaaaaaaaaaaaaaaa';
const OTHER = 'device-bbbbbbbbbbbbbbbbbbbb';

/** A commitment posted from `device` (none: posted without naming one); its id. */
async function post(
  sid: string,
  device: string | null,
  fields: Record<string, unknown> = {},
  base = server.url,
) {
  const id = uid('c');
  const r = await call(base, 'POST', `/v1/sessions/${sid}/commitments`, {
    body: { id, sessionId: sid, text: 'Meet the housing team monthly', sector: 'nhs', ...fields },
    ...(device ? { headers: { 'x-netweave-device': device } } : {}),
  });
  assert.ok(r.status === 201, r.text);
  return id;
}

function answer(sid: string, cid: string, fields: Record<string, unknown> = {}) {
  return {
    id: uid('f'),
    sessionId: sid,
    commitmentId: cid,
    answer: 'done',
    answeredAt: new Date().toISOString(),
    ...fields,
  };
}

function send(sid: string, cid: string, body: unknown, device: string | null = DEVICE, base = server.url) {
  return call(base, 'POST', `/v1/sessions/${sid}/commitments/${cid}/follow-ups`, {
    body,
    headers: { origin: ORIGIN, ...(device ? { 'x-netweave-device': device } : {}) },
  });
}

describe('follow-ups', () => {
  it('are taken from the device that posted the commitment, with its sector, once per id', async () => {
    const sid = await createSession(server.url);
    const cid = await post(sid, DEVICE);
    const f = answer(sid, cid, { answer: 'started', note: '  Two meetings so far  ' });
    const sent = await send(sid, cid, f);
    assert.equal(sent.status, 201, sent.text);
    assert.equal(sent.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(sent.body.followUp, {
      ...f,
      note: 'Two meetings so far',
      status: 'visible',
      sector: 'nhs',
    });

    const again = await send(sid, cid, f);
    assert.equal(again.status, 200, 'a retry is answered with what was stored');
    assert.deepEqual(again.body.followUp, sent.body.followUp);
    const clash = await send(sid, cid, { ...f, answer: 'not-yet' });
    assert.equal(clash.status, 409);
    assert.equal(clash.body.error.code, 'id-conflict');
    const later = await send(sid, cid, answer(sid, cid, { answer: 'done' }));
    assert.equal(later.status, 201, 'a later answer is a new follow-up');

    const other = await send(sid, cid, answer(sid, cid), OTHER);
    assert.equal(other.status, 403);
    assert.equal(other.body.error.code, 'not-your-commitment');
    assert.match(other.body.error.message, /Only the device that posted this commitment/);
    const nameless = await send(sid, cid, answer(sid, cid), null);
    assert.equal(nameless.status, 403, 'nor from a request that names no device');

    // The device id is kept only hashed with the commitment: never as it was sent.
    assert.deepEqual(await whereStored(server.db, DEVICE), []);
    const [row] = await query(server.db, 'SELECT author FROM commitments WHERE id = $1', [cid]);
    assert.match(String(row!.author), /^[A-Za-z0-9_-]{32}$/);
    const list = await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`);
    assert.ok(!('author' in list.body.items[0]), 'nor shown with the post');
  });

  it('are taken from any device for a commitment stored without one', async () => {
    const sid = await createSession(server.url);
    const cid = await post(sid, null);
    assert.equal((await send(sid, cid, answer(sid, cid), OTHER)).status, 201);
    assert.equal((await send(sid, cid, answer(sid, cid), null)).status, 201);
  });

  it('refuse what is not a follow-up of this commitment, naming the field', async () => {
    const sid = await createSession(server.url);
    const cid = await post(sid, DEVICE);
    const bad = await send(sid, cid, answer(sid, cid, { answer: 'maybe' }));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'invalid');
    assert.equal(bad.body.error.issues[0].path, 'answer');
    const long = await send(sid, cid, answer(sid, cid, { note: 'x'.repeat(281) }));
    assert.equal(long.status, 400);
    assert.equal(long.body.error.issues[0].path, 'note');
    const sneaky = await send(sid, cid, { ...answer(sid, cid), status: 'visible' });
    assert.equal(sneaky.status, 400, 'a client never sets the status');
    const elsewhere = await send(sid, cid, answer(sid, 'another-commitment'));
    assert.equal(elsewhere.status, 400);
    assert.equal(elsewhere.body.error.code, 'commitment-mismatch');
    const missing = await send(sid, 'no-such-commitment', answer(sid, 'no-such-commitment'));
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'commitment-not-found');
    const otherSession = await createSession(server.url);
    const wrongSession = await send(otherSession, cid, answer(otherSession, cid));
    assert.equal(wrongSession.status, 404, 'a commitment of another session is not found here');
  });

  it('are taken after the session has closed, refused once it has been deleted', async () => {
    const sid = await createSession(server.url);
    const cid = await post(sid, DEVICE);
    await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}`, { admin: true, body: { open: false } });
    assert.equal(
      (await send(sid, cid, answer(sid, cid))).status,
      201,
      'answers come weeks after the session',
    );
    await call(server.url, 'DELETE', `/v1/admin/sessions/${sid}`, { admin: true });
    const gone = await send(sid, cid, answer(sid, cid));
    assert.equal(gone.status, 410);
    assert.equal(gone.body.error.code, 'session-deleted');
    assert.deepEqual(
      await query(server.db, 'SELECT id FROM follow_ups WHERE session_id = $1', [sid]),
      [],
      'deleted with it',
    );
  });

  it('hold a note as a post is held; a held note is never exported, until a moderator approves it', async () => {
    const sid = await createSession(server.url);
    const cid = await post(sid, DEVICE, { sector: 'vcse' });
    const plain = await send(sid, cid, answer(sid, cid, { answer: 'not-yet' }));
    assert.equal(plain.status, 201);
    const held = answer(sid, cid, { answer: 'done', note: 'Ring me on 07700 900123 about it' });
    const r = await send(sid, cid, held);
    assert.equal(r.status, 202, r.text);
    assert.equal(r.body.followUp.status, 'pending');
    assert.equal((await send(sid, cid, held)).status, 202, 'a retry still says it waits for review');

    const pending = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups?status=pending`, {
      admin: true,
    });
    assert.equal(pending.status, 200);
    assert.deepEqual(
      pending.body.items.map((f: { id: string; status: string; heldFor: string[] }) => [
        f.id,
        f.status,
        f.heldFor,
      ]),
      [[held.id, 'pending', ['phone']]],
    );
    const counts = await call(server.url, 'GET', `/v1/admin/sessions/${sid}`, { admin: true });
    assert.deepEqual(
      [counts.body.counts.followUps, counts.body.counts.pendingFollowUps],
      [2, 1],
      'the session list says a note waits for review',
    );
    const all = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups`, { admin: true });
    assert.equal(all.body.items.length, 2);
    assert.equal((await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups`)).status, 401);

    let exported = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/export.json`, { admin: true });
    assert.deepEqual(
      exported.body.followUps.map((f: { id: string; status: string; note?: string }) => [
        f.id,
        f.status,
        f.note,
      ]),
      [
        [plain.body.followUp.id, 'visible', undefined],
        [held.id, 'pending', undefined],
      ],
      'every answer is exported (a write-up from it counts them all), a held note never',
    );
    assert.doesNotMatch(exported.text, /07700/);
    let file = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups.csv`, { admin: true });
    assert.doesNotMatch(file.text, /07700/, 'nor in the CSV file');

    // The moderator takes the number out and approves.
    const approved = await call(
      server.url,
      'POST',
      `/v1/admin/sessions/${sid}/follow-ups/${held.id}/moderation`,
      {
        admin: true,
        body: { action: 'approve', note: 'Ring me about it' },
      },
    );
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.status, 'visible');
    assert.equal(approved.body.note, 'Ring me about it');
    assert.deepEqual(await whereStored(server.db, '07700'), [], 'the number is kept nowhere');
    exported = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/export.json`, { admin: true });
    assert.deepEqual(
      exported.body.followUps.map((f: { id: string; note?: string }) => [f.id, f.note]),
      [
        [plain.body.followUp.id, undefined],
        [held.id, 'Ring me about it'],
      ],
    );
    file = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups.csv`, { admin: true });
    assert.match(file.text, /Ring me about it/);
    const hidden = await call(
      server.url,
      'POST',
      `/v1/admin/sessions/${sid}/follow-ups/${held.id}/moderation`,
      {
        admin: true,
        body: { status: 'hidden' },
      },
    );
    assert.equal(hidden.body.status, 'hidden');
    exported = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/export.json`, { admin: true });
    assert.deepEqual(
      exported.body.followUps.map((f: { id: string; status: string; note?: string }) => [
        f.id,
        f.status,
        f.note,
      ]),
      [
        [plain.body.followUp.id, 'visible', undefined],
        [held.id, 'hidden', undefined],
      ],
      'hidden: its note out of the export again',
    );
    const unknown = await call(server.url, 'POST', `/v1/admin/sessions/${sid}/follow-ups/nope/moderation`, {
      admin: true,
      body: { action: 'approve' },
    });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'follow-up-not-found');
    const editHidden = await call(
      server.url,
      'POST',
      `/v1/admin/sessions/${sid}/follow-ups/${held.id}/moderation`,
      {
        admin: true,
        body: { action: 'hide', note: 'x' },
      },
    );
    assert.equal(editHidden.status, 400);
  });

  it('hold every note of a pre-moderated session, but not an answer alone', async () => {
    const sid = await createSession(server.url, { moderation: 'pre' });
    const cid = await post(sid, DEVICE);
    assert.equal((await send(sid, cid, answer(sid, cid))).status, 201);
    assert.equal((await send(sid, cid, answer(sid, cid, { note: 'Going well' }))).status, 202);
  });

  it('are exported as a CSV file a spreadsheet cannot run', async () => {
    const sid = await createSession(server.url);
    const cid = await post(sid, DEVICE, { sector: 'housing' });
    const f = answer(sid, cid, {
      note: '=HYPERLINK("http://evil.example")',
      answeredAt: '2026-11-30T09:00:00.000Z',
    });
    assert.equal((await send(sid, cid, f)).status, 201);
    const file = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/follow-ups.csv`, { admin: true });
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(file.headers.get('content-disposition') ?? '', /attachment; filename="netweave-follow-ups-/);
    const lines = file.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.deepEqual(lines, [
      'follow_up_id,session_id,commitment_id,sector,answer,note,answered_at,status',
      `${f.id},${sid},${cid},housing,done,"'=HYPERLINK(""http://evil.example"")",2026-11-30T09:00:00.000Z,visible`,
    ]);
  });

  it('count against the write limits of the device', async () => {
    const own = await start({ db: server.db, args: ['--device-rate-limit', '3'] });
    try {
      const sid = await createSession(own.url);
      const cid = await post(sid, DEVICE, {}, own.url);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push((await send(sid, cid, answer(sid, cid), DEVICE, own.url)).status);
      const refused = await send(sid, cid, answer(sid, cid), DEVICE, own.url);
      assert.deepEqual(statuses, [201, 201, 429], 'the post and two answers');
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, 'device-rate-limited');
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    } finally {
      await own.stop();
    }
  });
});
