// "Continue on another device" end to end, in Chromium through a real collector (loopback, a
// throwaway SQLite file) serving this package's CDN file: a laptop answers and makes a code; the
// collector's database is read to hold nothing readable; a phone (its own browser context, 320 px
// wide) opens the QR code's address and restores the answers; a later change on the laptop is
// saved under the same code; the code is deleted at once, then a new one expires; a wrong code.
//   npm run build -w @netweave/self-assessment, then
//   node --test test/e2e/continue-elsewhere.test.mjs   (in packages/self-assessment)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { newResumeCode } from '@netweave/core/resume';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { startCollector } from '../../../../scripts/start-collector.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cdn = join(here, '../../cdn/self-assessment.js');
if (!existsSync(cdn))
  throw new Error('cdn/self-assessment.js is missing: npm run build -w @netweave/self-assessment first.');

const TOKEN = 'e2e-admin-token-7c2e91d4a0b3';
const WAIT = { timeout: 20_000 };
const OTHER = 'Parking at the hub is impossible on Tuesdays';
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let collector;
let base;
let browser;
const dir = mkdtempSync(join(tmpdir(), 'netweave-resume-e2e-'));
const db = join(dir, 'e2e.sqlite');

before(async () => {
  collector = await startCollector({ db, token: TOKEN });
  base = collector.url;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await collector?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A partner's page on the collector's own origin, with the widget from the collector's CDN folder. */
const page = () => `${base}/e2e/self-assessment.html`;
const HTML = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Self-assessment</title>
    <script type="module" src="/cdn/self-assessment/self-assessment.js"></script>
  </head>
  <body>
    <main><netweave-self-assessment session="resume-e2e" endpoint="${base}"></netweave-self-assessment></main>
  </body>
</html>`;

/** A device: its own browser context (its own storage), the page served, errors collected. */
async function device(options = {}) {
  const context = await browser.newContext(options);
  await context.route(page(), (route) => route.fulfill({ contentType: 'text/html', body: HTML() }));
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  return { context, tab, errors };
}

const widget = (tab) => tab.locator('netweave-self-assessment');
const button = (tab, name) => widget(tab).getByRole('button', { name, exact: true });

function query(sql, ...params) {
  const file = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
  try {
    return file.prepare(sql).all(...params);
  } finally {
    file.close();
  }
}

/** Resolves once `condition()` holds (checked every 50 ms, for up to 20 s). */
async function until(condition, message) {
  const end = Date.now() + WAIT.timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every place in the database's files (the database, its WAL) where `text` is written. */
function bytesHolding(text) {
  return readdirSync(dir)
    .filter((f) => f.startsWith('e2e.sqlite'))
    .filter((f) => readFileSync(join(dir, f)).includes(Buffer.from(text, 'utf8')));
}

/** Types `code` into "I have a code" and restores; resolves to the notice or field error shown. */
async function enterCode(tab, code) {
  if (!(await widget(tab).locator('#resume-code').count())) await button(tab, 'I have a code').click();
  await widget(tab).locator('#resume-code').fill(code);
  await button(tab, 'Restore my answers').click();
  await widget(tab).locator('section.keep[aria-busy=false]').waitFor(WAIT);
}

test('continue on another device through a real collector, which cannot read the answers', async () => {
  const laptop = await device({ viewport: { width: 1280, height: 900 } });
  await laptop.tab.goto(page());
  const form = widget(laptop.tab);
  await form.locator('fieldset[part~=question]').first().waitFor(WAIT);
  const firstQuestion = form.locator('fieldset[part~=question]').first();
  await firstQuestion.locator('input[type=radio][value="3"]').check();
  await form.locator('textarea').fill(OTHER);
  await button(laptop.tab, 'Continue on another device').click();
  await form.locator('.resume-code').waitFor(WAIT);
  const code = (await form.locator('.resume-code').innerText()).trim().replace(/\s+/g, '-');
  assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]$/);
  const kept = await form.locator('.resume p').filter({ hasText: 'Kept until' }).innerText();
  const expiry = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  assert.ok(kept.startsWith(`Kept until ${expiry}.`), kept);
  assert.equal(await form.locator('.resume svg[role=img] path').count(), 1, 'the QR code is drawn');

  // The collector keeps an id, the ciphertext, its iv and two dates: nothing readable.
  await until(() => query('SELECT count(*) AS n FROM resumes')[0].n === 1, 'nothing was stored');
  const rows = query('SELECT * FROM resumes');
  assert.equal(rows.length, 1);
  assert.deepEqual(Object.keys(rows[0]).sort(), ['ciphertext', 'created_at', 'expires_at', 'id', 'iv']);
  assert.match(rows[0].id, /^[0-9a-f]{32}$/);
  for (const text of [
    OTHER,
    'Parking',
    code,
    code.replace(/-/g, ''),
    'netweave-self-assessment',
    '"ratings"',
  ])
    assert.deepEqual(bytesHolding(text), [], `“${text}” is in the database`);

  // A phone scans the QR code: this page's address with the code after '#'.
  const phone = await device(PHONE);
  await phone.tab.goto(`${page()}#netweave-resume=${code}`);
  const other = widget(phone.tab);
  await other.locator('#resume-code').waitFor(WAIT);
  assert.equal(new URL(phone.tab.url()).hash, '', 'the code leaves the address bar');
  assert.equal(await other.locator('#resume-code').inputValue(), code);
  await button(phone.tab, 'Restore my answers').click();
  await other.locator('#keep-notice').getByText('Your answers are back.').waitFor(WAIT);
  assert.equal(await other.locator('textarea').inputValue(), OTHER);
  assert.ok(await other.locator('fieldset[part~=question]').first().locator('input[value="3"]').isChecked());
  // usable at 320 px: nothing wider than the screen
  assert.ok(
    await phone.tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'the page scrolls sideways at 320 px',
  );
  if (process.env.NETWEAVE_SCREENSHOTS)
    writeFileSync(
      join(process.env.NETWEAVE_SCREENSHOTS, 'restored-320.png'),
      await phone.tab.screenshot({ clip: { x: 0, y: 0, width: 320, height: 640 } }),
    );

  // A later change on the laptop is saved under the same code.
  const before = rows[0].ciphertext;
  await firstQuestion.locator('input[type=radio][value="1"]').check();
  await until(
    () => query('SELECT ciphertext FROM resumes')[0]?.ciphertext !== before,
    'the change was not saved',
  );
  assert.equal(query('SELECT count(*) AS n FROM resumes')[0].n, 1, 'the same code, not a new entry');
  await enterCode(phone.tab, code);
  await other
    .locator('#keep-replace')
    .getByText('You have answers on screen that are not in what you are opening.')
    .waitFor(WAIT);
  await button(phone.tab, 'Replace my answers').click();
  await other.locator('fieldset[part~=question]').first().locator('input[value="1"]:checked').waitFor(WAIT);
  if (process.env.NETWEAVE_SCREENSHOTS)
    writeFileSync(
      join(process.env.NETWEAVE_SCREENSHOTS, 'code-1280.png'),
      await form.locator('section.keep').screenshot(),
    );

  // "Delete it now": gone from the collector at once; the phone is told.
  await button(laptop.tab, 'Delete it now').click();
  await form.locator('#keep-notice').getByText('have been deleted from the collector').waitFor(WAIT);
  await until(() => query('SELECT count(*) AS n FROM resumes')[0].n === 0, 'not deleted');
  await enterCode(phone.tab, code);
  await other.locator('#keep-notice').getByText('No answers are saved under this code.').waitFor(WAIT);
  assert.equal(await other.locator('textarea').inputValue(), OTHER, 'nothing lost on the phone');

  // A new code whose time runs out (its expiry set back, as time passing would).
  await button(laptop.tab, 'Continue on another device').click();
  await form.locator('.resume-code').waitFor(WAIT);
  const second = (await form.locator('.resume-code').innerText()).trim().replace(/\s+/g, '-');
  const file = new BetterSqlite3(db);
  file.prepare('UPDATE resumes SET expires_at = ?').run(Date.now() - 1000);
  file.close();
  await enterCode(phone.tab, second);
  await other
    .locator('#keep-notice')
    .getByText('This code has expired, and the answers saved under it have been deleted.')
    .waitFor(WAIT);

  // A code that was never made.
  await enterCode(phone.tab, newResumeCode());
  await other.locator('#keep-notice').getByText('No answers are saved under this code.').waitFor(WAIT);
  assert.equal(await other.locator('textarea').inputValue(), OTHER);

  assert.deepEqual(laptop.errors, []);
  assert.deepEqual(phone.errors, []);
  await laptop.context.close();
  await phone.context.close();
});
