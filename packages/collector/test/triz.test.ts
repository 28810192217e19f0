/**
 * TRIZ in breakout groups, through the API as the board, the console and the projector use it:
 * groups and who is in which, notes that change colour on their group's board only, votes with
 * their limit, rounds on the collector's clock with stale consoles refused, live note events, and
 * everything surviving a restart.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, cleanUp, freshDb, readSse, start, streamStart, uid, type Running } from './helpers.js';

let server: Running;
let db: string;
before(async () => {
  db = freshDb();
  server = await start({ db });
});
after(async () => {
  await server.stop();
  cleanUp();
});

const device = () => `dev-${uid('d').slice(0, 30)}`;
const as = (dev: string) => ({ 'x-netweave-device': dev });

async function trizSession(fields: Record<string, unknown> = {}) {
  const r = await call(server.url, 'POST', '/v1/admin/sessions', {
    admin: true,
    body: { title: 'Gwent TRIZ', date: '2026-12-07', template: 'triz-commitments', groups: 3, ...fields },
  });
  assert.equal(r.status, 201, r.text);
  return r.body as {
    id: string;
    code: string;
    groups: { id: string; name?: string }[];
    round: Record<string, unknown>;
  };
}

async function join(sid: string, dev: string, group: string) {
  const r = await call(server.url, 'PUT', `/v1/sessions/${sid}/member`, {
    headers: as(dev),
    body: { group },
  });
  assert.equal(r.status, 200, r.text);
  return r.body.group as string;
}

async function addNote(sid: string, dev: string, group: string, text: string, state?: string) {
  return call(server.url, 'POST', `/v1/sessions/${sid}/notes`, {
    headers: as(dev),
    body: { id: uid('n'), sessionId: sid, group, text, ...(state ? { state } : {}) },
  });
}

const round = (sid: string, body: Record<string, unknown>) =>
  call(server.url, 'POST', `/v1/admin/sessions/${sid}/round`, { admin: true, body });

describe('groups', () => {
  it('a TRIZ session has its groups, the source agenda and a round not started', async () => {
    const s = await trizSession();
    assert.deepEqual(
      s.groups.map((g) => g.id),
      ['g1', 'g2', 'g3'],
    );
    assert.deepEqual(s.round, { kind: null, phase: 'ready', leftMs: 0, locked: false, version: 0 });
    const pub = await call(server.url, 'GET', `/v1/join/${s.code}`);
    assert.equal(pub.status, 200);
  });

  it('puts a participant in the group they pick, or in the one with fewest people', async () => {
    const s = await trizSession();
    assert.equal(await join(s.id, device(), 'g1'), 'g1');
    assert.equal(await join(s.id, device(), 'g2'), 'g2');
    assert.equal(await join(s.id, device(), 'auto'), 'g3');
    const dev = device();
    await join(s.id, dev, 'g2');
    const me = await call(server.url, 'GET', `/v1/sessions/${s.id}/member?device=${dev}`);
    assert.deepEqual(me.body, { group: 'g2', votes: [] });
    const unknown = await call(server.url, 'PUT', `/v1/sessions/${s.id}/member`, {
      headers: as(dev),
      body: { group: 'g9' },
    });
    assert.equal(unknown.status, 404);
    const anonymous = await call(server.url, 'PUT', `/v1/sessions/${s.id}/member`, { body: { group: 'g1' } });
    assert.equal(anonymous.status, 400);
    assert.equal(anonymous.body.error.code, 'device-required');
  });

  it('renames groups; refuses to drop a group whose board has notes, so nothing is lost', async () => {
    const s = await trizSession();
    const dev = device();
    await join(s.id, dev, 'g3');
    assert.equal((await addNote(s.id, dev, 'g3', 'Never share the rota')).status, 201);
    const renamed = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { groups: [{ id: 'g1', name: 'Cardiff' }, { id: 'g2' }, { id: 'g3', name: 'Newport' }] },
    });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.groups[0].name, 'Cardiff');
    const fewer = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { groups: 2 },
    });
    assert.equal(fewer.status, 409);
    assert.equal(fewer.body.error.code, 'groups-not-empty');
    assert.match(fewer.body.error.message, /Group 3 has notes/);
    const more = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { groups: 4 },
    });
    assert.deepEqual(
      more.body.groups.map((g: { id: string; name?: string }) => g.name ?? g.id),
      ['Cardiff', 'g2', 'Newport', 'g4'],
      'names kept as the count grows',
    );
  });
});

describe('notes that change colour, on their own group’s board', () => {
  it('a yellow note recognised turns pink, then green with its first step; history kept', async () => {
    const s = await trizSession();
    const dev = device();
    await join(s.id, dev, 'g1');
    const made = await addNote(s.id, dev, 'g1', 'Keep referral criteria secret');
    assert.equal(made.status, 201, made.text);
    assert.equal(made.body.state, 'worst');
    const id = made.body.id as string;
    const pink = await call(server.url, 'PATCH', `/v1/sessions/${s.id}/notes/${id}`, {
      headers: as(dev),
      body: { state: 'already' },
    });
    assert.equal(pink.status, 200, pink.text);
    const noStep = await call(server.url, 'PATCH', `/v1/sessions/${s.id}/notes/${id}`, {
      headers: as(dev),
      body: { state: 'stop' },
    });
    assert.deepEqual([noStep.status, noStep.body.error.code], [409, 'step-needed']);
    const green = await call(server.url, 'PATCH', `/v1/sessions/${s.id}/notes/${id}`, {
      headers: as(dev),
      body: { state: 'stop', step: 'Publish the criteria on the portal' },
    });
    assert.equal(green.body.state, 'stop');
    assert.equal(green.body.step, 'Publish the criteria on the portal');
    assert.deepEqual(
      green.body.history.map((h: { state: string }) => h.state),
      ['worst', 'already', 'stop'],
    );
    const board = await call(server.url, 'GET', `/v1/sessions/${s.id}/notes?group=g1`);
    assert.deepEqual(
      board.body.items.map((n: { id: string }) => n.id),
      [id],
    );
    assert.deepEqual((await call(server.url, 'GET', `/v1/sessions/${s.id}/notes?group=g2`)).body.items, []);
  });

  it('refuses a note from outside its group, and a participant’s round action; nothing stored changes', async () => {
    const s = await trizSession();
    const mine = device();
    const other = device();
    await join(s.id, mine, 'g1');
    await join(s.id, other, 'g2');
    const made = await addNote(s.id, mine, 'g1', 'Cancel the shared meetings');
    const onTheirs = await addNote(s.id, other, 'g1', 'Sneaky');
    assert.deepEqual([onTheirs.status, onTheirs.body.error.code], [403, 'not-in-group']);
    const change = await call(server.url, 'PATCH', `/v1/sessions/${s.id}/notes/${made.body.id}`, {
      headers: as(other),
      body: { state: 'already' },
    });
    assert.deepEqual([change.status, change.body.error.code], [403, 'not-in-group']);
    const byParticipant = await call(server.url, 'POST', `/v1/admin/sessions/${s.id}/round`, {
      headers: as(mine),
      body: { action: 'start', kind: 'worst', version: 0 },
    });
    assert.equal(byParticipant.status, 401);
    const still = (await call(server.url, 'GET', `/v1/sessions/${s.id}/notes?group=g1`)).body.items;
    assert.deepEqual(
      still.map((n: { text: string; state: string }) => `${n.text}:${n.state}`),
      ['Cancel the shared meetings:worst'],
    );
  });

  it('holds a note with contact details for the facilitator; the public board never shows it', async () => {
    const s = await trizSession();
    const dev = device();
    await join(s.id, dev, 'g1');
    const held = await addNote(s.id, dev, 'g1', 'Ring Dai on 07700 900123 and shout');
    assert.equal(held.status, 202);
    assert.equal(held.body.status, 'pending');
    assert.deepEqual((await call(server.url, 'GET', `/v1/sessions/${s.id}/notes`)).body.items, []);
    const admin = await call(server.url, 'GET', `/v1/admin/sessions/${s.id}/notes`, { admin: true });
    assert.equal(admin.body.items.length, 1);
  });

  it('the facilitator moves a note to another group, and the live streams say so', async () => {
    const s = await trizSession();
    const dev = device();
    await join(s.id, dev, 'g1');
    const controller = new AbortController();
    const res = await fetch(`${server.url}/v1/sessions/${s.id}/events`, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    const messages = readSse(res.body!);
    await streamStart(messages);
    const made = await addNote(s.id, dev, 'g1', 'Only talk to our own sector');
    const told = (await messages.next()).value!;
    assert.equal(told.event, 'note');
    assert.equal(JSON.parse(told.data).note.text, 'Only talk to our own sector');
    const moved = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}/notes/${made.body.id}`, {
      admin: true,
      body: { group: 'g2' },
    });
    assert.equal(moved.body.group, 'g2');
    const again = (await messages.next()).value!;
    assert.equal(again.event, 'note');
    assert.equal(JSON.parse(again.data).note.group, 'g2');
    controller.abort();
  });
});

describe('votes', () => {
  it('a person gives at most the session’s votes, on pink notes of their group', async () => {
    const s = await trizSession({ votes: 2 });
    const dev = device();
    await join(s.id, dev, 'g1');
    const ids: string[] = [];
    for (const text of ['One', 'Two', 'Three']) {
      const n = await addNote(s.id, dev, 'g1', text, 'already');
      ids.push(n.body.id);
    }
    const yellow = await addNote(s.id, dev, 'g1', 'Yellow');
    const vote = (id: string, method = 'POST') =>
      call(server.url, method, `/v1/sessions/${s.id}/notes/${id}/vote`, { headers: as(dev) });
    assert.equal((await vote(ids[0]!)).body.votes, 1);
    assert.equal((await vote(ids[0]!)).body.votes, 1, 'the same vote twice counts once');
    assert.equal((await vote(ids[1]!)).body.votes, 1);
    const over = await vote(ids[2]!);
    assert.deepEqual([over.status, over.body.error.code, over.body.limit], [409, 'vote-limit', 2]);
    assert.equal((await vote(yellow.body.id)).body.error.code, 'not-pink');
    assert.equal((await vote(ids[0]!, 'DELETE')).body.votes, 0);
    assert.equal((await vote(ids[2]!)).body.votes, 1, 'a vote taken back can be given again');
    const me = await call(server.url, 'GET', `/v1/sessions/${s.id}/member?device=${dev}`);
    assert.deepEqual(me.body.votes.sort(), [ids[1], ids[2]].sort());
  });
});

describe('rounds on the collector’s clock', () => {
  it('starts, pauses, adds time and locks; a stale console is refused with the round as it stands', async () => {
    const s = await trizSession();
    const started = await round(s.id, { action: 'start', kind: 'worst', version: 0 });
    assert.equal(started.status, 200, started.text);
    assert.equal(started.body.round.phase, 'running');
    assert.ok(started.body.round.leftMs > 7.9 * 60_000 && started.body.round.leftMs <= 8 * 60_000);
    assert.equal(started.body.stage, 'triz', 'starting a TRIZ round shows the boards');
    const stale = await round(s.id, { action: 'pause', version: 0 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'stale-round');
    assert.equal(stale.body.round.version, 1);
    const paused = await round(s.id, { action: 'pause', version: 1 });
    assert.equal(paused.body.round.phase, 'paused');
    const added = await round(s.id, { action: 'add', minutes: 2, version: 2 });
    assert.ok(added.body.round.leftMs > 9.9 * 60_000);
    const locked = await round(s.id, { action: 'lock', version: 3 });
    assert.equal(locked.body.round.locked, true);
    const dev = device();
    await join(s.id, dev, 'g1');
    const refused = await addNote(s.id, dev, 'g1', 'While locked');
    assert.deepEqual([refused.status, refused.body.error.code], [409, 'locked']);
    const bad = await round(s.id, { action: 'add', minutes: 900, version: 4 });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /minutes/);
    const closing = await round(s.id, { action: 'start', kind: 'commit', version: 4 });
    assert.equal(closing.body.stage, 'commit', 'the closing round shows the commitments wall');
  });

  it('keeps groups, round and notes across a restart of the collector', async () => {
    const s = await trizSession();
    const dev = device();
    await join(s.id, dev, 'g2');
    await addNote(s.id, dev, 'g2', 'Survives a restart');
    await round(s.id, { action: 'start', kind: 'already', version: 0 });
    await server.stop();
    server = await start({ db });
    const after = await call(server.url, 'GET', `/v1/sessions/${s.id}`);
    assert.equal(after.body.round.kind, 'already');
    assert.equal(after.body.round.phase, 'running');
    assert.ok(after.body.round.leftMs > 0 && after.body.round.leftMs <= 8 * 60_000);
    const notes = await call(server.url, 'GET', `/v1/sessions/${s.id}/notes?group=g2`);
    assert.equal(notes.body.items[0].text, 'Survives a restart');
    const me = await call(server.url, 'GET', `/v1/sessions/${s.id}/member?device=${dev}`);
    assert.equal(me.body.group, 'g2');
  });
});
