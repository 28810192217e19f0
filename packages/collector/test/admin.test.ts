import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, cleanUp, TOKEN, uid } from './helpers.js';
import { startWithoutConsole, type WithoutConsole } from './without-console.js';

let server: WithoutConsole;
before(async () => {
  server = await startWithoutConsole();
});
after(async () => {
  await server.stop();
  cleanUp();
});

async function signIn(token: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token, lang: 'en' }).toString(),
  });
}

describe('signing in to the facilitator console', () => {
  it('says when the console is not installed (its own page is gone)', async () => {
    // startWithoutConsole: an empty app folder. With @netweave/console installed, /admin is its
    // console.html (static.test.ts).
    const r = await fetch(`${server.url}/admin`);
    assert.equal(r.status, 503);
    assert.match(await r.text(), /facilitator console is not installed/);
    assert.equal((await fetch(`${server.url}/admin/app.js`)).status, 404);
  });

  it('refuses a wrong token, and signs in with an HttpOnly SameSite=Strict cookie that reads the admin API', async () => {
    const wrong = await signIn('not-the-token-at-all');
    assert.equal(wrong.status, 401);
    assert.equal(((await wrong.json()) as { error: { code: string } }).error.code, 'unauthorised');
    const right = await signIn(TOKEN);
    assert.equal(right.status, 303);
    assert.equal(right.headers.get('location'), '/admin?lang=en');
    const cookie = right.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const list = await call(server.url, 'GET', '/v1/admin/sessions', {
      headers: { cookie: cookie.split(';')[0]! },
    });
    assert.equal(list.status, 200);
  });

  it('does not sign in from another site', async () => {
    const r = await signIn(TOKEN, { origin: 'https://evil.example' });
    assert.equal(r.status, 403);
  });

  it('lets the cookie read, but change nothing without the page’s own origin and CSRF header', async () => {
    const cookie = (await signIn(TOKEN)).headers.get('set-cookie')!.split(';')[0]!;
    const list = await call(server.url, 'GET', '/v1/admin/sessions', { headers: { cookie } });
    assert.equal(list.status, 200);
    const body = { id: uid('s'), title: 'Cookie session', date: '2026-11-25' };
    const forged = await call(server.url, 'POST', '/v1/admin/sessions', { body, headers: { cookie } });
    assert.equal(forged.status, 401);
    const crossSite = await call(server.url, 'POST', '/v1/admin/sessions', {
      body,
      headers: { cookie, origin: 'https://evil.example', 'x-netweave-csrf': '1' },
    });
    assert.equal(crossSite.status, 403);
    const own = await call(server.url, 'POST', '/v1/admin/sessions', {
      body,
      headers: { cookie, origin: server.url, 'x-netweave-csrf': '1' },
    });
    assert.equal(own.status, 201);
    const tampered = await call(server.url, 'GET', '/v1/admin/sessions', {
      headers: { cookie: cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) },
    });
    assert.equal(tampered.status, 401);
  });

  it('signs out for good: the cookie stops working here and on every other instance', async () => {
    const cookie = (await signIn(TOKEN)).headers.get('set-cookie')!.split(';')[0]!;
    const other = await startWithoutConsole({ db: server.db });
    try {
      assert.equal((await call(other.url, 'GET', '/v1/admin/sessions', { headers: { cookie } })).status, 200);
      const out = await fetch(`${server.url}/admin/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      assert.equal(out.status, 303);
      assert.match(out.headers.get('set-cookie')!, /Max-Age=0/);
      assert.equal(
        (await call(server.url, 'GET', '/v1/admin/sessions', { headers: { cookie } })).status,
        401,
      );
      assert.equal((await call(other.url, 'GET', '/v1/admin/sessions', { headers: { cookie } })).status, 401);
    } finally {
      await other.stop();
    }
  });

  it('signs out back to the console in the language it was in', async () => {
    for (const lang of ['cy', 'en']) {
      const cookie = (await signIn(TOKEN)).headers.get('set-cookie')!.split(';')[0]!;
      const out = await fetch(`${server.url}/admin/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en-GB' },
        body: new URLSearchParams({ lang }).toString(),
      });
      assert.equal(out.status, 303);
      assert.equal(out.headers.get('location'), `/admin?lang=${lang}`);
    }
  });
});
