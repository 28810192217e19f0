// What a partner sees when a page with the netweave CDN widgets enforces Trusted Types
// (`require-trusted-types-for 'script'`), in Debian's Chromium. Each CDN file carries its own Lit,
// and each Lit registers a Trusted Types policy named "lit-html": with `trusted-types lit-html`
// only the first widget loads; with `trusted-types lit-html 'allow-duplicates'` all of them do.
// Needs the widgets' CDN builds (`npm run build`; `npm test` builds first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { WIDGETS, cdnDir, policies, startServer } from '../server.mjs';

const TIMEOUT = 30_000;
const TAGS = WIDGETS.map((w) => `netweave-${w}`);
const DUPLICATE = /Policy with name "lit-html" already exists/;
const POST = 'Meet the housing team once a month';

/** Every JavaScript file of a widget's CDN build, main file first, relative to its cdn/ folder. */
function cdnFiles(widget) {
  const dir = cdnDir(widget);
  const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')) : [];
  return [`${widget}.js`, ...chunks.filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
}

let site;
let cdn;
let crossSite;
let browser;

before(async () => {
  const missing = WIDGETS.map((w) => join(cdnDir(w), `${w}.js`)).filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `The widgets' CDN files are missing (${missing.map((f) => relative(process.cwd(), f)).join(', ')}): ` +
        'run `npm run build` at the repository root first (`npm test` does).',
    );
  }
  site = await startServer({ port: 0 });
  cdn = await startServer({ port: 0 });
  crossSite = await startServer({ port: 0, cdnOrigin: cdn.url });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const s of [site, cdn, crossSite]) s?.server.close();
});

/**
 * A fresh browser context on `url`, recording what a partner's developer would see in the
 * console: page errors, console errors, CSP violation events (from a listener installed before
 * any of the page's scripts run) and every script the page fetched.
 */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const seen = { pageErrors: [], consoleErrors: [], scripts: [] };
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') seen.scripts.push({ url: r.url(), status: r.status() });
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__violations.push({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
        }),
      true,
    );
  });
  const response = await page.goto(url);
  assert.equal(response.status(), 200, `${url} is served`);
  const violations = () => page.evaluate(() => window.__violations);
  return { context, page, seen, violations, policy: response.headers()['content-security-policy'] };
}

