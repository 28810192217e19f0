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
import { startCollector } from '../../../scripts/start-collector.mjs';

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
// The wall is this session's last stage: the participant page shows it.
await api('PATCH', `/v1/admin/sessions/${s.id}`, { stage: 'commit' });

// A TRIZ session mid-way: three groups (one renamed), notes in every state, one held, the second
// round running.
const triz = await api('POST', '/v1/admin/sessions', {
  title: 'Gwent network weavers: TRIZ',
  date: '2026-12-07',
  template: 'triz-commitments',
  groups: 3,
  votes: 3,
});
await api('PATCH', `/v1/admin/sessions/${triz.id}`, {
  groups: [{ id: 'g1', name: 'Cardiff and Vale' }, { id: 'g2' }, { id: 'g3' }],
});
const participant = async (device, group) => {
  const as = { 'content-type': 'application/json', 'x-netweave-device': device };
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: as, body: body && JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  await call('PUT', `/v1/sessions/${triz.id}/member`, { group });
  return async (text, then) => {
    const id = `n-${Math.random().toString(36).slice(2, 10)}`;
    const note = await call('POST', `/v1/sessions/${triz.id}/notes`, { id, sessionId: triz.id, group, text });
    if (then?.pink || then?.step)
      await call('PATCH', `/v1/sessions/${triz.id}/notes/${id}`, { state: 'already' });
    if (then?.step)
      await call('PATCH', `/v1/sessions/${triz.id}/notes/${id}`, { state: 'stop', step: then.step });
    if (then?.votes) await call('POST', `/v1/sessions/${triz.id}/notes/${id}/vote`);
    return note;
  };
};
const g1 = await participant('shot-device-0001', 'g1');
const g2 = await participant('shot-device-0002', 'g2');
const g3 = await participant('shot-device-0003', 'g3');
await g1('Keep the referral criteria to ourselves');
await g1('Cancel the shared meetings when we are busy', { pink: true, votes: 1 });
await g1('Never update the service directory', { step: 'Name one person to own the directory' });
await g2('Only talk to people in our own sector', { pink: true });
await g2('Use acronyms nobody else knows');
await g3('Call Dai on 07700 900123 and complain');
await g3('Wait for the council to ask first', { pink: true });
await api('POST', `/v1/admin/sessions/${triz.id}/round`, { action: 'start', kind: 'worst', version: 0 });
await api('POST', `/v1/admin/sessions/${triz.id}/round`, { action: 'start', kind: 'already', version: 1 });

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
    await page.goto(`${base}/admin?lang=en#session-${triz.id}`);
    await page.locator('netweave-console .group .note').first().waitFor();
    await shot('console-triz');
    await page.locator('netweave-console #edit').click();
    await page.locator('netweave-console #f-groups').waitFor();
    await shot('console-triz-form');
    await page.goto(`${base}/admin?lang=cy#session-${triz.id}`);
    await page.locator('netweave-console .group .note').first().waitFor();
    await shot('console-triz-cy');

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
    await j.goto(`${base}/j/${triz.code}`);
    await j.locator('netweave-join netweave-triz-board').waitFor();
    await j.waitForTimeout(1500);
    await jshot('join-triz');

    // The room's screen: a wide one, and a phone-sized one.
    const screen = await browser.newContext({
      viewport: { width: width === 320 ? 320 : 1920, height: width === 320 ? 640 : 1080 },
    });
    const d = await screen.newPage();
    const dshot = async (name) => {
      await d.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const file = join(out, `${name}-${width}.png`);
      await d.screenshot({ path: file, fullPage: true });
      const wide = await d.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(`wrote ${file}${wide ? '  (SCROLLS SIDEWAYS)' : ''}`);
    };
    await d.goto(`${base}/d/${triz.code}`);
    await d.locator('netweave-display [role=timer]').waitFor();
    await d.waitForTimeout(2000);
    await dshot('display-triz');
    await d.goto(`${base}/d/${triz.code}?lang=cy&group=g1`);
    await d.locator('netweave-display [role=timer]').waitFor();
    await d.waitForTimeout(2000);
    await dshot('display-triz-g1-cy');
    await d.goto(`${base}/d/${s.code}`);
    await d.locator('netweave-display netweave-commitments-wall').waitFor();
    await d.waitForTimeout(2000);
    await dshot('display-wall');
    await d.goto(`${base}/d/ZZZZZZ`);
    await d.locator('netweave-display h1', { hasText: 'No session has that code' }).waitFor();
    await dshot('display-not-found');
    await screen.close();
    await context.close();
    await phone.close();
  }
} finally {
  await browser.close();
  await collector.stop();
  rmSync(data, { recursive: true, force: true });
}
