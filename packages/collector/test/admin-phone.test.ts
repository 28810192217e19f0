/**
 * The moderation page as people use it: on a 320 px phone, with the keyboard until a list runs
 * out, with a screen reader listening to its live regions, and in Welsh in an American-English
 * browser (Debian's Chromium has no Welsh dates or lists of its own).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { call, cleanUp, createSession } from './helpers.js';
import { startWithoutConsole, type WithoutConsole } from './without-console.js';
import { axe, openSignedIn, post, showSession, waitForCount } from './admin-page.js';

/** Each test is bounded (a busy 2-core machine included); each opens its own browser context. */
const BOUNDED = { timeout: 180_000 };
let server: WithoutConsole;
let browser: Browser;

before(async () => {
  server = await startWithoutConsole();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  cleanUp();
});

/** Elements reaching past the viewport's edges, and the page's own width if it scrolls sideways. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden, .skip, [hidden], script')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5)
        out.push(
          `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`,
        );
    }
    return out;
  });
}

/** Controls smaller than 24 × 24 CSS px (WCAG 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, select, input, textarea, label.choice')]
      .filter((el) => !el.closest('.visually-hidden, .skip, [hidden]'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim()}" ${r.width}×${r.height}`),
  );
}

/** Records every non-empty text written into the page's live regions, in order. */
const RECORD_LIVE_REGIONS = `
window.__spoken = [];
document.addEventListener('DOMContentLoaded', () => {
  new MutationObserver((records) => {
    for (const r of records) {
      const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const region = node && node.closest('[aria-live], [role=status], [role=alert]');
      if (!region || region.hidden) continue;
      const text = region.textContent.trim();
      if (text) window.__spoken.push(text);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
});
`;

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const post = el.closest('.post');
    return post
      ? `post: ${post.querySelector('.post-text')?.textContent}`
      : `#${el.id || el.getAttribute('data-empty')}`;
  });

async function waitForFocus(page: Page, expected: string): Promise<void> {
  try {
    await page.waitForFunction(
      (want) => {
        const el = document.activeElement;
        if (!el || el === document.body) return want === 'body';
        const post = el.closest('.post');
        const name = post
          ? `post: ${post.querySelector('.post-text')?.textContent}`
          : `#${el.id || el.getAttribute('data-empty')}`;
        return name === want;
      },
      expected,
      { timeout: 15_000 },
    );
  } catch {
    assert.equal(await focused(page), expected);
  }
}

