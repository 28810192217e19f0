// The live session end to end, in Chromium against a real collector (loopback, a throwaway
// SQLite file) serving this package's built pages and the widgets' CDN files: the facilitator
// signs in, creates a session from a template and reads its code; three participants on phones
// join (by the link, by typing the code at /j, by the QR code's address); they post; the
// moderator edits a held post and approves it, and approves the others; everyone sees them live;
// the closed session's code shows the closed page. Then a TRIZ session moved on by the facilitator,
// stage by stage, with the phones following live.
//   npm run build (at the root, or of this package and @netweave/widgets), then
//   npm run test:e2e -w @netweave/console
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { startCollector } from './collector.mjs';

const TOKEN = 'e2e-admin-token-4b1d9c7e2f0a';
const here = fileURLToPath(new URL('.', import.meta.url));
const consoleDir = join(here, '../..');
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const WAIT = { timeout: 20_000 };

for (const file of ['app/join.html', 'app/console.html', '../commitments-wall/cdn/commitments-wall.js']) {
  if (!existsSync(join(consoleDir, file)))
    throw new Error(`${file} is missing: build first (npm run build at the repository's root).`);
}

let collector;
let base;
let browser;
const dir = mkdtempSync(join(tmpdir(), 'netweave-console-e2e-'));

