/**
 * Joining by code: the join API's answers, guessing held back per network while a room of 500
 * behind one address joins with the right code, and /j/<code> (the participant page with the
 * right status, or the partner's page).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createCollector, type Collector } from '../src/server.js';
import { JOIN_CODE_ALPHABET } from '@netweave/model';
import { call, freshDb, TOKEN } from './helpers.js';

const appDir = mkdtempSync(join(tmpdir(), 'netweave-app-'));
writeFileSync(
  join(appDir, 'join.html'),
  '<!doctype html><title>Join</title><script type="module" src="/app/join.js"></script>',
);
writeFileSync(join(appDir, 'join.js'), 'export {};');

/** A collector in this process with the default rate limits (no test override). */
async function startCollector(): Promise<{ collector: Collector; url: string }> {
  const config = parseConfig(['--port', '0', '--db', freshDb(), '--admin-token', TOKEN], {});
  const collector = await createCollector(config, { logger: silentLogger, appDir });
  return { collector, url: `http://127.0.0.1:${await collector.listen()}` };
}

let collector: Collector;
let url: string;
before(async () => {
  ({ collector, url } = await startCollector());
});
after(async () => {
  await collector.close();
});

async function newSession(fields: Record<string, unknown> = {}, base = url) {
  const r = await call(base, 'POST', '/v1/admin/sessions', {
    admin: true,
    body: { title: 'Room', date: '2026-11-25', template: 'commitments', ...fields },
  });
  assert.equal(r.status, 201, r.text);
  return r.body as { id: string; code: string; joinUrl: string };
}

/** A new code of the alphabet each time (sessions' codes are random: one in 887 million is taken). */
let wrong = 0;
function wrongCode(): string {
  wrong += 1;
  let n = wrong;
  let code = '';
  for (let i = 0; i < 6; i += 1, n = Math.floor(n / 31)) code = JOIN_CODE_ALPHABET[n % 31]! + code;
  return code;
}

describe('the join API', () => {
  it('answers an open session with what the participant page needs, and nothing for other states', async () => {
    const s = await newSession({
      prompt: 'One thing…',
      moderation: 'pre',
      lang: 'cy',
      template: 'triz-commitments',
    });
    const ok = await call(url, 'GET', `/v1/join/${s.code}`);
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body, {
      session: {
        id: s.id,
        title: 'Room',
        date: '2026-11-25',
        template: 'triz-commitments',
        prompt: 'One thing…',
        moderation: 'pre',
        lang: 'cy',
        stage: 'assess',
      },
      endpoint: url,
    });
    assert.equal(ok.headers.get('cache-control'), 'no-store');

    const malformed = await call(url, 'GET', '/v1/join/K7M-3Q');
    assert.deepEqual([malformed.status, malformed.body.error.code], [400, 'invalid-code']);
    const lookalike = await call(url, 'GET', '/v1/join/K7M-3QO');
    assert.deepEqual([lookalike.status, lookalike.body.error.code], [400, 'invalid-code']);
    const overlong = await call(url, 'GET', `/v1/join/${'K7M3QP'.repeat(20)}`);
    assert.deepEqual([overlong.status, overlong.body.error.code], [400, 'invalid-code']);
    const unknown = await call(url, 'GET', `/v1/join/${wrongCode()}`);
    assert.deepEqual([unknown.status, unknown.body.error.code], [404, 'code-not-found']);

    await call(url, 'PATCH', `/v1/admin/sessions/${s.id}`, { admin: true, body: { open: false } });
    const closed = await call(url, 'GET', `/v1/join/${s.code}`);
    assert.deepEqual([closed.status, closed.body.error.code], [410, 'session-closed']);
    assert.deepEqual(Object.keys(closed.body), ['error']);
    assert.ok(!closed.text.includes(s.id) && !closed.text.includes('Room'));
  });
});

