/**
 * /d/<code>, the projector page for the room's shared screen: the console's page with the status
 * of its code (as the join page: 200, 404, 410, 400), never sent to a partner's page, and the QR
 * code of the join link beside it (public, made here), only for an open session.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createCollector, type Collector } from '../src/server.js';
import { qrMatrix } from '../src/qr.js';
import { call, freshDb, TOKEN } from './helpers.js';

const appDir = mkdtempSync(join(tmpdir(), 'netweave-display-'));
writeFileSync(
  join(appDir, 'display.html'),
  '<!doctype html><title>Projector</title><script type="module" src="/app/display.js"></script>',
);
writeFileSync(join(appDir, 'display.js'), 'export {};');

let collector: Collector;
let url: string;
before(async () => {
  const config = parseConfig(['--port', '0', '--db', freshDb(), '--admin-token', TOKEN], {});
  collector = await createCollector(config, { logger: silentLogger, appDir });
  url = `http://127.0.0.1:${await collector.listen()}`;
});
after(async () => {
  await collector.close();
});

async function newSession(fields: Record<string, unknown> = {}) {
  const r = await call(url, 'POST', '/v1/admin/sessions', {
    admin: true,
    body: { title: 'Room screen', date: '2026-12-07', template: 'triz-commitments', groups: 3, ...fields },
  });
  assert.equal(r.status, 201, r.text);
  return r.body as { id: string; code: string; joinUrl: string };
}

describe('/d/<code>, the projector page', () => {
  it('serves the page for an open code (any case, with a hyphen), not cached, under the pages’ policy', async () => {
    const s = await newSession();
    for (const path of [`/d/${s.code}`, `/d/${s.code.toLowerCase().slice(0, 3)}-${s.code.slice(3)}/`]) {
      const page = await fetch(url + path);
      assert.equal(page.status, 200, path);
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      assert.match(await page.text(), /<title>Projector<\/title>/);
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.match(page.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
    }
  });

  it('serves the same page with the status of an unknown, closed or malformed code (the page says which)', async () => {
    const closed = await newSession();
    await call(url, 'PATCH', `/v1/admin/sessions/${closed.id}`, { admin: true, body: { open: false } });
    for (const [path, status] of [
      [`/d/${closed.code}`, 410],
      ['/d/ZZZZZZ', 404],
      ['/d/K7M', 400],
      ['/d/%E0%A4%A', 400],
    ] as const) {
      const r = await fetch(url + path);
      assert.equal(r.status, status, path);
      const text = await r.text();
      assert.match(text, /<title>Projector<\/title>/, `${path}: the page, which shows the error`);
      assert.ok(!text.includes('Room screen'), `${path}: names nothing of the session`);
      assert.equal(r.headers.get('cache-control'), 'no-store');
    }
  });

  it('shows a partner page’s session too: the room’s screen is here, not on the partner’s page', async () => {
    const s = await newSession({ partnerUrl: 'https://partner.example/live' });
    const r = await fetch(`${url}/d/${s.code}`, { redirect: 'manual' });
    assert.equal(r.status, 200);
    await r.arrayBuffer();
  });

  it('serves the QR code of an open session’s join link, named in English or Welsh; nothing for other codes', async () => {
    const s = await newSession();
    const r = await fetch(`${url}/d/${s.code}/qr.svg`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'image/svg+xml');
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const svg = await r.text();
    assert.match(svg, new RegExp(`aria-label="QR code to join: ${s.joinUrl}"`));
    // The same code the console's (admin) QR code shows: made of the same join link.
    const admin = await call(url, 'GET', `/v1/admin/sessions/${s.id}/qr.svg`, { admin: true });
    const path = (text: string) => /<path d="([^"]+)"/.exec(text)?.[1];
    assert.equal(path(svg), path(admin.text));
    assert.ok(path(svg)!.length > 100 && qrMatrix(s.joinUrl).length > 20);
    const welsh = await (await fetch(`${url}/d/${s.code}/qr.svg?lang=cy`)).text();
    assert.match(welsh, /aria-label="Cod QR i ymuno: /);
    const closed = await newSession();
    await call(url, 'PATCH', `/v1/admin/sessions/${closed.id}`, { admin: true, body: { open: false } });
    for (const [path, status] of [
      [`/d/${closed.code}/qr.svg`, 410],
      ['/d/ZZZZZZ/qr.svg', 404],
    ] as const) {
      const none = await fetch(url + path);
      assert.equal(none.status, status, path);
      assert.ok(!(await none.text()).includes('<svg'), path);
    }
  });
});
