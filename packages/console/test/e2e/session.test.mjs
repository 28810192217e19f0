// The live session end to end, in Chromium against a real collector (loopback, a throwaway
// SQLite file) serving this package's built pages and the widgets' CDN files: the facilitator
// signs in, creates a session from a template and reads its code; three participants on phones
// join (by the link, by typing the code at /j, by the QR code's address); they post; the
// moderator edits a held post and approves it, and approves the others; everyone sees them live;
// the closed session's code shows the closed page. Then a TRIZ session moved on by the facilitator,
// stage by stage, with the phones following live. Then the whole TRIZ agenda: three groups, six
// phones (two a group), the projector page, every round started from the console, notes written,
// recognised, voted for and given first steps, the countdown the same on every screen, a phone
// reloaded mid-round keeping its group and its time, the collector restarted mid-session with
// nothing lost, a note moved by the facilitator, and the closing round's commitments wall.
//   npm run build (at the root, or of this package and @netweave/widgets), then
//   npm run test:e2e -w @netweave/console
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { startCollector } from '../../../../scripts/start-collector.mjs';

const TOKEN = 'e2e-admin-token-4b1d9c7e2f0a';
const here = fileURLToPath(new URL('.', import.meta.url));
const consoleDir = join(here, '../..');
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const WAIT = { timeout: 20_000 };

