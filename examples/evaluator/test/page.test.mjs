// The evaluator page as evaluators use it, in Debian's Chromium: choose the sample exports and the
// Forms mapping, analyse on this device, read the results and download them, in English and in
// Welsh; a partner's own wording; a broken mapping file explained without losing the chosen
// files. axe checks each state; nothing is requested from anywhere but the page's own server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const artifacts = resolve(here, '../../test-artifacts/evaluator');
mkdirSync(artifacts, { recursive: true });
const samples = readdirSync(join(here, 'data')).map((f) => join(here, 'data', f));
const mappingFile = join(here, 'mapping', 'forms-mapping.json');

let server;
let browser;
let base;
let scratch;

before(async () => {
  server = await serve(0);
  base = `http://127.0.0.1:${server.address().port}/examples/evaluator/`;
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), 'netweave-evaluator-'));
});

after(async () => {
  await browser?.close();
  server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function open(url, { html } = {}) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  if (html) {
    await page.route(/\/examples\/evaluator\/(\?.*)?$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
  await page.goto(url);
  await page.waitForFunction(() => !document.documentElement.classList.contains('i18n-pending'));
  return { page, problems, requests };
}

async function axe(page) {
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

async function analyse(page, { by = 'session' } = {}) {
  await page.setInputFiles('#files', samples);
  await page.setInputFiles('#mapping', mappingFile);
  await page.selectOption('#by', by);
  await page.click('#analyse');
  await page.waitForSelector('.downloads a', { timeout: 30_000 });
}

const text = (page, selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent.trim()));

test('English: the sample sessions are analysed on this device, with the chart, tables, problems and five downloads', async () => {
  const { page, problems, requests } = await open(base);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await axe(page), [], 'the empty form is axe-clean');
  await analyse(page);
  const headings = await text(page, '#results h2');
  assert.equal(headings[0], 'Files read');
  assert.match(headings[1], /^Results: \d+ respondents$/);
  // focus moves to the results so a keyboard or screen-reader user lands on them
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Files read');
  assert.ok(await page.$('#results netweave-challenge-chart, #results figure svg'), 'the chart is shown');
  assert.ok((await text(page, '#results caption')).includes('All respondents'));
  assert.ok((await text(page, '#results th[scope=col]')).includes('95% CI'));
  const issues = await text(page, '#results details li');
  assert.ok(
    issues.some((i) => /session-1-leeds-2026-01\.csv, row \d+/.test(i)),
    issues.slice(0, 3).join('\n'),
  );
  const downloads = await text(page, '.downloads a');
  assert.equal(downloads.length, 5);
  assert.equal(downloads[0], 'Download netweave-summary.csv');
  // the HTML report download is the SDK's English report
  const report = await page.$eval('.downloads a[download="netweave-report.html"]', (a) =>
    fetch(a.href).then((r) => r.text()),
  );
  assert.match(report, /<html lang="en">/);
  assert.deepEqual(await axe(page), [], 'the results are axe-clean');
  const external = requests.filter(
    (u) => !u.startsWith(base.slice(0, base.indexOf('/examples'))) && !/^(blob|data):/.test(u),
  );
  assert.deepEqual(external, [], 'no request leaves the page’s own server');
  assert.deepEqual(problems, []);
  await page.screenshot({ path: join(artifacts, 'evaluator-en.png'), fullPage: true });
  await page.close();
});

test('Welsh: ?lang=cy gives the whole page, the results, the problems and the downloads in Welsh', async () => {
  const { page, problems } = await open(`${base}?lang=cy`);
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await page.title(), 'netweave: dadansoddi allforion sesiynau ar y ddyfais hon');
  assert.equal(await page.textContent('h1'), 'Dadansoddi allforion sesiynau');
  assert.equal(await page.textContent('#analyse'), 'Dadansoddi');
  const language = await page.$eval('#language', (a) => ({
    text: a.textContent,
    lang: a.lang,
    href: a.getAttribute('href'),
  }));
  assert.deepEqual(language, { text: 'English', lang: 'en', href: '?lang=en' });
  assert.deepEqual(await axe(page), []);
  await analyse(page);
  const headings = await text(page, '#results h2');
  assert.equal(headings[0], 'Ffeiliau a ddarllenwyd');
  assert.match(headings[1], /^Canlyniadau: \d+ ymatebydd$/);
  const columns = await text(page, '#results th[scope=col]');
  for (const c of ['Ffeil', 'Rhesi', 'Her', 'Cyfwng hyder 95%', 'Cymedr']) assert.ok(columns.includes(c), c);
  assert.ok((await text(page, '#results caption')).includes('Pob ymatebydd'));
  const issues = await text(page, '#results details li');
  assert.ok(issues.length > 0);
  assert.ok(
    issues.every((i) => /, rhes \d+/.test(i)),
    issues.slice(0, 3).join('\n'),
  );
  assert.match(
    await page.textContent('#results details summary'),
    /\d+ (problem|phroblem|broblem) \(gadawyd rhesi â gwallau allan\)/,
  );
  const downloads = await text(page, '.downloads a');
  assert.ok(
    downloads.every((d) => d.startsWith('Lawrlwytho ')),
    downloads.join(', '),
  );
  const report = await page.$eval('.downloads a[download="netweave-report.html"]', (a) =>
    fetch(a.href).then((r) => r.text()),
  );
  assert.match(report, /<html lang="cy">/);
  assert.match(report, /<h2>Dulliau<\/h2>/);
  const visible = await page.evaluate(() => document.body.innerText);
  for (const english of ['Files read', 'Results:', 'Download ', 'All respondents', 'Group by', 'Analyse'])
    assert.ok(!visible.includes(english), `"${english}" is not on the Welsh page`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await page.screenshot({ path: join(artifacts, 'evaluator-cy.png'), fullPage: true });
  await page.close();
});

test('a partner’s own wording replaces netweave’s, as text only; a broken strings block is ignored', async () => {
  const original = readFileSync(join(here, 'index.html'), 'utf8');
  const custom = original.replace(
    /<script type="application\/json" id="netweave-strings">[\s\S]*?<\/script>/,
    `<script type="application/json" id="netweave-strings">${JSON.stringify({
      en: {
        heading: 'Riverside network: <b>analyse</b> your sessions',
        'col.challenge': 'Network challenge',
        // plural forms without "other" cannot serve every count: ignored, netweave's used
        problems: { one: 'One problem' },
      },
      cy: { heading: 'Rhwydwaith Glan yr Afon: dadansoddi' },
    })}</script>`,
  );
  const { page, problems } = await open(base, { html: custom });
  assert.equal(await page.textContent('h1'), 'Riverside network: <b>analyse</b> your sessions');
  assert.equal(await page.$('h1 b'), null, 'markup in a partner’s wording stays text');
  assert.equal(await page.textContent('#analyse'), 'Analyse', 'keys not given keep netweave’s wording');
  await analyse(page, { by: '' });
  assert.ok((await text(page, '#results th[scope=col]')).includes('Network challenge'));
  assert.match(await page.textContent('#results details summary'), /^\d+ problems found/);
  assert.deepEqual(problems, []);
  await page.close();

  const broken = original.replace(
    /<script type="application\/json" id="netweave-strings">[\s\S]*?<\/script>/,
    '<script type="application/json" id="netweave-strings">{ "en": { "heading": </script>',
  );
  const second = await open(base, { html: broken });
  const warnings = [];
  second.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await second.page.reload();
  await second.page.waitForFunction(() => !document.documentElement.classList.contains('i18n-pending'));
  assert.equal(await second.page.textContent('h1'), 'Analyse session exports');
  assert.ok(
    warnings.some((w) => /#netweave-strings is not valid JSON/.test(w)),
    warnings.join('\n'),
  );
  await second.page.close();
});

test('a broken mapping file is explained in the page’s language, and the chosen files stay chosen', async () => {
  const bad = join(scratch, 'mapio.json');
  writeFileSync(bad, '{"columns": {"Which sector do you work in?": 7}}');
  const { page } = await open(`${base}?lang=cy`);
  await page.setInputFiles('#files', samples);
  await page.setInputFiles('#mapping', bad);
  await page.click('#analyse');
  await page.waitForFunction(() => document.querySelector('#status').textContent.length > 0);
  const status = await page.textContent('#status');
  assert.match(status, /^Nid oedd modd defnyddio’r ffeil fapio\. /);
  assert.match(status, /mapio\.json\.columns\["Which sector do you work in\?"\]/);
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    'mapping',
    'focus goes to the mapping file',
  );
  assert.equal(
    (await text(page, '#file-list li')).length,
    samples.length,
    'the chosen exports are still listed',
  );
  assert.equal(await page.isDisabled('#analyse'), false);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('if the page’s script cannot run, its English text still shows (never a blank page)', async () => {
  const page = await browser.newPage();
  await page.route(/\/dist\/app\.js$/, (route) => route.abort());
  await page.goto(base);
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('main')).visibility === 'visible',
    undefined,
    { timeout: 5000 },
  );
  assert.equal(await page.textContent('h1'), 'Analyse session exports');
  await page.close();
});
