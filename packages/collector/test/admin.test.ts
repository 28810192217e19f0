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

describe('moderation page', () => {
  it('asks for the token, in English or Welsh, under a strict CSP', async () => {
    const en = await fetch(`${server.url}/admin`);
    const html = await en.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<label for="token">Admin token<\/label>/);
    const csp = en.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.ok(!/<script(?![^>]*\bsrc=)(?![^>]*application\/json)/.test(html), 'no inline script');
    const cy = await (await fetch(`${server.url}/admin?lang=cy`)).text();
    assert.match(cy, /<html lang="cy">/);
    assert.match(cy, /Tocyn gweinyddu/);
    const byHeader = await (
      await fetch(`${server.url}/admin`, { headers: { 'accept-language': 'cy-GB,cy;q=0.9' } })
    ).text();
    assert.match(byHeader, /Mewngofnodi/);
  });

  it('refuses a wrong token with a message, and signs in with an HttpOnly SameSite=Strict cookie', async () => {
    const wrong = await signIn('not-the-token-at-all');
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /That token is not right/);
    const right = await signIn(TOKEN);
    assert.equal(right.status, 303);
    const cookie = right.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const page = await (
      await fetch(`${server.url}/admin`, { headers: { cookie: cookie.split(';')[0]! } })
    ).text();
    assert.match(page, /id="list-pending"/);
    assert.match(page, /<script type="module" src="\/admin\/app.js"><\/script>/);
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
      const page = await (await fetch(`${other.url}/admin`, { headers: { cookie } })).text();
      assert.match(page, /<label for="token">/, 'the page asks for the token again');
    } finally {
      await other.stop();
    }
  });

  it('signs out to the sign-in form in the language the page was in', async () => {
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
    const page = await (await fetch(`${server.url}/admin?lang=cy`)).text();
    assert.match(page, /<html lang="cy">/);
    assert.match(page, /Mewngofnodi i gymedroli/);
  });

  it('serves its script and styles with the same CSP', async () => {
    const js = await fetch(`${server.url}/admin/app.js`);
    assert.match(js.headers.get('content-type')!, /javascript/);
    assert.match(js.headers.get('content-security-policy')!, /script-src 'self'/);
    const css = await fetch(`${server.url}/admin/app.css`);
    assert.match(await css.text(), /forced-colors/);
  });
});
