// What the evaluator page's browser tests share: the page served from the repository root, the
// sample files, and a page that analyses them. Each test file starts its own server and browser.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

export const here = fileURLToPath(new URL('..', import.meta.url));
export const samples = readdirSync(join(here, 'data')).map((f) => join(here, 'data', f));
export const mappingFile = join(here, 'mapping', 'forms-mapping.json');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A server and a browser of this file's own; `close()` stops both. */
export async function startPage() {
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}/examples/evaluator/`;
  const browser = await launchChromium();
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * The page in an American-English browser (so nothing Welsh can come from the browser's own
 * locale data), once its words are in place.
 */
export async function open(browser, url, { width = 1000, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => !document.documentElement.classList.contains('i18n-pending'));
  return { page, problems, close: () => context.close() };
}

export async function analyse(page, { by = 'session' } = {}) {
  await page.setInputFiles('#files', samples);
  await page.setInputFiles('#mapping', mappingFile);
  await page.selectOption('#by', by);
  await page.click('#analyse');
  await page.waitForSelector('.downloads a', { timeout: 30_000 });
}

export async function axe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return r.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}
