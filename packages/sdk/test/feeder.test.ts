import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import Papa, { type ParseError } from 'papaparse';
import { createCsvFeeder } from '../src/read/csv-feeder.js';
import { readBlob, readCsv } from '../src/index.js';
import { readStream } from '../src/node/index.js';
import { csv, row } from './helpers.js';

/** Small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const FIELDS = [
  '',
  'a',
  'Cardiff and Vale',
  ' padded ',
  'stray"quote',
  '"quoted"',
  '"with, comma"',
  '"escaped ""quote"" inside"',
  '"two\nlines"',
  '"two\r\nlines"',
  '"closing then space" ',
  '"bad"quote"',
  '""',
  'ŵ ŷ 🙂',
  '=1+1',
];

function messyCsv(rand: () => number, newline: string, most = 40): string {
  const lines: string[] = [];
  const rows = 1 + Math.floor(rand() * most);
  for (let r = 0; r < rows; r++) {
    if (rand() < 0.05) {
      lines.push('');
      continue;
    }
    const n = 1 + Math.floor(rand() * 6);
    lines.push(Array.from({ length: n }, () => FIELDS[Math.floor(rand() * FIELDS.length)]).join(','));
  }
  let text = lines.join(newline);
  if (rand() < 0.7) text += newline;
  if (rand() < 0.1) text += 'x,"never closed' + newline + 'y,z';
  return text;
}

/** What the feeder gives: rows, and papaparse's errors as [absolute row, code]. */
function feed(text: string, pieces: number[]): { rows: string[][]; errors: [number, string][] } {
  const rows: string[][] = [];
  const errors: [number, string][] = [];
  const feeder = createCsvFeeder({
    stopped: false,
    records(data: string[][], errs: ParseError[]) {
      for (const e of errs) errors.push([rows.length + (e.row ?? 0), e.code]);
      rows.push(...data);
    },
    tooLong() {
      throw new Error('not expected here');
    },
  });
  let at = 0;
  for (const size of pieces) {
    if (at >= text.length) break;
    feeder.push(text.slice(at, at + size));
    at += size;
  }
  if (at < text.length) feeder.push(text.slice(at));
  feeder.end();
  return { rows, errors };
}

function papa(text: string): { rows: string[][]; errors: [number, string][] } {
  const result = Papa.parse<string[]>(text, { delimiter: ',' });
  const rows = result.data;
  // a streamed parse does not report the empty "row" after a final line ending
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return { rows, errors: result.errors.map((e) => [e.row ?? 0, e.code] as [number, string]) };
}

test('the feeder gives exactly papaparse’s rows and quote errors for messy CSV in any pieces', () => {
  let compared = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const rand = random(seed);
    const newline = ['\n', '\r\n', '\r'][seed % 3]!;
    const text = messyCsv(rand, newline);
    const expected = papa(text);
    const splits = [
      [text.length],
      Array.from({ length: text.length }, () => 1),
      Array.from({ length: 64 }, () => 1 + Math.floor(rand() * 30)),
    ];
    for (const pieces of splits) {
      const actual = feed(text, pieces);
      assert.deepEqual(actual.rows, expected.rows, `seed ${seed}, ${JSON.stringify(text)}`);
      assert.deepEqual(actual.errors, expected.errors, `seed ${seed}`);
      compared += 1;
    }
  }
  assert.equal(compared, 1200);
});

test('…and for files larger than a stream chunk, fed in stream-sized pieces', () => {
  for (let seed = 1001; seed <= 1006; seed++) {
    const rand = random(seed);
    const text = messyCsv(rand, seed % 2 ? '\r\n' : '\n', 20_000);
    assert.ok(text.length > 200_000);
    const expected = papa(text);
    const pieces = Array.from({ length: 40 }, () => 1 + Math.floor(rand() * 70_000));
    const actual = feed(text, pieces);
    assert.equal(actual.rows.length, expected.rows.length);
    assert.deepEqual(actual.rows, expected.rows, `seed ${seed}`);
    assert.deepEqual(actual.errors, expected.errors, `seed ${seed}`);
  }
});

test('a record longer than the limit is reported once and skipped; reading goes on after it', () => {
  const long = 'x'.repeat(2_500_000);
  const text = csv(row('a'), row('b', undefined, { region: long }), row('c'));
  const result = readCsv(text, { file: 'big.csv' });
  assert.deepEqual(
    result.responses.map((r) => r.id),
    ['a', 'c'],
  );
  assert.deepEqual(
    result.issues.map((i) => [i.row, i.code]),
    [[3, 'record-too-long']],
  );
  assert.match(result.issues[0]!.message, /^big\.csv, row 3: is longer than 1,048,576 characters/);
});

test('a quote left open in a huge file ends the read with one error, in bounded memory', async () => {
  // 40 MB after the open quote: papaparse would keep all of it as one field
  const head = csv(row('a'), row('b', undefined, { region: '"Cardiff' }));
  const filler = ('y'.repeat(999) + '\n').repeat(40_000);
  const before = process.memoryUsage().rss;
  const result = await readStream(Readable.from([head, filler, filler], { objectMode: false }));
  assert.deepEqual(
    result.responses.map((r) => r.id),
    ['a'],
  );
  assert.deepEqual(
    result.issues.map((i) => [i.row, i.code]),
    [[3, 'unterminated-quote']],
  );
  assert.ok(process.memoryUsage().rss - before < 200e6);
});

test('a Blob read in tiny slices gives the same rows, Welsh letters and emoji whole', async () => {
  const text = csv(
    row('a', undefined, { other: '"Cael gwasanaethau’n Gymraeg, ŵ ŷ 🙂"', otherRating: '3' }),
    row('b', undefined, { region: '"Cardiff, and\nthe Vale"' }),
    row('c'),
  );
  const whole = readCsv(text);
  for (const chunkSize of [1, 2, 3, 7, 64]) {
    const sliced = await readBlob(new Blob([text]), { chunkSize });
    assert.deepEqual(sliced.responses, whole.responses, `chunkSize ${chunkSize}`);
    assert.deepEqual(sliced.issues, whole.issues);
  }
  assert.equal(whole.responses[0]!.otherChallenge!.text, 'Cael gwasanaethau’n Gymraeg, ŵ ŷ 🙂');
  assert.equal(whole.responses[1]!.respondent.region, 'Cardiff, and\nthe Vale');
});
