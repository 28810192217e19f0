import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { parseCsv } from '@netweave/model';
import {
  call,
  cleanUp,
  createSession,
  ORIGIN,
  readSse,
  streamStart,
  response,
  start,
  TOKEN,
  uid,
  type Running,
} from './helpers.js';

let server: Running;
before(async () => {
  server = await start();
});
after(async () => {
  await server.stop();
  cleanUp();
});

describe('sessions', () => {
  it('refuses submissions to an unknown session with a clear message', async () => {
    const r = await call(server.url, 'POST', '/v1/sessions/no-such-session/responses', {
      body: response('no-such-session'),
    });
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, 'session-not-found');
    assert.match(r.body.error.message, /no session "no-such-session"/);
  });

  it('refuses submissions once the admin closes the session', async () => {
    const sid = await createSession(server.url);
    const closed = await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}`, {
      admin: true,
      body: { open: false },
    });
    assert.equal(closed.body.open, false);
    const r = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body: response(sid) });
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, 'session-closed');
    const c = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: 'Late' },
    });
    assert.equal(c.status, 409);
  });

  it('needs the admin token to create sessions', async () => {
    const none = await call(server.url, 'POST', '/v1/admin/sessions', {
      body: { title: 'x', date: '2026-11-25' },
    });
    assert.equal(none.status, 401);
    const wrong = await call(server.url, 'POST', '/v1/admin/sessions', {
      body: { title: 'x', date: '2026-11-25' },
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    assert.equal(wrong.status, 401);
  });
});

describe('responses', () => {
  it('stores a response once: a retry returns the original, a different payload with the same id is refused', async () => {
    const sid = await createSession(server.url);
    const r = response(sid);
    const first = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body: r });
    assert.equal(first.status, 201);
    const again = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body: r });
    assert.equal(again.status, 200);
    assert.equal(again.body.receivedAt, first.body.receivedAt);
    const changed = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, {
      body: { ...r, ratings: { 'finding-the-time': 0 } },
    });
    assert.equal(changed.status, 409);
    const csv = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/responses.csv`, { admin: true });
    assert.equal(parseCsv(csv.text).length, 2, 'a header and one response');
  });

  it('names the field of an invalid response', async () => {
    const sid = await createSession(server.url);
    const r = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, {
      body: { ...response(sid), ratings: { 'finding-the-time': 9 } },
    });
    assert.equal(r.status, 400);
    assert.match(r.body.error.message, /ratings\.finding-the-time/);
  });

  it('refuses impossible timestamps with a 400 naming the field (the rule the SDK reads by)', async () => {
    const sid = await createSession(server.url);
    for (const submittedAt of ['2026-02-31T10:00:00Z', '0000-01-01T10:00:00Z', '9999-12-31T10:00:00Z']) {
      const r = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, {
        body: { ...response(sid), submittedAt },
      });
      assert.equal(r.status, 400, submittedAt);
      assert.equal(r.body.error.issues[0].path, 'submittedAt');
      assert.match(r.body.error.message, /submittedAt/);
    }
    const c = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: 'Soon', createdAt: '2026-02-30T10:00:00Z' },
    });
    assert.equal(c.status, 400);
    assert.equal(c.body.error.issues[0].path, 'createdAt');
  });

  it('publishes a summary under NHS disclosure control: small numbers hidden, others rounded to 5', async () => {
    const sid = await createSession(server.url);
    for (let i = 0; i < 3; i += 1)
      await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body: response(sid) });
    const few = await call(server.url, 'GET', `/v1/sessions/${sid}/summary`);
    assert.equal(few.body.kind, 'netweave.frequency-summary');
    assert.equal(few.body.release.number, 0, '3 responses: nothing released yet');
    assert.equal(few.body.respondents, 0);
    for (let i = 0; i < 20; i += 1) {
      const ratings = { 'finding-the-time': i < 10 ? 4 : 0, 'peer-support': 2 };
      await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, {
        body: response(sid, uid('r'), ratings),
      });
    }
    await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}`, { admin: true, body: { open: false } });
    const many = await call(server.url, 'GET', `/v1/sessions/${sid}/summary`);
    assert.equal(many.body.release.final, true, 'the final release, at close');
    assert.equal(many.body.disclosure.rule, 'nhs');
    assert.ok([20, 25].includes(many.body.respondents), '23 (± at most 3), rounded to 5');
    const time = many.body.challenges.find((c: { id: string }) => c.id === 'finding-the-time');
    assert.ok([10, 15].includes(time.identified), '13 (± at most 3), rounded to 5');
    assert.ok([20, 25].includes(time.base));
    assert.equal(time.proportion, time.identified / time.base, 'from the rounded counts');
    const exact = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/summary`, { admin: true });
    const exactTime = exact.body.challenges.find((c: { id: string }) => c.id === 'finding-the-time');
    assert.deepEqual([exact.body.respondents, exactTime.identified], [23, 13], 'admin: exact figures');
  });
});

