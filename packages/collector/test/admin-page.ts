/** What the moderation page's browser tests share (each test file starts its own collector and browser). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call, TOKEN, uid } from './helpers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as "rule (nodes)"; the page must be opened with `bypassCSP`. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * A page in an American-English browser in London's time zone (so nothing Welsh can come from
 * the browser's own locale data), signed in to the moderation page in `lang`.
 */
export async function openSignedIn(
  browser: Browser,
  url: string,
  options: { lang: 'en' | 'cy'; width?: number; height?: number },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    locale: 'en-US',
    timezoneId: 'Europe/London',
    bypassCSP: true, // axe is injected; the page's own CSP is tested in admin-browser.test.ts
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}/admin?lang=${options.lang}`);
  await page.fill('#token', TOKEN);
  await page.click('button[type=submit]');
  await page.waitForSelector('#h-new');
  return { context, page, errors };
}

/** Shows `sid` on the page (after a reload, so a session made through the API is listed). */
export async function showSession(page: Page, sid: string): Promise<void> {
  await page.reload();
  await page.waitForFunction(
    (id) =>
      [...(document.querySelector('#session') as HTMLSelectElement).options].some((o) => o.value === id),
    sid,
    { timeout: 30_000 },
  );
  await page.selectOption('#session', sid);
  await page.waitForFunction(
    () => /Live|byw/.test(document.querySelector('#connection')?.textContent ?? ''),
    null,
    { timeout: 30_000 },
  );
}

export async function post(url: string, sid: string, text: string): Promise<void> {
  const r = await call(url, 'POST', `/v1/sessions/${sid}/commitments`, {
    body: { id: uid('c'), sessionId: sid, text },
  });
  if (r.status >= 300) throw new Error(`could not post: ${r.text}`);
}

/** Waits until `selector` matches `count` elements. */
export async function waitForCount(page: Page, selector: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([s, n]) => document.querySelectorAll(s as string).length === n,
    [selector, count],
    {
      timeout: 30_000,
    },
  );
}