describe('guessing codes', () => {
  it('holds back wrong codes per address (429 with Retry-After) but never a room joining with the right one', async () => {
    // A collector of its own: this test uses up the address's misses.
    const { collector, url } = await startCollector();
    after(() => collector.close());
    const s = await newSession({}, url);
    // Someone in the room joins first…
    assert.equal((await call(url, 'GET', `/v1/join/${s.code}`)).status, 200);
    // …then someone on the same network guesses: 20 misses a minute.
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) statuses.push((await call(url, 'GET', `/v1/join/${wrongCode()}`)).status);
    assert.deepEqual(statuses.slice(0, 20), Array(20).fill(404));
    const limited = await call(url, 'GET', `/v1/join/${wrongCode()}`);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'too-many-attempts');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    // A malformed code cannot hit anything, so it is answered as such.
    assert.equal((await call(url, 'GET', '/v1/join/NOT-A-CODE')).status, 400);

    // 500 people behind the same address join with the right code (default limits), all of them.
    const joins: number[] = [];
    for (let batch = 0; batch < 10; batch += 1) {
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call(
            url,
            'GET',
            `/v1/join/${i % 2 ? s.code.toLowerCase() : `${s.code.slice(0, 3)}-${s.code.slice(3)}`}`,
          ),
        ),
      );
      joins.push(...replies.map((r) => r.status));
    }
    assert.equal(joins.length, 500);
    assert.deepEqual(
      joins.filter((status) => status !== 200),
      [],
      'none of the 500 is refused',
    );
    // The join page itself is not held back for them either.
    const pages = await Promise.all(Array.from({ length: 100 }, () => fetch(`${url}/j/${s.code}`)));
    assert.deepEqual([...new Set(pages.map((p) => p.status))], [200]);
    await Promise.all(pages.map((p) => p.arrayBuffer()));
  });
});

describe('/j, the participant page', () => {
  it('serves the page for an open code, the same page with the right status otherwise, and /j for typing a code', async () => {
    const open = await newSession();
    const page = await fetch(`${url}/j/${open.code}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.match(await page.text(), /<title>Join<\/title>/);
    assert.match(page.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
    assert.equal(page.headers.get('cache-control'), 'no-store');

    const typed = await fetch(`${url}/j/${open.code.toLowerCase().slice(0, 3)}-${open.code.slice(3)}`);
    assert.equal(typed.status, 200);
    await typed.arrayBuffer();

    const box = await fetch(`${url}/j`);
    assert.equal(box.status, 200);
    assert.match(await box.text(), /<title>Join<\/title>/);
    assert.equal((await fetch(`${url}/j/`)).status, 200);

    const closed = await newSession();
    await call(url, 'PATCH', `/v1/admin/sessions/${closed.id}`, { admin: true, body: { open: false } });
    for (const [path, status] of [
      [`/j/${closed.code}`, 410],
      [`/j/${wrongCode()}`, 404],
      ['/j/K7M', 400],
      ['/j/%E0%A4%A', 400],
    ] as const) {
      const r = await fetch(url + path);
      assert.equal(r.status, status, path);
      assert.match(await r.text(), /<title>Join<\/title>/, `${path}: the page, which shows the error`);
      assert.equal(r.headers.get('cache-control'), 'no-store');
    }
  });

  it('sends people to the partner page of an open session, not of a closed one', async () => {
    const s = await newSession({ partnerUrl: 'https://partner.example/live?from=netweave' });
    const r = await fetch(`${url}/j/${s.code}`, { redirect: 'manual' });
    assert.equal(r.status, 302);
    assert.equal(r.headers.get('location'), 'https://partner.example/live?from=netweave');
    await call(url, 'PATCH', `/v1/admin/sessions/${s.id}`, { admin: true, body: { open: false } });
    const closed = await fetch(`${url}/j/${s.code}`, { redirect: 'manual' });
    assert.equal(closed.status, 410);
    await closed.arrayBuffer();
    const joined = await call(url, 'PATCH', `/v1/admin/sessions/${s.id}`, {
      admin: true,
      body: { open: true },
    });
    assert.equal(joined.status, 200);
    const api = await call(url, 'GET', `/v1/join/${s.code}`);
    assert.equal(
      api.body.session.partnerUrl,
      'https://partner.example/live?from=netweave',
      'a typed code leads there too',
    );
  });
});
