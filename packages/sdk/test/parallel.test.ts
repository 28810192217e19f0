import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOGUE } from '@netweave/model';
import { HEADER, row } from './helpers.js';

// The built files (`npm run build` first): worker threads load JavaScript, as users' do.
type Node = typeof import('../src/node/index.js');
type Parallel = typeof import('../src/node/read-file-parallel.js');
type Sdk = typeof import('../src/index.js');
const { aggregateFiles } = (await import(new URL('../dist/node/index.js', import.meta.url).href)) as Node;
const { readFileParallel } = (await import(
  new URL('../dist/node/read-file-parallel.js', import.meta.url).href
)) as Parallel;
const { createGrouped, createIdSet } = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as Sdk;

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'netweave-parallel-'));

/** Small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Canonical response rows with everything a reader must get right across a cut: quoted fields
 * holding line endings (so some line feeds are inside quotes), stray and unclosed quotes, blank
 * lines, wrong field counts, ratings off the scale, unknown sectors, bad ids and dates, identical
 * and conflicting duplicates near and far, Welsh and emoji text, CRLF and lone CR line endings.
 */
function messyResponses(rand: () => number, rows: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const ids: string[] = [];
  const lines: string[] = [HEADER];
  for (let r = 0; r < rows; r++) {
    const kind = rand();
    const ratings = Array.from({ length: 9 }, () => (rand() < 0.1 ? '' : Math.floor(rand() * 5))) as (
      number | ''
    )[];
    let id = `r${r}-${Math.floor(rand() * 1e6)}`;
    // a duplicate (identical or not) of a row just before; now and then of any row before
    if (kind < 0.04 && ids.length) id = pick(ids.slice(-4));
    else if (kind < 0.045 && ids.length) id = pick(ids);
    ids.push(id);
    const extra = {
      session: pick(['s1', 's2', 'sesiwn-3', ' s4 ']),
      sector: pick(['nhs', 'NHS', 'local-government', 'vcse', '', 'unknown sector', 'social care']),
      nation: pick(['wales', 'Cymru', 'england', '', 'atlantis']),
      region: pick([
        '',
        'Cardiff and Vale',
        '"Ynys Môn, Gwynedd"',
        '"two\nlines"',
        ' padded ',
        '"a ""quoted"" name"',
      ]),
      other: pick(['', '', '', '"Funding"', '"Cael gwasanaethau’n Gymraeg ŵ ŷ 🙂"', '"over\r\ntwo lines"']),
      otherRating: pick(['', '', '3', '4', '7']),
      at: pick(['2026-03-12T10:00:00Z', '2026-03-12 10:00:00+01:00', 'yesterday', '2026-02-30T10:00:00Z']),
    };
    if (kind > 0.97) lines.push('');
    else if (kind > 0.95) lines.push(`${id},s1,not enough fields`);
    else if (kind > 0.94) lines.push(`${id},"stray"quote",2026-03-12T10:00:00Z`);
    else if (kind > 0.92)
      lines.push(row(id, ratings.map((x) => (x === 0 ? 9 : x)) as (number | '')[], extra));
    else if (kind > 0.91) lines.push(row('', ratings, extra));
    else lines.push(row(id, ratings, extra));
  }
  const newline = pick(['\n', '\r\n', '\n', '\r\n', '\r']);
  let text = lines.join(newline) + (rand() < 0.8 ? newline : '');
  if (rand() < 0.1) text += `late,"never closed${newline}x,y`;
  return text;
}

async function both(paths: string[], threads: number) {
  const options = { by: ['sector' as const], maxIssues: 50 };
  const one = await aggregateFiles(paths, { ...options, threads: 1 });
  const many = await aggregateFiles(paths, { ...options, threads, parallelMinBytes: 0 });
  return { one, many };
}

