#!/usr/bin/env node
// Screenshots of the console and the join page, at 320 px and 1280 px, in headless Chromium,
// from a real collector (loopback, throwaway SQLite) seeded with a session and posts. For looking
// at, not for committing: written to test-artifacts/screenshots/ (ignored by git).
//   npm run build (at the root), then npm run screenshots -w @netweave/console
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startCollector } from '../test/e2e/collector.mjs';

const dir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(dir, 'test-artifacts/screenshots');
mkdirSync(out, { recursive: true });
const TOKEN = 'screenshot-admin-token-7f3e9a1c';
const data = mkdtempSync(join(tmpdir(), 'netweave-console-shots-'));
const collector = await startCollector({ db: join(data, 'shots.sqlite'), token: TOKEN });
const base = collector.url;
const admin = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const api = async (method, path, body) => {
  const res = await fetch(base + path, { method, headers: admin, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
};

// A session as a facilitator would have it mid-way: posts waiting, on the wall and hidden.
await api('POST', '/v1/admin/sessions', {
  title: 'Gwent network weavers: autumn session',
  date: '2026-10-14',
  template: 'self-assessment',
  lang: 'cy',
});
const s = await api('POST', '/v1/admin/sessions', {
  title: 'Cardiff and Vale network weaving',
  date: '2026-11-25',
  template: 'triz-commitments',
  moderation: 'pre',
});
const texts = [
  'Invite the housing team to our next huddle',
  'Call me on 07700 900123 to plan the next huddle',
  'Share our referral map with the council',
  'Ask the VCSE forum what would help them most',
];
const posted = [];
for (const text of texts) {
  const id = `c-${Math.random().toString(36).slice(2, 10)}`;
  const res = await fetch(`${base}/v1/sessions/${s.id}/commitments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, sessionId: s.id, text }),
  });
  posted.push(await res.json());
}
await api('POST', `/v1/admin/sessions/${s.id}/commitments/${posted[2].id}/moderation`, { status: 'visible' });
await api('POST', `/v1/admin/sessions/${s.id}/commitments/${posted[3].id}/moderation`, { status: 'visible' });

const browser = await launchChromium();
try {
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : 900 } });
    const page = await context.newPage();
    const shot = async (name) => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(`wrote ${file}${wide ? '  (SCROLLS SIDEWAYS)' : ''}`);
    };
    await page.goto(`${base}/admin`);
    await page.locator('netweave-console #token').waitFor();
    await shot('console-sign-in');
    await page.locator('netweave-console #token').fill(TOKEN);
    await page.locator('netweave-console #token').press('Enter');
    await page.locator('netweave-console h1', { hasText: 'Your sessions' }).waitFor();
    await shot('console-sessions');
    await page.locator('netweave-console #create').click();
    await page.locator('netweave-console form button[type=submit]').click();
    await page.locator('netweave-console #error-summary').waitFor();
    await shot('console-create-errors');
    await page.locator(`netweave-console .back a, netweave-console .actions .nw-link-button`).first().click();
    await page.goto(`${base}/admin#session-${s.id}`);
    await page.locator('netweave-console .post').first().waitFor();
    await shot('console-session');
    await page.locator('netweave-console [data-action=edit]').nth(1).click();
    await page.locator('netweave-console textarea[id^=edit-]').waitFor();
    await shot('console-edit-post');
    await page.goto(`${base}/admin?lang=cy#session-${s.id}`);
    await page.locator('netweave-console .post').first().waitFor();
    await shot('console-session-cy');

    const phone = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : 900 } });
    const j = await phone.newPage();
    const jshot = async (name) => {
      await j.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const file = join(out, `${name}-${width}.png`);
      await j.screenshot({ path: file, fullPage: true });
      const wide = await j.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(`wrote ${file}${wide ? '  (SCROLLS SIDEWAYS)' : ''}`);
    };
    await j.goto(`${base}/j`);
    await j.locator('netweave-join #code').waitFor();
    await jshot('join-entry');
    await j.locator('netweave-join #code').fill('K7M');
    await j.locator('netweave-join #code').press('Enter');
    await j.locator('netweave-join #error-summary').waitFor();
    await jshot('join-entry-error');
    await j.goto(`${base}/j/${s.code}`);
    await j.locator('netweave-commitments-wall textarea').waitFor();
    await j.waitForFunction(() => {
      const wall = document
        .querySelector('netweave-join')
        ?.shadowRoot?.querySelector('netweave-commitments-wall');
      return (wall?.shadowRoot?.querySelectorAll('.card').length ?? 0) >= 2;
    });
    await jshot('join-wall');
    await j.goto(`${base}/j/${s.code}?lang=cy`);
    await j.locator('netweave-commitments-wall textarea').waitFor();
    await jshot('join-wall-cy');
    await j.goto(`${base}/j/ZZZZZZ`);
    await j.locator('netweave-join h1', { hasText: 'No session has that code' }).waitFor();
    await jshot('join-not-found');
    await context.close();
    await phone.close();
  }
} finally {
  await browser.close();
  await collector.stop();
  rmSync(data, { recursive: true, force: true });
}