before(async () => {
  collector = await startCollector({ db: join(dir, 'e2e.sqlite'), token: TOKEN });
  base = `http://127.0.0.1:${collector.port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await collector?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A participant on a phone: its own browser context (own storage), errors collected. */
async function phone() {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, errors, requests };
}

/** Posts a commitment on the participant page's wall. */
async function post(page, text) {
  const box = page.locator('netweave-commitments-wall textarea');
  await box.waitFor(WAIT);
  await box.fill(text);
  await page.locator('netweave-commitments-wall form button[type=submit]').click();
}

test('a live session: sign in, create, join three ways, post, edit a held post, approve, see it live, close', async () => {
  // The facilitator, on a laptop.
  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const console_ = await admin.newPage();
  const adminErrors = [];
  console_.on('pageerror', (e) => adminErrors.push(String(e)));
  await console_.goto(`${base}/admin`);
  await console_.locator('netweave-console #token').fill(TOKEN);
  await console_.locator('netweave-console #token').press('Enter');
  await console_.locator('netweave-console h1', { hasText: 'Your sessions' }).waitFor(WAIT);
  await console_.locator('netweave-console #create').click();
  await console_.locator('netweave-console #f-title').fill('Cardiff and Vale network weaving');
  await console_.locator('netweave-console #f-template-commitments').check();
  await console_.locator('netweave-console #f-moderation-pre').check();
  await console_.locator('netweave-console form button[type=submit]').click();
  await console_
    .locator('netweave-console h1', { hasText: 'Cardiff and Vale network weaving' })
    .waitFor(WAIT);
  const shown = (await console_.locator('netweave-console #join-code').textContent()).trim();
  assert.match(shown, /^[23456789A-HJKMNP-Z]{3}-[23456789A-HJKMNP-Z]{3}$/, 'the code is shown grouped');
  const code = shown.replace('-', '');
  const joinUrl = (await console_.locator('netweave-console #join-url').textContent()).trim();
  assert.equal(joinUrl, `${base}/j/${code}`);

  // The QR code's address: the image the console shows names the join link, and so does the
  // SVG the collector made (decoding the QR itself is the collector's own test).
  const qr = console_.locator('netweave-console .qr img');
  assert.equal(await qr.getAttribute('alt'), `QR code for ${joinUrl}`);
  const qrSrc = new URL(await qr.getAttribute('src'), base).href;
  const svg = await console_.evaluate(async (src) => (await fetch(src)).text(), qrSrc);
  const qrUrl = /https?:\/\/[^\s"<]+\/j\/[A-Z0-9]{6}/.exec(svg)?.[0];
  assert.equal(qrUrl, joinUrl, 'the QR code is made of the join link');

  // Three participants on phones.
  const byLink = await phone();
  await byLink.page.goto(joinUrl);
  const byCode = await phone();
  await byCode.page.goto(`${base}/j`);
  await byCode.page
    .locator('netweave-join #code')
    .fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
  await byCode.page.locator('netweave-join #code').press('Enter');
  await byCode.page.waitForURL(`${base}/j/${code}`, WAIT);
  const byQr = await phone();
  await byQr.page.goto(qrUrl);
  for (const p of [byLink, byCode, byQr]) {
    await p.page.locator('netweave-join h1', { hasText: 'Cardiff and Vale network weaving' }).waitFor(WAIT);
    assert.equal(
      await p.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      true,
      'no sideways scrolling on a phone',
    );
  }

  await post(byLink.page, 'Call me on 07700 900123 to plan the next huddle');
  await post(byCode.page, 'Invite the housing team to our next meeting');
  await post(byQr.page, 'Share our referral map with the council');

  // The moderator sees all three arrive, live (no reload), waiting for review.
  const pending = console_.locator('netweave-console ul[data-status=pending] .post');
  await posts(console_, 'pending', 3);
  const held = console_.locator('netweave-console ul[data-status=pending] .post', {
    hasText: '07700 900123',
  });
  await held.locator('[data-action=edit]').click();
  const box = held.locator('textarea');
  await box.fill('Call me to plan the next huddle');
  await held.locator('button[type=submit]').click();
  await console_
    .locator('netweave-console ul[data-status=visible] .post', { hasText: 'Call me to plan the next huddle' })
    .waitFor(WAIT);
  // The other two approved from the keyboard.
  await posts(console_, 'pending', 2);
  await pending.first().focus();
  await console_.keyboard.press('a');
  await posts(console_, 'pending', 1);
  // The keyboard moved on to the next waiting post by itself.
  await console_.keyboard.press('a');
  await posts(console_, 'pending', 0);
  await posts(console_, 'visible', 3);

  // Everyone sees the approved posts live; nobody sees the phone number.
  const approved = [
    'Call me to plan the next huddle',
    'Invite the housing team to our next meeting',
    'Share our referral map with the council',
  ];
  for (const p of [byLink, byCode, byQr]) {
    await p.page.waitForFunction(
      (texts) => {
        const wall = document
          .querySelector('netweave-join')
          ?.shadowRoot?.querySelector('netweave-commitments-wall');
        const shown = wall?.shadowRoot?.textContent ?? '';
        return texts.every((t) => shown.includes(t)) && !shown.includes('07700');
      },
      approved,
      WAIT,
    );
  }
  const stored = await console_.evaluate(
    async (sid) => (await fetch(`/v1/admin/sessions/${sid}/commitments`)).json(),
    await sessionId(console_),
  );
  assert.ok(!JSON.stringify(stored).includes('07700'), 'the unedited words are kept nowhere the API shows');

  // Closing the session: its code now shows the closed page, which names nothing of it.
  await console_.locator('netweave-console #toggle').click();
  await console_.locator('netweave-console #toggle', { hasText: 'Reopen session' }).waitFor(WAIT);
  const late = await phone();
  const res = await late.page.goto(joinUrl);
  assert.equal(res.status(), 410);
  await late.page.locator('netweave-join h1', { hasText: 'This session has closed' }).waitFor(WAIT);
  assert.ok(!(await late.page.locator('netweave-join').textContent()).includes('Cardiff'));

  for (const p of [byLink, byCode, byQr, late]) {
    assert.deepEqual(p.errors, []);
    // Everything from the collector itself: no third-party request, and the widgets from its file.
    assert.deepEqual(
      p.requests.filter((url) => !url.startsWith(`${base}/`)),
      [],
    );
  }
  for (const p of [byLink, byCode, byQr])
    assert.ok(
      p.requests.includes(`${base}/cdn/commitments-wall/commitments-wall.js`),
      'the wall comes from the collector, in its own file (not all three widgets)',
    );
  assert.deepEqual(adminErrors, []);
});

test('the facilitator moves a TRIZ session on: phones follow live, and one that has started answering is asked first', async () => {
  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const console_ = await admin.newPage();
  await console_.goto(`${base}/admin`);
  await console_.locator('netweave-console #token').fill(TOKEN);
  await console_.locator('netweave-console #token').press('Enter');
  await console_.locator('netweave-console h1', { hasText: 'Your sessions' }).waitFor(WAIT);
  await console_.locator('netweave-console #create').click();
  await console_.locator('netweave-console #f-title').fill('Gwent TRIZ');
  await console_.locator('netweave-console #f-template-triz-commitments').check();
  await console_.locator('netweave-console form button[type=submit]').click();
  await console_.locator('netweave-console h1', { hasText: 'Gwent TRIZ' }).waitFor(WAIT);
  const joinUrl = (await console_.locator('netweave-console #join-url').textContent()).trim();

  // Before it starts, phones show the self-assessment.
  const idle = await phone();
  const busy = await phone();
  for (const p of [idle, busy]) {
    await p.page.goto(joinUrl);
    await p.page.locator('netweave-join netweave-self-assessment input[type=radio]').first().waitFor(WAIT);
  }
  // One participant has started answering.
  await busy.page.locator('netweave-join netweave-self-assessment input[type=radio]').first().check();

  await console_.locator('netweave-console #stage-triz').click();
  await console_.locator('netweave-console .stage-now', { hasText: 'Now: TRIZ board' }).waitFor(WAIT);

  // The idle phone follows by itself (no reload) to the TRIZ board, and says so.
  await idle.page.locator('netweave-join netweave-commitments-wall[preset=triz] textarea').waitFor(WAIT);
  await idle.page
    .locator('netweave-join .stage-news', { hasText: 'The session has moved on. Now: TRIZ board.' })
    .waitFor(WAIT);
  // The busy one keeps its answer until the participant taps to go on.
  await busy.page.locator('netweave-join #stage-go', { hasText: 'Go there now' }).waitFor(WAIT);
  assert.equal(
    await busy.page.locator('netweave-join netweave-self-assessment input[type=radio]').first().isChecked(),
    true,
    'the answer stays where it was',
  );
  await busy.page.locator('netweave-join #stage-go').click();
  await busy.page.locator('netweave-join netweave-commitments-wall[preset=triz] textarea').waitFor(WAIT);

  // At the end, the commitments wall; one live connection per phone throughout.
  await console_.locator('netweave-console #stage-commit').click();
  for (const p of [idle, busy])
    await p.page.locator('netweave-join netweave-commitments-wall:not([preset]) textarea').waitFor(WAIT);
  await post(idle.page, 'Ask the voluntary sector to co-chair the next meeting');
  for (const p of [idle, busy]) {
    assert.deepEqual(p.errors, []);
    const streams = p.requests.filter((url) => url.includes('/events'));
    assert.equal(new Set(streams.map((u) => new URL(u).pathname)).size, 1, 'one session followed');
    assert.ok(
      streams.every((u) => new URL(u).searchParams.has('device')),
      'the live connection names the device (the room’s allowances)',
    );
    assert.deepEqual(
      p.requests.filter((url) => !url.startsWith(`${base}/`)),
      [],
    );
  }
});

/** Waits until the console shows `n` posts with a status. */
async function posts(page, status, n) {
  await page.waitForFunction(
    ([status, n]) =>
      document
        .querySelector('netweave-console')
        ?.shadowRoot?.querySelectorAll(`ul[data-status=${status}] .post`).length === n,
    [status, n],
    WAIT,
  );
}

/** The session the console shows (from its address, which keeps it). */
async function sessionId(page) {
  return page.evaluate(() => decodeURIComponent(location.hash.replace('#session-', '')));
}