/** Whether a file is read in ranges at all (rather than sent to a one-pass read). */
async function splits(path: string, threads: number): Promise<boolean> {
  const read = await readFileParallel(path, createGrouped(DEFAULT_CATALOGUE, ['sector']), createIdSet(), {
    file: 'x.csv',
    catalogue: DEFAULT_CATALOGUE,
    by: ['sector'],
    threads,
    minBytes: 0,
  });
  return read !== undefined;
}

test('a file read in ranges on several threads gives exactly the one-pass result: figures, issues (file, row, column, message), duplicates', async () => {
  let split = 0;
  const seeds = 16;
  for (let seed = 1; seed <= seeds; seed++) {
    const rand = random(seed);
    const path = join(dir, `messy-${seed}.csv`);
    writeFileSync(path, messyResponses(rand, 20 + Math.floor(rand() * 300)));
    const threads = 2 + (seed % 3);
    const { one, many } = await both([path], threads);
    assert.deepEqual(many, one, `seed ${seed}, ${threads} threads`);
    if (await splits(path, threads)) split += 1;
  }
  // most files really were cut and put back together (not all sent to a one-pass read)
  assert.ok(split >= seeds / 4, `only ${split} of ${seeds} files were read in ranges`);
});

test('several files in ranges: duplicates across files and across ranges are found as in one pass', async () => {
  const rand = random(99);
  const a = join(dir, 'multi-a.csv');
  const b = join(dir, 'multi-b.csv');
  const c = join(dir, 'multi-c.csv');
  writeFileSync(a, messyResponses(rand, 300));
  // b repeats rows of a (identical duplicates across files); c is b again
  const aRows = readFileSync(a, 'utf8').split(/\r\n|\n|\r/);
  writeFileSync(b, [HEADER, ...aRows.slice(100, 140), row('only-in-b')].join('\n') + '\n');
  writeFileSync(c, readFileSync(b));
  const { one, many } = await both([a, b, c], 3);
  assert.deepEqual(many, one);
  assert.ok(one.files[1]!.stats.duplicates > 0 || one.files[1]!.stats.rejected > 0);
});

test('a duplicate across two ranges of one file is found (the file is read again in one pass)', async () => {
  const path = join(dir, 'far-duplicate.csv');
  const rows = Array.from({ length: 400 }, (_, i) => row(`id-${i}`));
  rows.push(row('id-3'), row('id-7', [1, 1, 1, 1, 1, 1, 1, 1, 1]));
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  const { one, many } = await both([path], 2);
  assert.deepEqual(many, one);
  assert.equal(one.files[0]!.stats.duplicates, 1);
  assert.equal(one.files[0]!.stats.rejected, 1);
  assert.match(one.files[0]!.issues.at(-1)!.message, /row 403/);
});

test('a duplicate within a later range is found (that range keeps no id table: the file is read again in one pass)', async () => {
  const path = join(dir, 'near-duplicate-late.csv');
  const rows = Array.from({ length: 400 }, (_, i) => row(`id-${i}`));
  rows.push(row('id-390'), row('id-395', [1, 1, 1, 1, 1, 1, 1, 1, 1]));
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  const { one, many } = await both([path], 2);
  assert.deepEqual(many, one);
  assert.equal(one.files[0]!.stats.duplicates, 1);
  assert.equal(one.files[0]!.stats.rejected, 1);
  assert.match(one.files[0]!.issues.at(-1)!.message, /row 397/);
  assert.equal(await splits(path, 2), false);
  // without the duplicates the same rows are read in ranges
  const clean = join(dir, 'no-duplicate-late.csv');
  writeFileSync(clean, [HEADER, ...rows.slice(0, 400)].join('\n') + '\n');
  assert.equal(await splits(clean, 2), true);
});

