/** The moderation page in a real browser (Debian's Chromium through playwright-core). */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { call, cleanUp, TOKEN, uid } from './helpers.js';
import { startWithoutConsole, type WithoutConsole } from './without-console.js';
import { axe } from './admin-page.js';

let server: WithoutConsole;
let browser: Browser;

before(async () => {
  server = await startWithoutConsole();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server.stop();
  cleanUp();
});

describe('moderation page in a browser', () => {
  it('signs in, creates a session, and approves and hides posts with the keyboard; accessible throughout', async () => {
    const page = await browser.newPage({ bypassCSP: true }); // axe is injected; the app itself runs under the CSP in the other test
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/admin`);
    assert.deepEqual(await axe(page), [], 'sign-in page');
    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    await page.fill('#new-title', 'Cardiff network weaving');
    await page.fill('#new-date', '2026-11-25');
    await page.check('input[value=pre]');
    await page.click('#create button[type=submit]');
    await page.waitForFunction(
      () => document.querySelector('#session-name')?.textContent === 'Cardiff network weaving',
    );
    const sid = await page.$eval('#session', (s) => (s as HTMLSelectElement).value);
    for (const text of [
      'Meet the housing team monthly',
      'Email me at jo@example.org',
      'Share our referral map',
    ]) {
      await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
        body: { id: uid('c'), sessionId: sid, text },
      });
    }
    // Posts arrive live (no reload).
    await page.waitForFunction(() => document.querySelectorAll('#list-pending .post').length === 3, null, {
      timeout: 30_000,
    });
    assert.match(
      (await page.textContent('#list-pending')) ?? '',
      /Held because it may contain: an e-mail address/,
    );
    assert.deepEqual(await axe(page), [], 'moderation page with posts');
    await page.focus('#list-pending .post');
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.querySelectorAll('#list-visible .post').length === 1, null, {
      timeout: 30_000,
    });
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('ul')?.id),
      'list-pending',
      'focus moves to the next waiting post',
    );
    await page.keyboard.press('h');
    await page.waitForFunction(() => document.querySelectorAll('#list-hidden .post').length === 1, null, {
      timeout: 30_000,
    });
    const wall = await call(server.url, 'GET', `/v1/sessions/${sid}/commitments`);
    assert.deepEqual(
      wall.body.items.map((c: { text: string }) => c.text),
      ['Meet the housing team monthly'],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a post that arrives while the list is loading (no gap before live updates start)', async () => {
    // A collector of its own: no session from another test is chosen first while this one loads.
    const own = await startWithoutConsole();
    const page = await browser.newPage();
    const late = 'Arrived while the list was loading';
    let posted = 0;
    // Hold the list's answer back until a post has arrived after it was read.
    await page.route(/\/v1\/admin\/sessions\/[^/]+\/commitments\?limit=/, async (route) => {
      const response = await route.fetch();
      const sid = decodeURIComponent(new URL(route.request().url()).pathname.split('/')[4]!);
      const stored = await call(own.url, 'POST', `/v1/sessions/${sid}/commitments`, {
        body: { id: uid('c'), sessionId: sid, text: late },
      });
      if (stored.status === 201) posted += 1;
      await route.fulfill({ response });
    });
    await page.goto(`${own.url}/admin`);
    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    await page.fill('#new-title', 'Race test');
    await page.fill('#new-date', '2026-11-25');
    await page.click('#create button[type=submit]');
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('#list-visible .post-text')].some((p) => p.textContent === text),
      late,
      { timeout: 30_000 },
    );
    assert.ok(posted >= 1, 'the late post was stored');
    await page.close();
    await own.stop();
  });

  it('pauses live updates and shows what waited on resume (WCAG 2.2.2)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin`);
    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    const title = uid('Pause test');
    await page.fill('#new-title', title);
    await page.fill('#new-date', '2026-11-25');
    await page.click('#create button[type=submit]');
    // The new session chosen, not one an earlier test left (the page opens on that one first, and
    // its stream can already say "Live updates on"): its stream is opened after this.
    await page.waitForFunction(
      (wanted) => document.querySelector('#session-name')?.textContent === wanted,
      title,
    );
    const sid = await page.$eval('#session', (s) => (s as HTMLSelectElement).value);
    await page.waitForFunction(() =>
      /Live updates on/.test(document.querySelector('#connection')?.textContent ?? ''),
    );
    await page.getByRole('button', { name: 'Pause updates' }).click();
    assert.equal(await page.getAttribute('#pause', 'aria-pressed'), 'true');
    await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id: uid('c'), sessionId: sid, text: 'Arrives while paused' },
    });
    await page.waitForFunction(
      () => /1 waiting/.test(document.querySelector('#connection')?.textContent ?? ''),
      null,
      {
        timeout: 30_000,
      },
    );
    assert.equal(await page.locator('.post').count(), 0, 'nothing moves while paused');
    await page.getByRole('button', { name: 'Resume updates' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.post').length === 1);
    assert.match((await page.textContent('.post')) ?? '', /Arrives while paused/);
    await page.close();
  });

  it('runs under its own strict CSP, in Welsh', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await page.goto(`${server.url}/admin?lang=cy`);
    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForSelector('#h-new');
    assert.equal(await page.textContent('#h-new'), 'Sesiwn newydd');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    await page.waitForFunction(
      () => !(document.querySelector('#session-controls') as HTMLElement).hidden,
      null,
      { timeout: 30_000 },
    );
    assert.deepEqual(violations, []);
    await page.close();
  });
});