for (const file of [
  'app/join.html',
  'app/console.html',
  'app/display.html',
  '../commitments-wall/cdn/commitments-wall.js',
  '../commitments-wall/cdn/triz-board.js',
]) {
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
  await idle.page.locator('netweave-join netweave-triz-board button[data-group=g1]').waitFor(WAIT);
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
  await busy.page.locator('netweave-join netweave-triz-board button[data-group=g1]').waitFor(WAIT);

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

test('the whole TRIZ agenda: three groups, six phones, the projector, every round from the console', async () => {
  // The facilitator creates a TRIZ session with 3 groups and 2 votes each.
  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const console_ = await admin.newPage();
  const adminErrors = [];
  console_.on('pageerror', (e) => adminErrors.push(String(e)));
  await console_.goto(`${base}/admin`);
  await console_.locator('netweave-console #token').fill(TOKEN);
  await console_.locator('netweave-console #token').press('Enter');
  await console_.locator('netweave-console h1', { hasText: 'Your sessions' }).waitFor(WAIT);
  await console_.locator('netweave-console #create').click();
  await console_.locator('netweave-console #f-title').fill('Cardiff and Vale TRIZ');
  await console_.locator('netweave-console #f-template-triz-commitments').check();
  await console_.locator('netweave-console #f-groups').fill('3');
  await console_.locator('netweave-console #f-votes').fill('2');
  await console_.locator('netweave-console form button[type=submit]').click();
  await console_.locator('netweave-console h1', { hasText: 'Cardiff and Vale TRIZ' }).waitFor(WAIT);
  const joinUrl = (await console_.locator('netweave-console #join-url').textContent()).trim();
  const code = joinUrl.split('/j/')[1];
  assert.deepEqual(await console_.locator('netweave-console .group h3').allTextContents(), [
    'Group 1',
    'Group 2',
    'Group 3',
  ]);

  // The room's screen: the code, its QR code (the join link, made on the collector), the boards.
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await room.newPage();
  const screenErrors = [];
  const screenRequests = [];
  screen.on('pageerror', (e) => screenErrors.push(String(e)));
  screen.on('request', (r) => screenRequests.push(r.url()));
  const shown = console_.locator('netweave-console #display-url');
  assert.equal(await shown.getAttribute('href'), `${base}/d/${code}`);
  await screen.goto(`${base}/d/${code}`);
  await screen.locator('netweave-display netweave-triz-board').waitFor(WAIT);
  assert.equal(
    (await screen.locator('netweave-display #join-code').textContent()).trim(),
    `${code.slice(0, 3)}-${code.slice(3)}`,
  );
  const qrSrc = await screen.locator('netweave-display .qr img').getAttribute('src');
  const qr = await screen.evaluate(async (src) => (await fetch(src)).text(), qrSrc);
  assert.ok(qr.includes(`QR code to join: ${joinUrl}`), 'the QR code is made of the join link');
  await screen
    .locator('netweave-display #round-name', { hasText: 'The first round has not started yet' })
    .waitFor(WAIT);

  // Six phones join; they show the self-assessment until the first round starts.
  const phones = [];
  for (let i = 0; i < 6; i += 1) {
    const p = await phone();
    await p.page.goto(joinUrl);
    await p.page.locator('netweave-join h1', { hasText: 'Cardiff and Vale TRIZ' }).waitFor(WAIT);
    phones.push(p);
  }
  const board = (p) => p.page.locator('netweave-join netweave-triz-board');

  // Round 1 from the console: every phone moves to its board and picks its group (two a group).
  await console_.locator('netweave-console #round-next', { hasText: 'Start: Worst results' }).click();
  await console_.locator('netweave-console #round-name', { hasText: 'Worst results' }).waitFor(WAIT);
  const groups = ['g1', 'g1', 'g2', 'g2', 'g3', 'g3'];
  for (const [i, p] of phones.entries()) {
    await board(p).locator(`button[data-group=${groups[i]}]`).click({ timeout: WAIT.timeout });
    await board(p).locator('#add-text').waitFor(WAIT);
  }

  // The countdown is the same on every screen (the collector's clock, counted on each device).
  await sameTime(console_, screen, phones, board);

  // Each phone writes a yellow note; its group sees it live, the projector and the console too.
  const texts = [
    'Keep the referral criteria to ourselves',
    'Cancel the shared meetings when we are busy',
    'Only talk to people in our own sector',
    'Use acronyms nobody else knows',
    'Wait for the council to ask first',
    'Never update the service directory',
  ];
  for (const [i, p] of phones.entries()) {
    await board(p).locator('#add-text').fill(texts[i]);
    await board(p).locator('form.add button[type=submit]').click();
  }
  for (const [i, p] of phones.entries()) {
    const mate = texts[i % 2 === 0 ? i + 1 : i - 1];
    await board(p).locator('li.note', { hasText: mate }).waitFor(WAIT);
    assert.equal(await board(p).locator('li.note').count(), 2, 'only its own group’s notes');
  }
  await screen.waitForFunction(
    () =>
      document
        .querySelector('netweave-display')
        ?.shadowRoot?.querySelector('netweave-triz-board')
        ?.shadowRoot?.querySelectorAll('li.note').length === 6,
    null,
    WAIT,
  );
  await console_.locator('netweave-console .group .note').nth(5).waitFor(WAIT);

  // A phone reloads mid-round: it keeps its group and shows the right time left.
  const reloaded = phones[3];
  await reloaded.page.reload();
  await board(reloaded).locator('.group-line', { hasText: 'Your group: Group 2' }).waitFor(WAIT);
  assert.equal(await board(reloaded).locator('button[data-group]').count(), 0, 'no group picker again');
  await board(reloaded).locator('li.note', { hasText: texts[2] }).waitFor(WAIT);
  await sameTime(console_, screen, phones, board);

  // Round 2: the groups recognise what they already do (pink); pink notes get votes.
  await console_.locator('netweave-console #round-next', { hasText: 'Start: We do this already' }).click();
  await console_.locator('netweave-console #round-name', { hasText: 'We do this already' }).waitFor(WAIT);
  for (const [p, text] of [
    [phones[0], texts[1]],
    [phones[2], texts[2]],
    [phones[4], texts[4]],
  ]) {
    const note = board(p).locator('li.note', { hasText: text });
    await note.locator('[data-action=recognise]').click({ timeout: WAIT.timeout });
    await board(p).locator('li.note.state-already', { hasText: text }).waitFor(WAIT);
  }
  await board(phones[1]).locator('li.note.state-already', { hasText: texts[1] }).waitFor(WAIT);
  for (const p of [phones[0], phones[1]])
    await board(p)
      .locator('li.note', { hasText: texts[1] })
      .locator('[data-action=vote]')
      .click({ timeout: WAIT.timeout });
  await console_
    .locator('netweave-console .note', { hasText: texts[1] })
    .locator('.note-meta', { hasText: '2 votes' })
    .waitFor(WAIT);
  await sameTime(console_, screen, phones, board);

  // The collector restarts mid-session (same database, same address): nothing is lost. Every
  // screen reconnects by itself, the notes and votes are all there, the round runs on.
  await collector.stop();
  collector = await startCollector({ db: join(dir, 'e2e.sqlite'), token: TOKEN, port: collector.port });
  await console_
    .locator('netweave-console .note', { hasText: texts[1] })
    .locator('.note-meta', { hasText: '2 votes' })
    .waitFor(WAIT);
  const afterRestart = board(phones[5]).locator('li.note', { hasText: texts[5] });
  await afterRestart.locator('[data-action=recognise]').click({ timeout: WAIT.timeout });
  await board(phones[4]).locator('li.note.state-already', { hasText: texts[5] }).waitFor(WAIT);
  await sameTime(console_, screen, phones, board);

  // The facilitator pauses: every screen says so and stops counting; then resumes.
  await console_.locator('netweave-console #round-pause').click();
  await console_.locator('netweave-console #round-status', { hasText: 'Paused' }).waitFor(WAIT);
  await screen.locator('netweave-display .round-status', { hasText: 'Paused' }).waitFor(WAIT);
  for (const p of phones) await board(p).locator('.round .status', { hasText: 'Paused' }).waitFor(WAIT);
  await console_.locator('netweave-console #round-pause', { hasText: 'Resume' }).click();
  await console_.locator('netweave-console #round-status', { hasText: 'Running' }).waitFor(WAIT);

  // Round 3: a first step turns a pink note green, on every screen.
  await console_.locator('netweave-console #round-next', { hasText: 'Start: First steps to stop' }).click();
  await console_.locator('netweave-console #round-name', { hasText: 'First steps to stop' }).waitFor(WAIT);
  const pink = board(phones[2]).locator('li.note', { hasText: texts[2] });
  await pink.locator('[data-action=add-step]').click({ timeout: WAIT.timeout });
  await pink.locator('textarea').fill('Invite the housing team to our next huddle');
  await pink.locator('[data-action=step-save]').click();
  await board(phones[3]).locator('li.note.state-stop', { hasText: 'Invite the housing team' }).waitFor(WAIT);
  await console_
    .locator('netweave-console .note', { hasText: 'First step: Invite the housing team' })
    .waitFor(WAIT);
  await screen.waitForFunction(
    () =>
      [
        ...(document
          .querySelector('netweave-display')
          ?.shadowRoot?.querySelector('netweave-triz-board')
          ?.shadowRoot?.querySelectorAll('li.note.state-stop') ?? []),
      ].some((n) => n.textContent.includes('Invite the housing team')),
    null,
    WAIT,
  );
  await sameTime(console_, screen, phones, board);

  // The facilitator moves a note to another group: that group's phones see it.
  const moving = console_.locator('netweave-console .note', { hasText: texts[5] });
  await moving.locator('select').selectOption('g1');
  await moving.locator('[data-action=move]').click();
  await board(phones[0]).locator('li.note', { hasText: texts[5] }).waitFor(WAIT);
  await board(phones[5])
    .locator('li.note', { hasText: texts[5] })
    .waitFor({ state: 'detached', ...WAIT });

  // The closing round: phones move to the commitments wall, the projector shows it too.
  await console_.locator('netweave-console #round-next', { hasText: 'Start: Commitments' }).click();
  await console_.locator('netweave-console .stage-now', { hasText: 'Now: Commitments wall' }).waitFor(WAIT);
  // A phone that has typed on the board is told and goes with one tap (nothing is taken from it);
  // one that has not (the reloaded one) goes at once.
  for (const p of phones) {
    await p.page
      .locator('netweave-join .stage-news', { hasText: 'The session has moved on. Now: Commitments wall.' })
      .waitFor(WAIT);
    const go = p.page.locator('netweave-join #stage-go');
    if (await go.count()) await go.click();
    await p.page.locator('netweave-join netweave-commitments-wall textarea').waitFor(WAIT);
  }
  await screen.locator('netweave-display netweave-commitments-wall').waitFor(WAIT);
  await screen
    .locator('netweave-display #round-name', { hasText: 'Round 4 of 4: Commitments' })
    .waitFor(WAIT);
  await post(phones[0].page, 'Name one person to own our service directory');

  for (const p of phones) {
    assert.deepEqual(p.errors, []);
    assert.deepEqual(
      p.requests.filter((url) => !url.startsWith(`${base}/`)),
      [],
    );
    assert.ok(
      p.requests.includes(`${base}/cdn/commitments-wall/triz-board.js`),
      'the board from its own file',
    );
    const streams = p.requests.filter((url) => url.includes('/events'));
    assert.equal(new Set(streams.map((u) => new URL(u).pathname)).size, 1, 'one session followed');
  }
  assert.deepEqual(screenErrors, []);
  assert.deepEqual(
    screenRequests.filter((url) => !url.startsWith(`${base}/`)),
    [],
    'the projector asks nothing of any other site',
  );
  assert.deepEqual(adminErrors, []);
});

/** `m:ss` or `mm:ss` as seconds. */
const seconds = (text) => {
  const m = /(\d+):(\d\d)/.exec(text ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** The countdown on the console, the projector and every phone: all within two seconds. */
async function sameTime(console_, screen, phones, board) {
  const times = [
    seconds(await console_.locator('netweave-console #round-clock').textContent()),
    seconds(await screen.locator('netweave-display .clock-time').textContent()),
  ];
  for (const p of phones) times.push(seconds(await board(p).locator('.round [role=timer]').textContent()));
  assert.ok(
    times.every((t) => Number.isFinite(t) && t > 0),
    `every screen shows a time left: ${times.join(', ')}`,
  );
  assert.ok(
    Math.max(...times) - Math.min(...times) <= 2,
    `the same time on every screen: ${times.join(', ')}`,
  );
}

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
