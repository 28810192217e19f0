/**
 * Sessions as a facilitator runs them: join codes, the admin API (list, create, edit, close and
 * reopen, duplicate, delete, QR code), and editing a held post before approving it, with the
 * database read directly to prove the unedited text is kept nowhere.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import jsQRModule from 'jsqr';
import { JOIN_CODE_ALPHABET, formatJoinCode, TRIZ_AGENDA } from '@netweave/model';
import { withFreshCode } from '../src/join-codes.js';
import { qrMatrix } from '../src/qr.js';
import { openDatabase } from '../src/open.js';
import { call, cleanUp, readSse, start, streamStart, TOKEN, uid, type Running } from './helpers.js';
import { query, whereStored } from './db-peek.js';

// jsQR is CommonJS whose types describe an ES module: its function is module.exports itself.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ??
  jsQRModule) as unknown as typeof jsQRModule.default;

let server: Running;
before(async () => {
  server = await start();
});
after(async () => {
  await server.stop();
  cleanUp();
});

const create = (body: Record<string, unknown>) =>
  call(server.url, 'POST', '/v1/admin/sessions', { admin: true, body });

async function newSession(fields: Record<string, unknown> = {}) {
  const r = await create({ title: 'Gwent network', date: '2026-11-25', template: 'commitments', ...fields });
  assert.equal(r.status, 201, r.text);
  return r.body as {
    id: string;
    code: string;
    joinUrl: string;
    open: boolean;
    template: string;
    counts: Record<string, number>;
  } & Record<string, unknown>;
}

describe('join codes', () => {
  it('are six characters of the alphabet without look-alikes, unique, shown in the join URL', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      const s = await newSession({ title: `Session ${i}` });
      assert.match(s.code, /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      assert.equal(s.joinUrl, `${server.url}/j/${s.code}`);
      codes.add(s.code);
    }
    assert.equal(codes.size, 40, 'no two sessions share a code');
    const used = new Set([...codes].join(''));
    for (const ch of used) assert.ok(JOIN_CODE_ALPHABET.includes(ch));
    // Stored uppercase, without the hyphen, one per session.
    const rows = await query(server.db, 'SELECT code FROM sessions WHERE code IS NOT NULL');
    assert.equal(new Set(rows.map((r) => r.code)).size, rows.length);
  });

  it('are read in any case, with a hyphen or spaces', async () => {
    const s = await newSession();
    for (const typed of [
      s.code,
      s.code.toLowerCase(),
      formatJoinCode(s.code),
      ` ${s.code.slice(0, 3)} ${s.code.slice(3)} `,
    ]) {
      const r = await call(server.url, 'GET', `/v1/join/${encodeURIComponent(typed)}`);
      assert.equal(r.status, 200, typed);
      assert.equal(r.body.session.id, s.id);
    }
  });
  it('are never given twice: a clash is detected by the database and another code is drawn', async () => {
    const db = await openDatabase(server.db);
    try {
      const taken = (await newSession()).code;
      const clash = await db.createSession({
        id: uid('s'),
        title: 'Clash',
        date: '2026-11-25',
        moderation: 'none',
        open: true,
        code: taken,
      });
      assert.equal(clash, 'code-taken');
      const tried: string[] = [];
      const outcome = await withFreshCode(async (code) => {
        tried.push(code);
        return tried.length < 3 ? 'code-taken' : 'created';
      });
      assert.equal(outcome, 'created');
      assert.equal(tried.length, 3);
      for (const code of tried) assert.match(code, /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    } finally {
      await db.close();
    }
  });
});

describe('admin API', () => {
  it('creates a session from a template and answers the item with code, join URL and counts', async () => {
    const r = await create({
      title: 'TRIZ in Cardiff',
      date: '2026-12-01',
      template: 'triz-commitments',
      prompt: 'One thing I will do…',
      moderation: 'pre',
      partnerUrl: 'https://partner.example/live',
      lang: 'cy',
    });
    assert.equal(r.status, 201, r.text);
    assert.match(r.body.id, /^[0-9a-f-]{36}$/, 'id generated');
    assert.deepEqual(
      { ...r.body, id: undefined, code: undefined, joinUrl: undefined },
      {
        id: undefined,
        code: undefined,
        joinUrl: undefined,
        title: 'TRIZ in Cardiff',
        date: '2026-12-01',
        template: 'triz-commitments',
        prompt: 'One thing I will do…',
        moderation: 'pre',
        open: true,
        partnerUrl: 'https://partner.example/live',
        lang: 'cy',
        stage: 'assess',
        agenda: TRIZ_AGENDA,
        round: { kind: null, phase: 'ready', leftMs: 0, locked: false, version: 0 },
        votes: 0,
        counts: { responses: 0, commitments: 0, pending: 0, followUps: 0, pendingFollowUps: 0 },
      },
    );
    const one = await call(server.url, 'GET', `/v1/admin/sessions/${r.body.id}`, { admin: true });
    assert.deepEqual(one.body, r.body);
  });

  it('keeps working for clients that send only what they sent before (template commitments)', async () => {
    const id = uid('session');
    const r = await create({ id, title: 'Old client', date: '2026-11-25' });
    assert.equal(r.status, 201);
    assert.equal(r.body.id, id);
    assert.equal(r.body.template, 'commitments');
    const pub = await call(server.url, 'GET', `/v1/sessions/${id}`);
    assert.equal(pub.status, 200);
    assert.equal(pub.body.title, 'Old client');
  });

  it('refuses a partner page that is not https, too long or malformed, naming the field', async () => {
    const cases: [string, string][] = [
      ['http://partner.example/', 'partnerUrl: must be a secure web address starting with https://'],
      ['javascript:alert(1)', 'partnerUrl: must be a secure web address starting with https://'],
      [`https://partner.example/${'a'.repeat(2000)}`, 'partnerUrl: must be at most 2,000 characters long'],
      ['the partner page', 'partnerUrl: must be a web address'],
    ];
    for (const [url, message] of cases) {
      const r = await create({
        title: 'Bad partner',
        date: '2026-11-25',
        template: 'commitments',
        partnerUrl: url,
      });
      assert.equal(r.status, 400, url);
      assert.equal(r.body.error.code, 'invalid');
      assert.equal(r.body.error.message, message);
      assert.equal(r.body.error.issues[0].path, 'partnerUrl');
    }
    const s = await newSession();
    const patch = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { partnerUrl: 'http://partner.example/' },
    });
    assert.equal(patch.status, 400);
    assert.equal(patch.body.error.issues[0].path, 'partnerUrl');
    const bad = await create({ title: 'x', date: '2026-11-25', template: 'quiz', code: 'K7M3QP' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'unknown-field', 'a client never sets the code');
  });

  it('lists sessions by date (latest first), then title, with their counts', async () => {
    const late = await newSession({ title: 'b later', date: '2031-05-02', moderation: 'pre' });
    const earlyB = await newSession({ title: 'B early', date: '2031-05-01' });
    const earlyA = await newSession({ title: 'a early', date: '2031-05-01' });
    await call(server.url, 'POST', `/v1/sessions/${late.id}/commitments`, {
      body: { id: uid('c'), sessionId: late.id, text: 'Held for review' },
    });
    await call(server.url, 'POST', `/v1/sessions/${late.id}/responses`, {
      body: {
        id: uid('r'),
        sessionId: late.id,
        submittedAt: '2026-11-25T10:00:00.000Z',
        catalogueVersion: '2024.1',
        ratings: { 'finding-the-time': 3 },
      },
    });
    const list = await call(server.url, 'GET', '/v1/admin/sessions', { admin: true });
    assert.equal(list.status, 200);
    const ids = list.body.items.map((s: { id: string }) => s.id);
    assert.deepEqual(ids.slice(0, 3), [late.id, earlyA.id, earlyB.id]);
    assert.deepEqual(list.body.items[0].counts, {
      responses: 1,
      commitments: 1,
      pending: 1,
      followUps: 0,
      pendingFollowUps: 0,
    });
    assert.equal(list.body.items[0].joinUrl, `${server.url}/j/${late.code}`);
  });

  it('edits, closes and reopens a session; a closed code reveals nothing', async () => {
    const s = await newSession({ partnerUrl: 'https://partner.example/', prompt: 'Old prompt' });
    const edited = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { title: 'New title', prompt: 'New prompt', partnerUrl: null, lang: 'cy' },
    });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.title, 'New title');
    assert.equal(edited.body.prompt, 'New prompt');
    assert.equal(edited.body.partnerUrl, undefined, 'null clears the partner page');
    assert.equal(edited.body.lang, 'cy');
    assert.equal(edited.body.code, s.code, 'the code stays');
    const closed = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { open: false },
    });
    assert.equal(closed.body.open, false);
    const gone = await call(server.url, 'GET', `/v1/join/${s.code}`);
    assert.equal(gone.status, 410);
    assert.equal(gone.body.error.code, 'session-closed');
    assert.ok(!gone.text.includes(s.id) && !gone.text.includes('New title'), 'no session details');
    const reopened = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { open: true },
    });
    assert.equal(reopened.body.open, true);
    const back = await call(server.url, 'GET', `/v1/join/${s.code}`);
    assert.equal(back.status, 200);
    assert.equal(back.body.session.title, 'New title');
    assert.equal(back.body.session.lang, 'cy');
    assert.equal(back.body.endpoint, server.url);
    const unknown = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { code: 'K7M3QP' },
    });
    assert.equal(unknown.status, 400);
  });

  it('duplicates a session: new id and code, same settings, nothing stored', async () => {
    const s = await newSession({
      title: 'Original',
      template: 'self-assessment',
      prompt: 'Rate your network',
      moderation: 'post',
      partnerUrl: 'https://partner.example/x',
      lang: 'cy',
    });
    await call(server.url, 'POST', `/v1/sessions/${s.id}/commitments`, {
      body: { id: uid('c'), sessionId: s.id, text: 'On the wall' },
    });
    const copy = await call(server.url, 'POST', `/v1/admin/sessions/${s.id}/duplicate`, { admin: true });
    assert.equal(copy.status, 201, copy.text);
    assert.notEqual(copy.body.id, s.id);
    assert.notEqual(copy.body.code, s.code);
    for (const field of ['title', 'date', 'template', 'prompt', 'moderation', 'partnerUrl', 'lang'])
      assert.equal(copy.body[field], s[field], field);
    assert.equal(copy.body.open, true);
    assert.deepEqual(copy.body.counts, {
      responses: 0,
      commitments: 0,
      pending: 0,
      followUps: 0,
      pendingFollowUps: 0,
    });
    const wall = await call(server.url, 'GET', `/v1/sessions/${copy.body.id}/commitments`);
    assert.deepEqual(wall.body.items, []);
    const missing = await call(server.url, 'POST', '/v1/admin/sessions/no-such-session/duplicate', {
      admin: true,
    });
    assert.equal(missing.status, 404);
  });

  it('deletes a session (204): its code then leads nowhere', async () => {
    const s = await newSession();
    const del = await call(server.url, 'DELETE', `/v1/admin/sessions/${s.id}`, { admin: true });
    assert.equal(del.status, 204);
    assert.equal(del.text, '');
    assert.equal((await call(server.url, 'GET', `/v1/join/${s.code}`)).status, 404);
    assert.equal((await call(server.url, 'GET', `/v1/admin/sessions/${s.id}`, { admin: true })).status, 404);
  });

  it('needs the admin token, and a cookie changes nothing without the page’s origin and CSRF header', async () => {
    const s = await newSession();
    const paths: [string, string, unknown?][] = [
      ['GET', '/v1/admin/sessions'],
      ['POST', '/v1/admin/sessions', { title: 'x', date: '2026-11-25' }],
      ['GET', `/v1/admin/sessions/${s.id}`],
      ['PATCH', `/v1/admin/sessions/${s.id}`, { open: false }],
      ['POST', `/v1/admin/sessions/${s.id}/duplicate`],
      ['DELETE', `/v1/admin/sessions/${s.id}`],
      ['GET', `/v1/admin/sessions/${s.id}/qr.svg`],
    ];
    for (const [method, path, body] of paths) {
      const r = await call(server.url, method, path, body === undefined ? {} : { body });
      assert.equal(r.status, 401, `${method} ${path}`);
    }
    const login = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    for (const [method, path, body] of paths.filter(([m]) => m !== 'GET')) {
      const noHeader = await call(server.url, method, path, {
        headers: { cookie, origin: server.url },
        ...(body === undefined ? {} : { body }),
      });
      assert.equal(noHeader.status, 401, `${method} ${path} without the CSRF header`);
      const crossSite = await call(server.url, method, path, {
        headers: { cookie, origin: 'https://evil.example', 'x-netweave-csrf': '1' },
        ...(body === undefined ? {} : { body }),
      });
      assert.equal(crossSite.status, 403, `${method} ${path} from another site`);
    }
    assert.equal(
      (await call(server.url, 'GET', `/v1/join/${s.code}`)).status,
      200,
      'still open, still there',
    );
    const own = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      headers: { cookie, origin: server.url, 'x-netweave-csrf': '1' },
      body: { open: false },
    });
    assert.equal(own.status, 200);
    for (const [method, path] of paths.filter(([m]) => m === 'GET')) {
      const r = await call(server.url, method, path, { headers: { cookie } });
      assert.equal(r.status, 200, `${method} ${path} reads with the cookie`);
    }
  });
});

/** The dark modules drawn by the SVG's path, on a white page with its quiet zone, as RGBA pixels. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1)
      for (let dx = 0; dx < scale; dx += 1) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
  }
  return { data, width };
}

describe('what a session is doing now (its stage)', () => {
  it('starts at its template’s first stage; the facilitator moves it on and everyone following hears it', async () => {
    const s = await newSession({ template: 'triz-commitments' });
    assert.equal(s.stage, 'assess', 'a TRIZ session starts with the self-assessment');
    assert.equal((await call(server.url, 'GET', `/v1/join/${s.code}`)).body.session.stage, 'assess');

    const controller = new AbortController();
    const res = await fetch(`${server.url}/v1/sessions/${s.id}/events`, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    const messages = readSse(res.body!);
    assert.equal((await streamStart(messages)).stage, 'assess');

    const moved = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { stage: 'triz' },
    });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.stage, 'triz');
    const told = (await messages.next()).value!;
    assert.equal(told.event, 'session');
    assert.equal(JSON.parse(told.data).session.stage, 'triz', 'followers hear the move as it happens');
    controller.abort();

    // A participant who was away learns the stage when the stream resumes, and the join lookup says it.
    await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, { admin: true, body: { stage: 'commit' } });
    const away = new AbortController();
    const again = await fetch(`${server.url}/v1/sessions/${s.id}/events`, {
      headers: { accept: 'text/event-stream', 'last-event-id': '0' },
      signal: away.signal,
    });
    const resumed = readSse(again.body!);
    assert.equal((await streamStart(resumed, { resumed: true })).stage, 'commit');
    away.abort();
    assert.equal((await call(server.url, 'GET', `/v1/join/${s.code}`)).body.session.stage, 'commit');
    const polled = await call(server.url, 'GET', `/v1/sessions/${s.id}/events`);
    assert.equal(polled.body.session.stage, 'commit');
  });

  it('refuses a stage the template does not run, naming the field; the session stays where it was', async () => {
    const s = await newSession({ template: 'commitments' });
    assert.equal(s.stage, 'commit');
    for (const stage of ['triz', 'lunch', 7]) {
      const r = await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
        admin: true,
        body: { stage },
      });
      assert.equal(r.status, 400, `stage ${String(stage)}`);
      assert.equal(r.body.error.code, 'invalid');
      assert.match(r.text, /stage/);
    }
    const made = await create({
      title: 'Wrong',
      date: '2026-11-25',
      template: 'self-assessment',
      stage: 'commit',
    });
    assert.equal(made.status, 400);
    assert.match(made.text, /stage/);
    assert.equal(
      (await call(server.url, 'GET', `/v1/admin/sessions/${s.id}`, { admin: true })).body.stage,
      'commit',
    );
  });

  it('a duplicate starts again at the first stage', async () => {
    const s = await newSession({ template: 'triz-commitments' });
    await call(server.url, 'PATCH', `/v1/admin/sessions/${s.id}`, { admin: true, body: { stage: 'commit' } });
    const copy = await call(server.url, 'POST', `/v1/admin/sessions/${s.id}/duplicate`, { admin: true });
    assert.equal(copy.body.stage, 'assess');
  });
});

describe('QR code of the join URL', () => {
  it('is an SVG made on the collector that decodes to the join URL', async () => {
    const s = await newSession();
    const r = await fetch(`${server.url}/v1/admin/sessions/${s.id}/qr.svg`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'image/svg+xml');
    const svg = await r.text();
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, new RegExp(`aria-label="QR code to join: ${s.joinUrl.replace(/[.]/g, '\\.')}"`));
    const { data, width } = rasterise(svg);
    assert.equal(jsQR(data, width, width)?.data, s.joinUrl);
    const cy = await (
      await fetch(`${server.url}/v1/admin/sessions/${s.id}/qr.svg?lang=cy`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).text();
    assert.match(cy, /Cod QR i ymuno/);
  });

  it('uses the smallest version with error correction M and decodes at every length up to 200 characters', () => {
    // Byte-mode capacity at level M (ISO/IEC 18004 table 7): version 1 holds 14 bytes, 2: 26,
    // 3: 42, 4: 62, 5: 84, 6: 106, 7: 122, 8: 152, 9: 180, 10: 213.
    const capacity = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];
    for (const length of [14, 15, 26, 27, 62, 63, 122, 152, 180, 181, 200]) {
      const text = `https://c.example/j/${'K7M3QP'.repeat(40)}`.slice(0, length);
      const matrix = qrMatrix(text);
      const version = capacity.findIndex((c) => c >= length) + 1;
      assert.equal(matrix.length, 17 + 4 * version, `${length} characters → version ${version}`);
      const svg = `viewBox="0 0 ${matrix.length + 8} ${matrix.length + 8}" ${matrix
        .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + 4} ${y + 4}h1v1h-1z` : '')))
        .join('')}`;
      const { data, width } = rasterise(svg);
      assert.equal(jsQR(data, width, width)?.data, text, `${length} characters decode`);
    }
  });
});

describe('editing a held post before approving it', () => {
  it('approves the edited text; the unedited text is in no table, no event, no stream and (SQLite) not in the file', async () => {
    const s = await newSession({ moderation: 'pre' });
    const secret = `07700 9${String(Date.now()).slice(-5)}`;
    const original = `Call me on ${secret} about the network`;
    const edited = 'Call me about the network';
    const cid = uid('c');
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/v1/admin/sessions/${s.id}/events`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${TOKEN}` },
      signal: controller.signal,
    });
    const messages = readSse(stream.body!);
    await streamStart(messages, {});
    const posted = await call(server.url, 'POST', `/v1/sessions/${s.id}/commitments`, {
      body: { id: cid, sessionId: s.id, text: original },
    });
    assert.equal(posted.body.status, 'pending');
    assert.deepEqual(posted.body.heldFor, ['phone']);
    assert.equal((await messages.next()).value?.event, 'commitment');

    // Checked like a new post's text.
    for (const [text, message] of [
      ['   ', 'text: must not be empty'],
      ['x'.repeat(1001), 'text: must be at most 1,000 characters long'],
      [42, 'text: must be text'],
    ] as const) {
      const r = await call(server.url, 'POST', `/v1/admin/sessions/${s.id}/commitments/${cid}/moderation`, {
        admin: true,
        body: { action: 'approve', text },
      });
      assert.equal(r.status, 400);
      assert.equal(r.body.error.message, message);
    }
    const hideEdit = await call(
      server.url,
      'POST',
      `/v1/admin/sessions/${s.id}/commitments/${cid}/moderation`,
      {
        admin: true,
        body: { action: 'hide', text: edited },
      },
    );
    assert.equal(hideEdit.status, 400, 'only an approval carries an edit');

    const approved = await call(
      server.url,
      'POST',
      `/v1/admin/sessions/${s.id}/commitments/${cid}/moderation`,
      {
        admin: true,
        body: { action: 'approve', text: `  ${edited} ` },
      },
    );
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.text, edited);
    assert.equal(approved.body.status, 'visible');
    const live = (await messages.next()).value!;
    assert.equal(
      JSON.parse(live.data).commitment.text,
      edited,
      'the admin stream (the fan-out path) carries the edit',
    );
    controller.abort();

    assert.deepEqual(await whereStored(server.db, secret), [], 'no table holds the unedited text');
    const rows = await query(server.db, 'SELECT text FROM commitments WHERE id = $1', [cid]);
    assert.deepEqual(rows, [{ text: edited }]);
    const events = await query(server.db, 'SELECT data FROM events WHERE session_id = $1', [s.id]);
    assert.equal(events.length, 2);
    for (const e of events) assert.equal(JSON.parse(String(e.data)).commitment.text, edited);

    for (const path of [`/v1/sessions/${s.id}/events?after=0`, `/v1/admin/sessions/${s.id}/events?after=0`]) {
      const replay = await call(server.url, 'GET', path, path.includes('admin') ? { admin: true } : {});
      assert.ok(!replay.text.includes(secret), path);
      assert.ok(replay.text.includes(edited), path);
    }
    // The participant's device sending its post again (its outbox retrying) is a replay, not a conflict.
    const retry = await call(server.url, 'POST', `/v1/sessions/${s.id}/commitments`, {
      body: { id: cid, sessionId: s.id, text: original },
    });
    assert.equal(retry.status, 200);
    assert.equal(retry.body.text, edited);
    assert.deepEqual(await whereStored(server.db, secret), []);

    if (!/^postgres/.test(server.db)) {
      assert.ok(readFileSync(server.db).includes(edited), 'the file holds the edited post itself');
      for (const file of [server.db, `${server.db}-wal`]) {
        if (!existsSync(file)) continue;
        assert.ok(!readFileSync(file).includes(secret), `${file} does not hold the unedited text`);
      }
    }
  });

  it('still takes status alone, as before', async () => {
    const s = await newSession({ moderation: 'pre' });
    const cid = uid('c');
    await call(server.url, 'POST', `/v1/sessions/${s.id}/commitments`, {
      body: { id: cid, sessionId: s.id, text: 'Plain post' },
    });
    const r = await call(server.url, 'POST', `/v1/admin/sessions/${s.id}/commitments/${cid}/moderation`, {
      admin: true,
      body: { status: 'visible' },
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.text, 'Plain post');
    const bad = await call(server.url, 'POST', `/v1/admin/sessions/${s.id}/commitments/${cid}/moderation`, {
      admin: true,
      body: { action: 'publish' },
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'invalid-action');
  });
});
