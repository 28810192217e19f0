// End to end, as people use it: the partner pages served with a real collector behind them,
// driven in Debian's Chromium. Complete the self-assessment → submit → the chart updates → post a
// commitment → a facilitator approves it and it appears live in another tab → hidden by the
// admin command, it disappears. axe checks every page; screenshots are kept in test-artifacts/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startAll } from '../run.mjs';
import { adminCommand } from '../admin.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const artifacts = resolve(import.meta.dirname, '../../../test-artifacts/partner-site');
mkdirSync(artifacts, { recursive: true });

let app;
let browser;
let dataDir;

/** Two different ports free now (the collector's allowed origin needs the site's before it starts). */
async function freePorts() {
  const probes = [createServer(), createServer()];
  const ports = await Promise.all(
    probes.map(
      (probe) =>
        new Promise((resolveFree, rejectFree) => {
          probe.on('error', rejectFree);
          probe.listen({ port: 0, host: '127.0.0.1' }, () => resolveFree(probe.address().port));
        }),
    ),
  );
  await Promise.all(probes.map((probe) => new Promise((closed) => probe.close(closed))));
  return ports;
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'netweave-e2e-'));
  // Not the ports `npm start` uses, so the test runs beside it (or another checkout's test).
  const [sitePort, collectorPort] = await freePorts();
  app = await startAll({
    sitePort,
    collectorPort,
    dataDir,
    // The public summary changes in releases (after 10 new responses, at most once a minute): no
    // minute to wait for here.
    collectorArgs: ['--release-interval', '0'],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
  return result;
}

/** The chart's data table as text: what the collector publishes, after disclosure control. */
function chartTable(page) {
  return page.evaluate(() => {
    const chart = document.querySelector('netweave-challenge-chart');
    return [...chart.shadowRoot.querySelectorAll('table tr')]
      .map((r) => r.textContent.replace(/\s+/g, ' ').trim())
      .join('\n');
  });
}

function watchErrors(page, errors) {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
}

describe('the partner site', () => {
  for (const [name, path] of [
    ['partner page with assertive CSS', '/'],
    ['NHS-styled page', '/nhs.html'],
    ['Welsh page', '/cy.html'],
  ]) {
    test(`${name}: every widget renders, no errors, axe-clean`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      watchErrors(page, errors);
      await page.goto(app.siteUrl + path);
      for (const tag of [
        'netweave-self-assessment',
        'netweave-challenge-chart',
        'netweave-commitments-wall',
      ]) {
        await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.childElementCount > 0, tag);
      }
      await page.waitForFunction(() =>
        document.querySelector('netweave-challenge-chart').shadowRoot.querySelector('svg'),
      );
      if (path === '/cy.html') {
        const text = await page.evaluate(
          () => document.querySelector('netweave-commitments-wall').shadowRoot.textContent,
        );
        assert.match(
          text,
          /Un peth y byddaf yn ei wneud|ymrwymiad/i,
          'the wall speaks Welsh on the Welsh page',
        );
      }
      await page.screenshot({
        path: join(artifacts, `${path === '/' ? 'index' : path.slice(1, -5)}.png`),
        fullPage: true,
      });
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('strict CSP with Trusted Types: the widgets render with no violations', async () => {
    const page = await browser.newPage();
    const errors = [];
    watchErrors(page, errors);
    await page.goto(app.siteUrl + '/strict.html');
    const csp = await page.evaluate(() =>
      fetch(location.href).then((r) => r.headers.get('content-security-policy')),
    );
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /style-src 'self'/);
    for (const tag of ['netweave-self-assessment', 'netweave-challenge-chart', 'netweave-commitments-wall']) {
      await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.childElementCount > 0, tag);
    }
    await page.waitForFunction(() =>
      document.querySelector('netweave-challenge-chart').shadowRoot.querySelector('svg rect'),
    );
    await page.screenshot({ path: join(artifacts, 'strict.png'), fullPage: true });
    assert.deepEqual(errors, [], 'no CSP or Trusted Types violations');
    await page.close();
    // axe needs to inject its script, which the policy forbids: check the same page with CSP bypassed.
    const context = await browser.newContext({ bypassCSP: true });
    const checked = await context.newPage();
    await checked.goto(app.siteUrl + '/strict.html');
    await checked.waitForFunction(() =>
      document.querySelector('netweave-challenge-chart')?.shadowRoot?.querySelector('svg'),
    );
    assert.deepEqual(await axe(checked), []);
    await context.close();
  });

  test('assess → submit → chart updates → commit → approved live in another tab → hidden, it disappears', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = [];
    watchErrors(page, errors);
    await page.goto(app.siteUrl + '/');

    // The chart before: read "Finding the time" from its data table.
    await page.getByRole('button', { name: 'Show data table' }).click();
    await page.waitForFunction(() =>
      document.querySelector('netweave-challenge-chart').shadowRoot.querySelector('table tr td'),
    );
    const before = await chartTable(page);
    assert.match(before, /Finding the time/, 'the chart has a row per challenge');

    // The self-assessment, stepper layout, by keyboard-and-click as a person would.
    const assessment = page.locator('netweave-self-assessment');
    await assessment.getByRole('button', { name: 'Start now' }).click();
    for (let step = 0; step < 9; step += 1) {
      await assessment.getByRole('radio', { name: 'A very big challenge' }).first().check();
      await assessment.getByRole('button', { name: 'Next' }).click();
    }
    // The other challenge: left empty; then about you and consent.
    await assessment.getByRole('button', { name: 'Next' }).click();
    await assessment.getByRole('checkbox', { name: /Send my answers anonymously/ }).check();
    await assessment.getByRole('button', { name: 'See my results' }).click();
    await assessment.getByRole('heading', { name: 'Your results' }).waitFor();
    await assessment.getByText(/sent/i).first().waitFor();

    // The chart on the page updates once the room has answered too: the collector releases a new
    // public summary after 10 new responses (so no one's answers can be picked out), and the live
    // chart redraws after 5 or more. Nine other people answer:
    for (let i = 1; i <= 9; i += 1) {
      const ratings = Object.fromEntries(
        [
          'building-relationships',
          'evaluating-your-network',
          'finding-the-time',
          'generating-ideas',
          'hassles-with-hierarchies',
          'ideas-to-action',
          'inclusivity-and-diversity',
          'network-mapping',
          'peer-support',
        ].map((id) => [id, 4]),
      );
      const res = await fetch(`${app.endpoint}/v1/sessions/${app.session}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `room-${i}`,
          sessionId: app.session,
          submittedAt: new Date().toISOString(),
          catalogueVersion: '2024.1',
          respondent: { sector: null, nation: null, region: null },
          ratings,
          otherChallenge: null,
        }),
      });
      assert.ok(res.ok, `response ${i} from the room: ${res.status} ${await res.text()}`);
    }
    await page.waitForFunction(
      (before) => {
        const chart = document.querySelector('netweave-challenge-chart');
        const now = [...chart.shadowRoot.querySelectorAll('table tr')]
          .map((r) => r.textContent.replace(/\s+/g, ' ').trim())
          .join('\n');
        return now.includes('Finding the time') && now !== before;
      },
      before,
      { timeout: 15_000 },
    );
    const published = await (await fetch(`${app.endpoint}/v1/sessions/${app.session}/summary`)).json();
    const time = published.challenges.find((c) => c.id === 'finding-the-time');
    if (!time.suppressed)
      assert.match(
        await chartTable(page),
        new RegExp(`Finding the time[^\\n]*${time.base}`),
        'the chart shows the published base',
      );

    // Another tab watches the wall.
    const other = await context.newPage();
    await other.goto(app.siteUrl + '/');
    const otherWall = other.locator('netweave-commitments-wall');
    await otherWall
      .getByText(/No commitments yet|0 commitments/)
      .first()
      .waitFor();

    // Post a commitment: pre-moderated, the author sees it waiting.
    const text = 'I will invite the housing team to our next network meeting';
    const wall = page.locator('netweave-commitments-wall');
    await wall.getByRole('textbox').first().fill(text);
    await wall.getByRole('button', { name: 'Post' }).click();
    await wall
      .getByText(/waiting for approval/i)
      .first()
      .waitFor();
    assert.equal(await otherWall.getByText(text).count(), 0, 'not shown to others before approval');

    // The facilitator approves it with the admin command: it appears live in the other tab.
    const approve = await adminCommand(['approve', '--text', text], {
      endpoint: app.endpoint,
      token: app.token,
      session: app.session,
    });
    assert.equal(approve.status, 'visible');
    await otherWall.getByText(text).waitFor({ timeout: 15_000 });
    await other.screenshot({ path: join(artifacts, 'flow-wall-approved.png'), fullPage: true });

    // Hidden with the admin command: it disappears from the other tab without a reload.
    const hide = await adminCommand(['hide', approve.id], {
      endpoint: app.endpoint,
      token: app.token,
      session: app.session,
    });
    assert.equal(hide.status, 'hidden');
    await otherWall.getByText(text).waitFor({ state: 'detached', timeout: 15_000 });
    await page.screenshot({ path: join(artifacts, 'flow-author.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