describe('commitments', () => {
  it('holds posts for review under pre-moderation and shows them once approved', async () => {
    const sid = await createSession(server.url, { moderation: 'pre' });
    const id = uid('c');
    const posted = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id, sessionId: sid, text: 'Meet the housing team monthly' },
    });
    assert.equal(posted.status, 201);
    assert.equal(posted.body.status, 'pending');
    assert.deepEqual((await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`)).body.items, []);
    const approved = await call(
      server.url,
      'POST',
      `/v1/admin/sessions/${sid}/commitments/${id}/moderation`,
      { admin: true, body: { status: 'visible' } },
    );
    assert.equal(approved.body.status, 'visible');
    const list = await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`);
    assert.deepEqual(
      list.body.items.map((c: { id: string }) => c.id),
      [id],
    );
    await call(server.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${id}/moderation`, {
      admin: true,
      body: { status: 'hidden' },
    });
    assert.deepEqual((await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`)).body.items, []);
  });

  it('holds a post with personal data even without moderation (the same screening as the wall)', async () => {
    const sid = await createSession(server.url);
    const posted = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: 'Email me at jo@example.org' },
    });
    assert.equal(posted.body.status, 'pending');
    assert.deepEqual(posted.body.heldFor, ['email']);
    assert.deepEqual((await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`)).body.items, []);
  });

  it('never lets a client set status or reactions', async () => {
    const sid = await createSession(server.url, { moderation: 'pre' });
    const r = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: 'Sneaky', status: 'visible' },
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.issues[0].path, 'status');
  });

  it('pages newest first with a cursor, reacts and moves columns', async () => {
    const sid = await createSession(server.url);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const id = `c${i}-${uid()}`;
      ids.push(id);
      await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
        body: {
          id,
          sessionId: sid,
          text: `Commitment ${i}`,
          createdAt: new Date(Date.now() - (10 - i) * 1000).toISOString(),
        },
      });
    }
    const first = await call(server.url, 'GET', `/v1/sessions/${sid}/commitments?limit=2`);
    assert.deepEqual(
      first.body.items.map((c: { text: string }) => c.text),
      ['Commitment 4', 'Commitment 3'],
    );
    const second = await call(
      server.url,
      'GET',
      `/v1/sessions/${sid}/commitments?limit=2&cursor=${first.body.nextCursor}`,
    );
    assert.deepEqual(
      second.body.items.map((c: { text: string }) => c.text),
      ['Commitment 2', 'Commitment 1'],
    );
    const third = await call(
      server.url,
      'GET',
      `/v1/sessions/${sid}/commitments?limit=2&cursor=${second.body.nextCursor}`,
    );
    assert.deepEqual(
      third.body.items.map((c: { text: string }) => c.text),
      ['Commitment 0'],
    );
    assert.equal(third.body.nextCursor, null);
    const reacted = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments/${ids[0]}/reactions`);
    assert.equal(reacted.body.reactions, 1);
    const moved = await call(server.url, 'PATCH', `/v1/sessions/${sid}/commitments/${ids[0]}`, {
      body: { column: 'first-steps' },
    });
    assert.equal(moved.body.column, 'first-steps');
    const bad = await call(server.url, 'PATCH', `/v1/sessions/${sid}/commitments/${ids[0]}`, {
      body: { column: 'x', status: 'hidden' },
    });
    assert.equal(bad.status, 400);
  });

  it('counts a reaction once per person: per address, or per device behind a shared address (capped)', async () => {
    const sid = await createSession(server.url);
    const id = uid('c');
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id, sessionId: sid, text: 'Share the referral map' },
    });
    const react = (headers: Record<string, string> = {}) =>
      call(server.url, 'POST', `/v1/sessions/${sid}/commitments/${id}/reactions`, { headers });
    for (let i = 0; i < 20; i += 1) assert.equal((await react()).status, 200);
    assert.equal((await react()).body.reactions, 1, '20 reactions from one client count once');
    assert.equal((await react({ 'x-netweave-device': 'phone-a' })).body.reactions, 2);
    assert.equal((await react({ 'x-netweave-device': 'phone-a' })).body.reactions, 2, 'once per device');
    let last = 0;
    for (let i = 0; i < 40; i += 1)
      last = (await react({ 'x-netweave-device': `phone-${i}` })).body.reactions;
    assert.equal(last, 25, 'at most 25 per address and post, whatever devices it claims');
  });

  it('exports the canonical commitments CSV and deletes a session with its data', async () => {
    const sid = await createSession(server.url);
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: '=HYPERLINK("x")' },
    });
    const csv = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/commitments.csv`, { admin: true });
    assert.match(csv.headers.get('content-type')!, /text\/csv/);
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0], [
      'commitment_id',
      'session_id',
      'created_at',
      'column',
      'text',
      'sector',
      'status',
    ]);
    assert.equal(rows[1]![4], `'=HYPERLINK("x")`, 'formula-safe');
    const del = await call(server.url, 'DELETE', `/v1/admin/sessions/${sid}`, { admin: true });
    assert.equal(del.status, 204);
    assert.equal((await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`)).status, 404);
  });
});

describe('live updates', () => {
  it('streams visible changes by SSE and resumes after Last-Event-ID without loss or repeats', async () => {
    const sid = await createSession(server.url, { moderation: 'pre' });
    const controller = new AbortController();
    const res = await fetch(`${server.url}/v1/sessions/${sid}/events`, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const messages = readSse(res.body!);
    assert.equal((await streamStart(messages)).stage, 'commit');
    const a = uid('c');
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: a, sessionId: sid, text: 'Pending one' },
    });
    await call(server.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${a}/moderation`, {
      admin: true,
      body: { status: 'visible' },
    });
    // The pending post never reaches the public stream: the first message is its approval.
    const msg = (await messages.next()).value!;
    assert.equal(msg.event, 'commitment');
    assert.equal(JSON.parse(msg.data).commitment.text, 'Pending one');
    const lastId = msg.id!;
    controller.abort();

    const b = uid('c');
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: b, sessionId: sid, text: 'While away' },
    });
    await call(server.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${b}/moderation`, {
      admin: true,
      body: { status: 'visible' },
    });
    const resumed = new AbortController();
    const res2 = await fetch(`${server.url}/v1/sessions/${sid}/events`, {
      headers: { accept: 'text/event-stream', 'last-event-id': lastId },
      signal: resumed.signal,
    });
    const again = readSse(res2.body!);
    await streamStart(again, { resumed: true });
    const missed = (await again.next()).value!;
    assert.equal(missed.event, 'commitment', 'the post approved while away arrives on resume');
    assert.equal(JSON.parse(missed.data).commitment.text, 'While away');
    // Hiding a post that was on the wall takes it down.
    await call(server.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${b}/moderation`, {
      admin: true,
      body: { status: 'hidden' },
    });
    const removed = (await again.next()).value!;
    assert.equal(removed.event, 'commitment-removed');
    assert.equal(JSON.parse(removed.data).id, b);
    assert.ok(!removed.data.includes('While away'));
    resumed.abort();
  });

  it('never replays the text of a hidden post from the event history (poll or stream)', async () => {
    const sid = await createSession(server.url);
    const secret = `Call Sam on ward 7 ${uid()}`;
    const hiddenId = uid('c');
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: hiddenId, sessionId: sid, text: secret },
    });
    await call(server.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${hiddenId}/moderation`, {
      admin: true,
      body: { status: 'hidden' },
    });
    const shownId = uid('c');
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: shownId, sessionId: sid, text: 'Still on the wall' },
    });
    const polled = await call(server.url, 'GET', `/v1/sessions/${sid}/events?after=0`);
    assert.ok(!polled.text.includes(secret), 'the poll replays no hidden text');
    assert.deepEqual(
      polled.body.events.map((e: { event: { type: string; id?: string } }) => [e.event.type, e.event.id]),
      [
        ['commitment-removed', hiddenId],
        ['commitment-removed', hiddenId],
        ['commitment', undefined],
      ],
    );
    const controller = new AbortController();
    const res = await fetch(`${server.url}/v1/sessions/${sid}/events`, {
      headers: { accept: 'text/event-stream', 'last-event-id': '0' },
      signal: controller.signal,
    });
    const seen: string[] = [];
    for await (const msg of readSse(res.body!)) {
      seen.push(msg.data);
      if (msg.event === 'commitment' && JSON.parse(msg.data).commitment.id === shownId) break;
    }
    controller.abort();
    assert.ok(!seen.some((d) => d.includes(secret)), 'the stream replays no hidden text');
    assert.ok(seen.some((d) => d.includes('commitment-removed') && d.includes(hiddenId)));
  });

  it('serves the same events as JSON for polling clients', async () => {
    const sid = await createSession(server.url);
    const start = await call(server.url, 'GET', `/v1/sessions/${sid}/events`);
    assert.deepEqual(start.body.events, []);
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: 'Polled' },
    });
    const next = await call(server.url, 'GET', `/v1/sessions/${sid}/events?after=${start.body.lastEventId}`);
    assert.equal(next.body.events.length, 1);
    assert.equal(next.body.events[0].event.commitment.text, 'Polled');
  });
});

describe('session changes', () => {
  it('tells those following a session when it closes and reopens, by SSE and by polling', async () => {
    const sid = await createSession(server.url, { prompt: 'Our pledge' });
    const controller = new AbortController();
    const res = await fetch(`${server.url}/v1/sessions/${sid}/events`, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    const messages = readSse(res.body!);
    await streamStart(messages);
    const polled = await call(server.url, 'GET', `/v1/sessions/${sid}/events`);
    assert.equal(polled.body.session.open, true);
    assert.equal(polled.body.session.prompt, 'Our pledge');
    await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}`, { admin: true, body: { open: false } });
    let closed = (await messages.next()).value!;
    // Closing also makes the summary's final release (a `responses` event): not what this is about.
    while (closed.event === 'responses') closed = (await messages.next()).value!;
    assert.equal(closed.event, 'session');
    assert.deepEqual(
      [JSON.parse(closed.data).type, JSON.parse(closed.data).session.open],
      ['session', false],
    );
    const after = await call(
      server.url,
      'GET',
      `/v1/sessions/${sid}/events?after=${polled.body.lastEventId}`,
    );
    assert.equal(after.body.session.open, false);
    await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}`, { admin: true, body: { open: true } });
    let reopened = (await messages.next()).value!;
    while (reopened.event === 'responses') reopened = (await messages.next()).value!;
    assert.equal(JSON.parse(reopened.data).session.open, true);
    controller.abort();
  });
});

describe('protection', () => {
  it('answers an allowed origin with CORS headers and Vary: Origin, and refuses others', async () => {
    const sid = await createSession(server.url);
    const ok = await call(server.url, 'GET', `/v1/sessions/${sid}`, { headers: { origin: ORIGIN } });
    assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(ok.headers.get('vary')!, /Origin/);
    const preflight = await fetch(`${server.url}/v1/sessions/${sid}/responses`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    const evil = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, {
      body: response(sid),
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(evil.status, 403);
    // The page is told why, in a way it can read; nothing was stored.
    assert.equal(evil.headers.get('access-control-allow-origin'), 'https://evil.example');
    assert.match(evil.headers.get('vary')!, /Origin/);
    assert.equal(evil.body.error.code, 'origin-not-allowed');
    assert.match(evil.body.error.message, /https:\/\/evil\.example.*--allow-origin/);
    const evilPreflight = await fetch(`${server.url}/v1/sessions/${sid}/responses`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(evilPreflight.status, 403);
    assert.equal(evilPreflight.headers.get('access-control-allow-origin'), 'https://evil.example');
    assert.equal((await evilPreflight.json()).error.code, 'origin-not-allowed');
    const exact = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/summary`, { admin: true });
    assert.equal(exact.body.respondents, 0);
  });

  it('does not take the Host header as its own origin (DNS rebinding), only the names it is given', async () => {
    const rebound = (base: string, host: string, sid: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          `${base}/v1/sessions/${sid}/responses`,
          {
            method: 'POST',
            headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(response(sid)));
      });
    const sid = await createSession(server.url);
    const refused = await rebound(server.url, 'evil.example', sid);
    assert.equal(refused.status, 403);
    assert.match(JSON.parse(refused.body).error.message, /--public-origin/, 'says what to do if it is ours');
    const own = await call(server.url, 'GET', `/v1/sessions/${sid}`, { headers: { origin: server.url } });
    assert.equal(own.status, 200, 'the collector’s own address is still its own origin');
    const named = await start({ args: ['--public-origin', 'http://collect.example'] });
    try {
      const sid2 = await createSession(named.url);
      assert.equal((await rebound(named.url, 'collect.example', sid2)).status, 201);
      assert.equal((await rebound(named.url, 'evil.example', sid2)).status, 403);
    } finally {
      await named.stop();
    }
  });

  it('rate-limits per client with 429 and Retry-After', async () => {
    const limited = await start({ args: ['--rate-limit', '5'] });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 8; i += 1) {
        const r = await call(limited.url, 'POST', '/v1/sessions/nope/responses', { body: {} });
        statuses.push(r.status);
        if (r.status === 429) retryAfter = r.headers.get('retry-after');
      }
      assert.deepEqual(statuses.slice(0, 5), [404, 404, 404, 404, 404]);
      assert.equal(statuses[7], 429);
      assert.ok(Number(retryAfter) >= 1);
      assert.ok(!limited.logs.join('\n').includes('127.0.0.1'), 'no client address in the logs');
    } finally {
      await limited.stop();
    }
  });

  it('behind a trusted proxy, limits each client separately by the address the proxy saw', async () => {
    const proxied = await start({ args: ['--rate-limit', '2', '--trust-proxy'] });
    try {
      const from = (address: string) =>
        call(proxied.url, 'POST', '/v1/sessions/nope/responses', {
          body: {},
          headers: { 'x-forwarded-for': `203.0.113.9, ${address}` },
        });
      assert.equal((await from('198.51.100.1')).status, 404);
      assert.equal((await from('198.51.100.1')).status, 404);
      assert.equal((await from('198.51.100.1')).status, 429);
      assert.equal((await from('198.51.100.2')).status, 404, 'another client is not held back');
      assert.ok(!proxied.logs.join('\n').includes('198.51.100'), 'no client address in the logs');
    } finally {
      await proxied.stop();
    }
  });

  it('reports health and shuts down cleanly on SIGTERM', async () => {
    const other = await start();
    const health = await call(other.url, 'GET', '/health');
    assert.equal(health.body.status, 'ok');
    assert.equal(await other.stop(), 0);
    assert.ok(other.logs.some((l) => l.includes('"stopped"')));
  });
});
