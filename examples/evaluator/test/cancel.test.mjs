// A large file on the evaluator page: the bar moves, the status line says how far reading has got
// at each quarter (not at every tick), and Cancel stops the reading at once, says so and puts focus
// on Analyse; axe checks the page after. English and Welsh. A file read whole in ranges by several
// workers: every problem at its row.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, open, startPage } from './helpers.mjs';

let env;
let scratch;
let big;
let large;

before(async () => {
  env = await startPage();
  scratch = mkdtempSync(join(tmpdir(), 'netweave-evaluator-cancel-'));
  // about 180 MB of canonical rows: seconds of reading even on an idle machine, time enough to
  // see progress and cancel
  const header =
    'response_id,session_id,submitted_at,catalogue_version,sector,nation,region,building-relationships,evaluating-your-network,finding-the-time,generating-ideas,hassles-with-hierarchies,ideas-to-action,inclusivity-and-diversity,network-mapping,peer-support,other_challenge,other_rating\n';
  const rows = [];
  for (let i = 0; i < 1_500_000; i++)
    rows.push(
      `r-${i},s-${i % 7},2026-03-12T10:00:00Z,2024.1,nhs,wales,Cardiff and Vale,3,1,4,2,0,3,2,1,4,,\n`,
    );
  big = join(scratch, 'large-export.csv');
  writeFileSync(big, header + rows.join(''));
  // about 12 MB, read whole: a rating of 7 and a reused id near its start and its end, so on both
  // sides of the cut between the workers' ranges
  const some = rows.slice(0, 150_000);
  some[10] = some[10].replace(',3,1,4,', ',7,1,4,');
  some[149_990] = some[149_990].replace(',3,1,4,', ',7,1,4,');
  some[149_995] = some[149_994].replace(',3,1,4,', ',0,1,4,');
  some[20] = some[19].replace(',3,1,4,', ',0,1,4,');
  large = join(scratch, 'ranges.csv');
  writeFileSync(large, header + some.join(''));
});

after(async () => {
  await env?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

for (const [lang, words] of [
  [
    'en',
    { cancel: 'Cancel', part: /Reading files on this device: 25% read/, cancelled: /^Reading cancelled/ },
  ],
  ['cy', { cancel: 'Canslo', part: /25% wedi’u darllen/, cancelled: /^Canslwyd y darllen/ }],
]) {
  test(`${lang}: a large file shows its progress in quarters, and Cancel stops it with focus on Analyse`, async () => {
    const { page, problems, close } = await open(env.browser, `${env.base}?lang=${lang}`);
    try {
      await page.setInputFiles('#files', big);
      await page.click('#analyse');
      await page.waitForSelector('#reading:not([hidden])');
      assert.equal((await page.textContent('#cancel')).trim(), words.cancel);
      assert.equal(await page.isDisabled('#analyse'), true, 'no second reading while one is under way');
      // the status line: a quarter announced, not every tick; then Cancel, from the keyboard, at once
      await page.waitForFunction(
        (re) => new RegExp(re).test(document.querySelector('#status').textContent),
        words.part.source,
        { timeout: 60_000 },
      );
      await page.focus('#cancel');
      await page.keyboard.press('Enter');
      assert.match(await page.textContent('#status'), words.cancelled);
      assert.equal(await page.isHidden('#reading'), true);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'analyse');
      assert.equal(await page.isDisabled('#analyse'), false);
      // nothing arrives later from the stopped reading
      await page.waitForTimeout(500);
      assert.equal(await page.$$eval('#results > *', (n) => n.length), 0);
      assert.match(await page.textContent('#status'), words.cancelled);
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

test('a large file read whole (in ranges, by several workers): every problem at its right row, the figures complete', async () => {
  const { page, problems, close } = await open(env.browser, env.base);
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  try {
    await page.setInputFiles('#files', large);
    await page.click('#analyse');
    await page.waitForSelector('.downloads a', { timeout: 120_000 });
    const issues = await page.$$eval('#results details li', (nodes) =>
      nodes.map((n) => n.textContent.trim()),
    );
    assert.deepEqual(
      issues.map((i) => i.match(/ranges\.csv, row ([\d,]*\d)/)?.[1]),
      ['12', '22', '149,992', '149,997'],
      issues.join('\n'),
    );
    assert.match(issues[1], /first seen in ranges\.csv, row 21/);
    assert.match(issues[3], /first seen in ranges\.csv, row 149,996/);
    assert.match(await page.textContent('#status'), /149,996 responses/);
    // the page's worker, and one more for the second range (the page's worker reads the first)
    assert.ok(workers.length >= 2, `workers: ${workers.join(', ')}`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