describe('moderation page on a phone, by keyboard, by ear and in Welsh', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(
      `fits a 320 px screen without sideways scrolling, targets at least 24 px (${lang})`,
      BOUNDED,
      async () => {
        const sid = await createSession(server.url, {
          title:
            'Gwehyddu rhwydweithiau ar draws iechyd, llywodraeth leol, gofal cymdeithasol a’r sector gwirfoddol yng Nghaerdydd a’r Fro: Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
          moderation: 'pre',
        });
        await post(
          server.url,
          sid,
          'Cwrdd â’r tîm tai bob mis https://example.org/a-very-long-address-without-spaces-at-all',
        );
        const { context, page, errors } = await openSignedIn(browser, server.url, {
          lang,
          width: 320,
          height: 640,
        });
        try {
          await showSession(page, sid);
          await waitForCount(page, '#list-pending .post', 1);
          assert.deepEqual(await overflow(page), []);
          assert.deepEqual(await smallTargets(page), []);
          assert.deepEqual(await axe(page), []);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      },
    );
  }

  it(
    'keeps focus on a post, then the list’s heading, never the page; each action spoken once',
    BOUNDED,
    async () => {
      const sid = await createSession(server.url, { title: 'Focus test', moderation: 'pre' });
      for (const text of ['First post', 'Second post', 'Third post']) await post(server.url, sid, text);
      const { context, page, errors } = await openSignedIn(browser, server.url, { lang: 'en' });
      try {
        await context.addInitScript({ content: RECORD_LIVE_REGIONS });
        await showSession(page, sid);
        await waitForCount(page, '#list-pending .post', 3);

        // The last post of the list: focus goes to the one before it.
        await page.focus('#list-pending .post:last-child');
        await page.keyboard.press('a');
        await waitForFocus(page, 'post: Second post');
        await page.keyboard.press('h');
        await waitForFocus(page, 'post: First post');
        // The list's last post, with its button: focus goes to the list's heading.
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Approve');
        await page.keyboard.press('Enter');
        await waitForFocus(page, '#h-pending');
        await waitForCount(page, '#list-visible .post', 2);

        // Another list: the next post, then its heading.
        await page.focus('#list-visible .post:first-child');
        const first = await focused(page);
        await page.keyboard.press('h');
        const other = first === 'post: First post' ? 'post: Third post' : 'post: First post';
        await waitForFocus(page, other);
        await page.keyboard.press('h');
        await waitForFocus(page, '#h-visible');
        await waitForCount(page, '#list-hidden .post', 3);
        assert.equal(await page.locator('[data-empty=visible]').isVisible(), true);

        await page
          .waitForFunction(() => (window as unknown as { __spoken: string[] }).__spoken.length >= 5, null, {
            timeout: 15_000,
          })
          .catch(() => undefined); // the comparison below says what was heard
        assert.deepEqual(await spoken(page), [
          'Approved: Third post',
          'Hidden: Second post',
          'Approved: First post',
          `Hidden: ${first.slice('post: '.length)}`,
          `Hidden: ${other.slice('post: '.length)}`,
        ]);
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'speaks Welsh throughout in an en-US browser: dates, lists, validation, collector errors, sign-out',
    BOUNDED,
    async () => {
      const sid = await createSession(server.url, {
        title: 'Gweithdy Caerdydd',
        date: '2026-12-06',
        moderation: 'pre',
      });
      await post(server.url, sid, 'Ebostiwch jo@example.org neu ysgrifennwch i CF10 3AT');
      const { context, page, errors } = await openSignedIn(browser, server.url, { lang: 'cy' });
      try {
        await showSession(page, sid);
        await waitForCount(page, '#list-pending .post', 1);

        // Dates: day month year, 24-hour clock, Welsh month names.
        const option = await page.$eval(
          '#session',
          (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent,
        );
        assert.match(option ?? '', /6 Rhag 2026/);
        const listed = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/commitments`, {
          admin: true,
        });
        const createdAt = new Date(listed.body.items[0].createdAt as string);
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Europe/London',
            day: 'numeric',
            month: 'numeric',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
            .formatToParts(createdAt)
            .map((p) => [p.type, p.value]),
        );
        const months = [
          'Ion',
          'Chwef',
          'Maw',
          'Ebr',
          'Mai',
          'Meh',
          'Gorff',
          'Awst',
          'Medi',
          'Hyd',
          'Tach',
          'Rhag',
        ];
        const when = `${Number(parts.day)} ${months[Number(parts.month) - 1]} ${parts.year}, ${parts.hour}:${parts.minute}`;
        const meta = (await page.textContent('#list-pending .post-meta')) ?? '';
        assert.ok(meta.includes(when), `${meta} shows ${when}`);
        // Lists: "a" with aspirate mutation ("a chod post"), never "and".
        assert.match(meta, /cyfeiriad e-bost a chod post/);
        assert.doesNotMatch(meta, /\band\b|AM|PM|Dec/);

        // The page's own validation, in Welsh, in an error summary that takes focus.
        await page.click('#create button[type=submit]');
        await page.waitForSelector('#create-error:not([hidden])');
        const summary = (await page.textContent('#create-error')) ?? '';
        assert.match(summary, /Rhowch deitl/);
        assert.match(summary, /Rhowch ddyddiad/);
        assert.doesNotMatch(summary, /Enter|must|title|date/);
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'create-error');
        assert.equal(await page.getAttribute('#new-title', 'aria-invalid'), 'true');
        assert.deepEqual(await axe(page), []);

        // The collector's refusals in Welsh words, never its English message.
        await page.route(/\/moderation$/, (route) => route.abort());
        await page.focus('#list-pending .post');
        await page.keyboard.press('a');
        await page.waitForSelector('#problem:not([hidden])');
        assert.match((await page.textContent('#problem')) ?? '', /cysylltu â’r casglwr/);
        await page.unroute(/\/moderation$/);
        const deleted = await call(server.url, 'DELETE', `/v1/admin/sessions/${sid}`, { admin: true });
        assert.equal(deleted.status, 204);
        await page.click('#toggle');
        await page.waitForFunction(() =>
          /sesiwn/.test(document.querySelector('#problem')?.textContent ?? ''),
        );
        const problem = (await page.textContent('#problem')) ?? '';
        assert.match(problem, /Nid yw’r sesiwn hon ar y casglwr/);
        assert.doesNotMatch(problem, /There is no session|Check the session/);

        // Signing out lands on the Welsh page.
        await page.click('.signout button');
        await page.waitForSelector('#token');
        assert.equal(await page.getAttribute('html', 'lang'), 'cy');
        assert.equal(await page.textContent('h1'), 'Mewngofnodi i gymedroli');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    },
  );
});
