import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { parseCsv } from '@netweave/model';
import { call, cleanUp, createSession, freshDb, response, start, uid } from './helpers.js';

after(cleanUp);

async function responseIds(base: string, sid: string): Promise<string[]> {
  const csv = await call(base, 'GET', `/v1/admin/sessions/${sid}/responses.csv`, { admin: true });
  const rows = parseCsv(csv.text);
  const idColumn = rows[0]!.indexOf('response_id');
  assert.ok(idColumn >= 0, 'the export names the response id');
  return rows.slice(1).map((r) => r[idColumn]!);
}

describe('many concurrent clients', () => {
  it('stores every submission exactly once, even when clients retry', async () => {
    const server = await start();
    try {
      const sid = await createSession(server.url);
      const clients = 40;
      const each = 15;
      const sent = new Set<string>();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < each; i += 1) {
            const body = response(sid);
            sent.add(body.id);
            const first = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body });
            assert.equal(first.status, 201);
            // Every third submission is retried, as a client does after a lost reply.
            if (i % 3 === 0)
              assert.equal(
                (await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body })).status,
                200,
              );
          }
        }),
      );
      const stored = await responseIds(server.url, sid);
      assert.equal(stored.length, clients * each, 'none lost, none duplicated');
      assert.deepEqual(new Set(stored), sent);
      const summary = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/summary`, { admin: true });
      assert.equal(summary.body.respondents, clients * each);
    } finally {
      await server.stop();
    }
  });
});

describe('kill -9 under load', () => {
  it('keeps every acknowledged write after a crash and restart', async () => {
    const db = freshDb();
    let server = await start({ db });
    const sid = await createSession(server.url);
    const acknowledged: string[] = [];
    let stop = false;
    let underLoad!: () => void;
    const twoHundred = new Promise<void>((resolve) => (underLoad = resolve));
    const workers = Array.from({ length: 16 }, async () => {
      while (!stop) {
        const body = response(sid);
        try {
          const r = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, { body });
          if (r.status === 201 && acknowledged.push(body.id) === 200) underLoad();
        } catch {
          return; // the server died mid-request: not acknowledged
        }
      }
    });
    // Killed at the 200th acknowledged write, with the other workers' requests in flight.
    await Promise.race([
      twoHundred,
      Promise.all(workers).then(() =>
        assert.ok(acknowledged.length >= 200, `the server failed after ${acknowledged.length} writes`),
      ),
    ]);
    await server.kill();
    stop = true;
    await Promise.all(workers);
    server = await start({ db, port: 0 });
    try {
      const stored = new Set(await responseIds(server.url, sid));
      const missing = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(
        missing,
        [],
        `${missing.length} of ${acknowledged.length} acknowledged responses were lost`,
      );
    } finally {
      await server.stop();
    }
  });
});

/** Sends raw bytes (fetch cannot send some of these). */
function raw(
  base: string,
  method: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('hostile payloads', () => {
  it('answers 4xx, never 5xx, and stays up', async () => {
    const server = await start();
    try {
      const sid = await createSession(server.url);
      const r = response(sid);
      const c = { id: uid('c'), sessionId: sid, text: 'Fine' };
      const json = { 'content-type': 'application/json' };
      const cases: [string, string, string, Buffer | string, Record<string, string>][] = [
        [
          'oversized',
          'POST',
          `/v1/sessions/${sid}/responses`,
          JSON.stringify({ ...r, pad: 'x'.repeat(200_000) }),
          json,
        ],
        [
          'wrong types',
          'POST',
          `/v1/sessions/${sid}/responses`,
          JSON.stringify({ ...r, ratings: 'lots' }),
          json,
        ],
        ['array body', 'POST', `/v1/sessions/${sid}/responses`, '[1,2,3]', json],
        ['null body', 'POST', `/v1/sessions/${sid}/commitments`, 'null', json],
        [
          'extra fields',
          'POST',
          `/v1/sessions/${sid}/commitments`,
          JSON.stringify({ ...c, reactions: 99 }),
          json,
        ],
        [
          'text too long',
          'POST',
          `/v1/sessions/${sid}/commitments`,
          JSON.stringify({ ...c, text: 'y'.repeat(5000) }),
          json,
        ],
        [
          'invalid UTF-8',
          'POST',
          `/v1/sessions/${sid}/commitments`,
          Buffer.concat([
            Buffer.from('{"id":"a","sessionId":"'),
            Buffer.from([0xc3, 0x28, 0xff]),
            Buffer.from('","text":"x"}'),
          ]),
          json,
        ],
        [
          'deeply nested',
          'POST',
          `/v1/sessions/${sid}/responses`,
          '['.repeat(20_000) + ']'.repeat(20_000),
          json,
        ],
        ['broken JSON', 'POST', `/v1/sessions/${sid}/responses`, '{"id": ', json],
        [
          'not JSON',
          'POST',
          `/v1/sessions/${sid}/responses`,
          'id=1',
          { 'content-type': 'application/x-www-form-urlencoded' },
        ],
        [
          'prototype pollution',
          'POST',
          `/v1/sessions/${sid}/commitments`,
          '{"__proto__":{"status":"visible"},"id":"p1","sessionId":"' + sid + '","text":"x"}',
          json,
        ],
        [
          'disallowed origin',
          'POST',
          `/v1/sessions/${sid}/commitments`,
          JSON.stringify(c),
          { ...json, origin: 'https://evil.example' },
        ],
        ['bad id in path', 'GET', '/v1/sessions/%00%ff/commitments', '', {}],
        ['bad cursor', 'GET', `/v1/sessions/${sid}/commitments?cursor=!!!`, '', {}],
        ['bad limit', 'GET', `/v1/sessions/${sid}/commitments?limit=1e9`, '', {}],
        ['bad event id', 'GET', `/v1/sessions/${sid}/events`, '', { 'last-event-id': 'abc' }],
        [
          'session with status',
          'POST',
          '/v1/admin/sessions',
          JSON.stringify({ title: 'x', date: 'yesterday' }),
          { ...json, authorization: 'Bearer nope-nope-nope-nope' },
        ],
        ['unknown route', 'DELETE', '/v1/sessions', '', {}],
      ];
      for (const [name, method, path, body, headers] of cases) {
        const status = await raw(server.url, method, path, body, headers);
        assert.ok(status >= 400 && status < 500, `${name}: expected 4xx, got ${status}`);
      }
      const health = await call(server.url, 'GET', '/health');
      assert.equal(health.body.status, 'ok');
      const list = await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`);
      assert.deepEqual(list.body.items, [], 'nothing hostile was stored');
      assert.ok(!server.logs.some((l) => l.includes('"level":"error"')), 'no internal errors');
    } finally {
      await server.stop();
    }
  });
});

describe('slow clients', () => {
  it('answers headers that never finish with 408 and closes the connection outright', async () => {
    const server = await start({ args: ['--headers-timeout', '1'] });
    try {
      // allowHalfOpen: this client never ends its side, as a stalled or hostile one would not.
      const socket = connect({ port: server.port, host: '127.0.0.1', allowHalfOpen: true });
      await once(socket, 'connect');
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
      await once(socket, 'end');
      assert.match(text, /^HTTP\/1\.1 408 /, 'a timed-out request is 408 (a client may retry it), not 400');
      // Half-open would leave the server reading: a further write would be accepted. Closed, it fails.
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.on('error', () => undefined);
      const writeAgain = setInterval(() => socket.write('more'), 50);
      await closed;
      clearInterval(writeAgain);
      assert.ok(!server.logs.some((l) => l.includes('"level":"error"')), 'a client mistake is no error');
    } finally {
      await server.stop();
    }
  });
});