test('every fixture reads the same on several threads as in one pass', async () => {
  const fixtures = [
    join(here, 'fixtures', 'reference-responses.csv'),
    ...readdirSync(join(here, '../../../examples/evaluator/data'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => join(here, '../../../examples/evaluator/data', f)),
  ];
  for (const path of fixtures) {
    for (const threads of [2, 3]) {
      const { one, many } = await both([path], threads);
      assert.deepEqual(many, one, `${path}, ${threads} threads`);
    }
  }
  assert.ok(await splits(fixtures[0]!, 2), 'the reference file is read in ranges');
});

test('a cut inside a quoted field is never used: such a file is read in one pass', async () => {
  const path = join(dir, 'quoted-newlines.csv');
  // every row's region holds many line feeds, so most cuts fall inside quotes
  const region = `"${'line\n'.repeat(200)}"`;
  const rows = Array.from({ length: 20 }, (_, i) => row(`q-${i}`, undefined, { region }));
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  assert.equal(await splits(path, 2), false);
  const { one, many } = await both([path], 2);
  assert.deepEqual(many, one);
  assert.equal(one.files[0]!.stats.accepted, 20);
});

test('Welsh text longer in bytes than in characters reads in ranges as in one pass, over-long records too', async () => {
  // the record-length limit counts characters, not bytes, whichever way the file is read
  const path = join(dir, 'long-welsh.csv');
  const fill = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => row(`${prefix}-${i}`, undefined, { region: 'Ynys Môn' }));
  const rows = [
    ...fill('w', 1000),
    row('just-under', undefined, { other: `"${'ŵ'.repeat(700_000)}, 🙂"`, otherRating: '3' }),
    ...fill('x', 1000),
    row('far-over', undefined, { other: `"${'ŷ'.repeat(2_500_000)}"`, otherRating: '3' }),
    ...fill('y', 100_000),
  ];
  writeFileSync(path, '\uFEFF' + [HEADER, ...rows].join('\n') + '\n');
  assert.ok(await splits(path, 2), 'the file is read in ranges');
  const { one, many } = await both([path], 2);
  assert.deepEqual(many, one);
  assert.equal(one.files[0]!.stats.accepted, 102_001);
  // the long text is kept (cut to the length a response may have: a warning); the far longer
  // record is left out
  assert.deepEqual(
    one.files[0]!.issues.map((i) => [i.row, i.code]),
    [
      [1002, 'max-length'],
      [2003, 'record-too-long'],
    ],
  );
});

test('a Blob read in ranges (as Web Workers read it) gives exactly what readBlob gives in one pass', async () => {
  const { readBlob, readBlobInRanges, readBlobRange, addGroupedRow } = (await import(
    new URL('../dist/index.js', import.meta.url).href
  )) as Sdk;
  let split = 0;
  for (let seed = 101; seed <= 112; seed++) {
    const rand = random(seed);
    const blob = new Blob([messyResponses(rand, 20 + Math.floor(rand() * 300))]);
    const one = createGrouped(DEFAULT_CATALOGUE, ['sector']);
    const read = await readBlob(blob, {
      file: 'x.csv',
      ids: createIdSet(),
      maxIssues: 50,
      onRow: (view) => addGroupedRow(one, view),
    });
    const threads = 2 + (seed % 3);
    const ranges = await readBlobInRanges(blob, createGrouped(DEFAULT_CATALOGUE, ['sector']), createIdSet(), {
      file: 'x.csv',
      catalogue: DEFAULT_CATALOGUE,
      by: ['sector'],
      maxIssues: 50,
      threads,
      minBytes: 0,
      // another Web Worker would run this; here it runs in turn, with a structured copy of the job
      run: (job, onProgress) => readBlobRange(blob, structuredClone(job), onProgress),
    });
    if (!ranges) continue;
    split += 1;
    assert.deepEqual(ranges.grouped, one, `seed ${seed}`);
    assert.deepEqual(
      ranges.result,
      { file: read.file, format: read.format, issues: read.issues, stats: read.stats },
      `seed ${seed}`,
    );
  }
  assert.ok(split >= 3, `only ${split} of 12 blobs were read in ranges`);
});
