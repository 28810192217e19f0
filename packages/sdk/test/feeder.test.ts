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
    // after 70 KB of plain rows (so that the line ending is settled and pieces are parsed as they
    // come), the messy part arrives one character at a time (every fourth seed: it takes a while)
    if (seed % 4) continue;
    const plain = `x,y${newline}`.repeat(Math.ceil(70_000 / (3 + newline.length)));
    const big = plain + text;
    const bigExpected = papa(big);
    const bigActual = feed(big, [plain.length - 7, ...Array.from({ length: text.length + 7 }, () => 1)]);
    assert.deepEqual(bigActual.rows, bigExpected.rows, `seed ${seed}, after plain rows`);
    assert.deepEqual(bigActual.errors, bigExpected.errors, `seed ${seed}, after plain rows`);
    compared += 1;
  }
  assert.equal(compared, 1300);
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

test('a header row longer than the limit ends the read with one error, not a guess at the next row', () => {
  const header = csv(row('a')).split('\n')[0]!;
  const text = `${header},${'x'.repeat(2_500_000)}\n${csv(row('a'), row('b'))}`;
  const result = readCsv(text, { file: 'wide.csv' });
  assert.deepEqual(result.responses, []);
  assert.deepEqual(
    result.issues.map((i) => [i.row, i.code]),
    [[1, 'header-too-long']],
  );
  assert.match(
    result.issues[0]!.message,
    /^wide\.csv, row 1: is longer than 1,048,576 characters, so it cannot/,
  );
  assert.equal(result.stats.stopped, true);
  const cy = readCsv(text, { file: 'llydan.csv', locale: 'cy' });
  assert.match(cy.issues[0]!.message, /^llydan\.csv, rhes 1: mae’n hirach nag 1,048,576 nod/);
});

test('a long record is left out and every row after it is read, whether it is quoted or not', () => {
  const tail = [...Array(1000)].map((_, i) => row(`t${i}`));
  const cases = {
    // a closed quoted field, then a 2.5 MB unquoted field on the same line
    'long unquoted field after a quoted one': row('b', undefined, {
      region: '"s2"',
      other: 'y'.repeat(2_500_000),
    }),
    // a properly closed quoted field of 2.5 MB over many lines
    'long quoted field over many lines': row('b', undefined, { other: `"${'line\n'.repeat(500_000)}"` }),
    // a 2.5 MB field full of stray quotes
    'long field of stray quotes': row('b', undefined, { other: 'a"'.repeat(1_250_000) }),
  };
  for (const [name, long] of Object.entries(cases)) {
    for (const newline of ['\n', '\r\n']) {
      const text = csv(row('a'), long, ...tail).replace(/\n/g, newline);
      const result = readCsv(text, { file: 'long.csv' });
      assert.equal(result.responses.length, 1001, name);
      assert.equal(result.responses[1]!.id, 't0', name);
      assert.deepEqual(
        result.issues.map((i) => [i.row, i.code]),
        [[3, 'record-too-long']],
        name,
      );
      assert.equal(result.stats.rows, 1002, name);
    }
  }
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

test('a stream closed before its end resolves, with the rows read so far and the reason', async () => {
  const stream = new Readable({ read() {} });
  const reading = readStream(stream, { file: 'cut.csv' });
  // two complete rows and half of a third, which is not kept
  stream.push(csv(row('a'), row('b')) + 'c,s1,2026-03-12T10:00:00Z,2024.1,n');
  await new Promise((resolve) => setImmediate(resolve));
  stream.destroy();
  const result = await reading;
  assert.deepEqual(
    result.responses.map((r) => r.id),
    ['a', 'b'],
  );
  assert.deepEqual(
    result.issues.map((i) => [i.code, i.message]),
    [['unreadable', 'cut.csv: could not be read: the stream was closed before its end']],
  );
});