/** Waits until a widget has drawn itself (its element upgraded and its shadow root filled). */
function rendered(page, tag) {
  return page.waitForFunction(
    (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 20,
    tag,
  );
}

/** Rates one challenge in the self-assessment; the answer is saved on the device as you go. */
async function rateOne(page) {
  const radio = page
    .locator('netweave-self-assessment')
    .getByRole('group', { name: /Building relationships/ })
    .getByRole('radio', { name: 'A very big challenge' });
  await radio.check();
  assert.equal(await radio.isChecked(), true);
  return radio;
}

/** Posts a commitment on the wall and waits for it to show there. */
async function postOne(page) {
  const wall = page.locator('netweave-commitments-wall');
  await wall.getByRole('textbox', { name: /One thing I will do/ }).fill(POST);
  await wall.getByRole('button', { name: 'Post', exact: true }).click();
  await wall.getByText(POST).waitFor();
}

/** Opens the chart's data table and waits for its rows (or the chart's empty state). */
async function chartTable(page) {
  const chart = page.locator('netweave-challenge-chart');
  await chart.getByRole('button', { name: 'Show data table' }).click();
  await chart
    .getByRole('table')
    .getByRole('row', { name: /Building relationships/ })
    .waitFor();
  const text = await chart.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
  assert.match(text, /Figures shown in the chart/);
  assert.match(text, /No challenge has enough responses to show yet|\d+%/, 'the empty state or figures');
}

describe('widgets from their CDN files on a page that enforces Trusted Types', () => {
  test('the bundles create no Trusted Types policy but "lit-html", one per widget, and write no HTML outside Lit', () => {
    for (const widget of WIDGETS) {
      const files = cdnFiles(widget).map((f) => ({
        name: f,
        code: readFileSync(join(cdnDir(widget), f), 'utf8'),
      }));
      const policyNames = files.flatMap(({ code }) =>
        [...code.matchAll(/createPolicy\(\s*(["'`])([^"'`]*)\1/g)].map((m) => m[2]),
      );
      assert.deepEqual(policyNames, ['lit-html'], `${widget}: one copy of Lit, and no other policy`);
      // Trusted Types sinks for HTML and scripts: only Lit's template element, through its policy.
      const sinks = files.filter(({ code }) =>
        /\.(innerHTML|outerHTML|srcdoc)\s*=|insertAdjacentHTML\(|document\.write|createContextualFragment|\bnew Function\b|\beval\(/.test(
          code,
        ),
      );
      assert.deepEqual(
        sinks.map((f) => f.name),
        files.filter((f) => f.code.includes('createPolicy(')).map((f) => f.name),
        `${widget}: HTML is written only by the file that holds Lit`,
      );
    }
  });

  test("with `trusted-types lit-html` alone only the first widget loads: 'Policy lit-html already exists'", async () => {
    const { context, page, seen, violations, policy } = await open(`${site.url}/?policy=lit-html-only`);
    assert.match(policy, /require-trusted-types-for 'script'; trusted-types lit-html$/);
    // The page loads self-assessment.js, then challenge-chart.js, then commitments-wall.js: module
    // scripts run in document order, so the first one's Lit takes the policy name.
    await page.waitForFunction(() => window.__violations.length >= 2);
    await rendered(page, 'netweave-self-assessment');
    const state = await page.evaluate(
      (tags) => tags.map((t) => Boolean(customElements.get(t))),
      ['netweave-provider', ...TAGS],
    );
    assert.deepEqual(state, [true, true, false, false], 'the provider and the self-assessment only');
    const empty = await page.evaluate(() =>
      ['netweave-challenge-chart', 'netweave-commitments-wall'].map(
        (t) => document.querySelector(t).shadowRoot,
      ),
    );
    assert.deepEqual(empty, [null, null], 'the chart and the wall stay blank');
    assert.deepEqual(await violations(), [
      { directive: 'trusted-types', blocked: 'trusted-types-policy', sample: 'lit-html' },
      { directive: 'trusted-types', blocked: 'trusted-types-policy', sample: 'lit-html' },
    ]);
    assert.equal(seen.pageErrors.length, 2, seen.pageErrors.join('\n'));
    for (const message of seen.pageErrors) assert.match(message, DUPLICATE);
    assert.equal(seen.consoleErrors.length, 2, seen.consoleErrors.join('\n'));
    for (const message of seen.consoleErrors)
      assert.match(message, /TrustedTypePolicy named 'lit-html'.*already exists.*allow-duplicates/);
    await context.close();
  });

  for (const widget of WIDGETS) {
    test(`one widget alone (${widget}) needs only \`trusted-types lit-html\``, async () => {
      const { context, page, seen, violations, policy } = await open(
        `${site.url}/?policy=one&widgets=${widget}`,
      );
      assert.match(policy, /trusted-types lit-html$/);
      await rendered(page, `netweave-${widget}`);
      assert.deepEqual(await violations(), []);
      assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors], []);
      await context.close();
    });
  }

  test("with the documented policy (`trusted-types lit-html 'allow-duplicates'`) all three widgets work", async () => {
    const { context, page, seen, violations, policy } = await open(`${site.url}/?policy=several`);
    assert.equal(policy, policies().several);
    for (const tag of TAGS) await rendered(page, tag);

    const radio = await rateOne(page);
    await postOne(page);
    await chartTable(page);

    // The chart's downloads: SVG and CSV from blob: links, PNG drawn from a data: image.
    const chart = page.locator('netweave-challenge-chart');
    const downloads = {};
    for (const [name, file] of [
      ['Download SVG', 'svg'],
      ['Download PNG', 'png'],
      ['Download CSV', 'csv'],
    ]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByRole('button', { name }).click(),
      ]);
      downloads[file] = readFileSync(await download.path());
    }
    assert.match(downloads.svg.toString('utf8'), /<svg[\s\S]*Building relationships/);
    assert.equal(downloads.png.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG image');
    assert.match(downloads.csv.toString('utf8'), /Building relationships/);

    // After a reload the rating and the post are still there (kept on the device).
    await page.reload();
    for (const tag of TAGS) await rendered(page, tag);
    await page.locator('netweave-commitments-wall').getByText(POST).waitFor();
    assert.equal(await radio.isChecked(), true, 'the rating was saved on the device');

    assert.deepEqual(await violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors], [], 'no errors in the console');
    // Every script, on-demand chunks included, came from the page's own origin.
    const lazy = seen.scripts.filter((s) => s.url.includes('/chunks/'));
    assert.ok(lazy.length > 0, 'the widgets loaded chunks on demand');
    for (const s of seen.scripts) {
      assert.equal(new URL(s.url).origin, site.url, s.url);
      assert.equal(s.status, 200, s.url);
    }
    await context.close();
  });

  test("every file of the three CDN builds loads under `script-src 'self'` and the documented policy", async () => {
    const { context, page, seen, violations } = await open(`${site.url}/?policy=several`);
    for (const tag of TAGS) await rendered(page, tag);
    // Chunks a partner's visitors may never trigger (Welsh wording, catalogue-src, exports, …)
    // are imported here directly, as the widgets would import them, from beside the main file.
    const urls = WIDGETS.flatMap((w) => cdnFiles(w).map((f) => `/cdn/${w}/${f}`));
    const failures = await page.evaluate(
      (list) =>
        Promise.all(
          list.map((u) =>
            import(u).then(
              () => null,
              (e) => `${u}: ${e.message}`,
            ),
          ),
        ).then((r) => r.filter(Boolean)),
      urls,
    );
    assert.deepEqual(failures, []);
    assert.deepEqual(await violations(), []);
    assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors], []);
    await context.close();
  });

  test('from a CDN on another origin: that origin in script-src covers the on-demand chunks too', async () => {
    const { context, page, seen, violations, policy } = await open(`${crossSite.url}/?policy=several`);
    assert.match(policy, new RegExp(`script-src 'self' ${cdn.url};`));
    for (const tag of TAGS) await rendered(page, tag);
    await chartTable(page);
    await postOne(page);
    assert.deepEqual(await violations(), []);
    assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors], []);
    assert.ok(seen.scripts.some((s) => s.url.includes('/chunks/')));
    for (const s of seen.scripts) assert.equal(new URL(s.url).origin, cdn.url, s.url);
    await context.close();
  });

  test("without data: in img-src the chart's PNG download is blocked (why the policy allows it)", async () => {
    const { context, page, violations } = await open(`${site.url}/?policy=no-data-images`);
    await rendered(page, 'netweave-challenge-chart');
    await page.locator('netweave-challenge-chart').getByRole('button', { name: 'Download PNG' }).click();
    await page.waitForFunction(() => window.__violations.length > 0);
    const seenViolations = await violations();
    assert.ok(
      seenViolations.some((v) => v.directive === 'img-src' && v.blocked === 'data'),
      JSON.stringify(seenViolations),
    );
    await context.close();
  });
});
