/**
 * JSON exports are read piece by piece (one item held at a time) with the same row-level messages
 * as before: whatever the pieces, the result is the one for the whole text; a file JSON.parse
 * refuses is reported as invalid JSON (where, and the items before it kept); and memory stays
 * bounded (a child process with a small heap reads a file larger than that heap).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { DEFAULT_CATALOGUE } from '@netweave/model';
import { readBlob, readJson, type ReadResult } from '../src/index.js';
import { readStream } from '../src/node/index.js';

/** Small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const response = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  sessionId: 's1',
  submittedAt: '2026-03-12T10:00:00Z',
  catalogueVersion: '2024.1',
  respondent: { sector: 'third sector', nation: 'Cymru', region: 'Ynys Môn' },
  ratings: Object.fromEntries(DEFAULT_CATALOGUE.challenges.map((c, i) => [c.id, i % 5])),
  otherChallenge: { text: 'A "quoted" ]} text, with \\ and ŵ 🙂', rating: 3 },
  ...extra,
});
const commitment = (id: string) => ({
  id,
  sessionId: 's1',
  createdAt: '2026-03-12T10:00:00Z',
  text: 'Call someone in housing {every} [week]',
  column: 'commitments',
  sector: null,
  status: 'visible',
  reactions: 2,
});
const j = (value: unknown, space?: number) => JSON.stringify(value, null, space);

const cases: {
  description: string;
  input: string;
  expected: { kept: number; commitments: number; issues: [number, string, string][] };
}[] = [
  {
    description: 'an array of responses',
    input: j([response('a'), response('b')]),
    expected: { kept: 2, commitments: 0, issues: [] },
  },
  {
    description: 'the collector’s export, pretty-printed, with other keys around the lists',
    input: j(
      {
        kind: 'netweave.export',
        session: { id: 's1', title: 'A "title" with ] and }', tags: [1, [2, { x: null }], true] },
        responses: [response('a'), response('b'), response('c')],
        commitments: [commitment('c1'), commitment('c2')],
        count: -1.5e3,
      },
      2,
    ),
    expected: { kept: 3, commitments: 2, issues: [] },
  },
  {
    description: 'commitments before responses, and a key written with an escape',
    input: `{"commitments":[${j(commitment('c1'))}],"resp\\u006fnses":[${j(response('a'))}]}`,
    expected: { kept: 1, commitments: 1, issues: [] },
  },
  {
    description: 'bad items are reported with their row; the others are kept',
    input: j([
      response('a'),
      response('b', { ratings: { 'finding-the-time': 9 } }),
      42,
      response('a'),
      response('a', { sessionId: 's2' }),
    ]),
    expected: {
      kept: 1,
      commitments: 0,
      issues: [
        [3, 'ratings.finding-the-time', 'not-on-scale'],
        [4, '', 'type.object'],
        [5, 'id', 'duplicate-identical'],
        [6, 'id', 'duplicate-conflict'],
      ],
    },
  },
  {
    description: 'a comma missing between items: reported where, items before it kept',
    input: `[${j(response('a'))},\n${j(response('b'))}\n${j(response('c'))}]`,
    expected: { kept: 2, commitments: 0, issues: [[4, '', 'invalid-json']] },
  },
  {
    description: 'a file cut off part way: reported, items before it kept',
    input: j([response('a'), response('b'), response('c')]).slice(0, -200),
    expected: { kept: 2, commitments: 0, issues: [[4, '', 'invalid-json']] },
  },
  {
    description: 'a trailing comma in the list',
    input: `[${j(response('a'))},]`,
    expected: { kept: 1, commitments: 0, issues: [[3, '', 'invalid-json']] },
  },
  {
    description: 'text after the end of the JSON',
    input: `[${j(response('a'))}] [`,
    expected: { kept: 1, commitments: 0, issues: [[0, '', 'invalid-json']] },
  },
  {
    description: 'a bad value in the envelope',
    input: `{"kind": nope, "responses": [${j(response('a'))}]}`,
    expected: { kept: 0, commitments: 0, issues: [[0, '', 'invalid-json']] },
  },
  {
    description: 'a bad token inside an item: that item is left out, reading goes on',
    input: `[${j(response('a')).replace('"s1"', 'tru')}, ${j(response('b'))}]`,
    expected: { kept: 1, commitments: 0, issues: [[2, '', 'invalid-json']] },
  },
  {
    description: 'a mismatched bracket inside an item',
    input: `[${j(response('a'))}, {"id": "b"]]`,
    expected: { kept: 1, commitments: 0, issues: [[3, '', 'invalid-json']] },
  },
  {
    description: 'an item longer than 1 MiB is reported and skipped; reading goes on',
    input: j([response('a', { note: 'x'.repeat((1 << 20) + 10) }), response('b')]),
    expected: { kept: 1, commitments: 0, issues: [[2, '', 'record-too-long']] },
  },
  {
    description: 'an empty file',
    input: '',
    expected: { kept: 0, commitments: 0, issues: [[0, '', 'invalid-json']] },
  },
  {
    description: 'an object with neither list',
    input: '{"name": "Ada", "responses": {}}',
    expected: { kept: 0, commitments: 0, issues: [[0, '', 'not-csv']] },
  },
  {
    description: 'a lone value',
    input: ' "hello" ',
    expected: { kept: 0, commitments: 0, issues: [[0, '', 'not-csv']] },
  },
  {
    description: 'a lone number',
    input: '42',
    expected: { kept: 0, commitments: 0, issues: [[0, '', 'not-csv']] },
  },
  {
    description: 'a byte order mark and an empty list',
    input: '\uFEFF{"responses": [], "commitments": []}',
    expected: { kept: 0, commitments: 0, issues: [] },
  },
];

const shape = (r: ReadResult & { commitments: unknown[] }) => ({
  kept: r.responses.map((x) => x.id),
  commitments: r.commitments.length,
  issues: r.issues.map((i) => [i.row, i.column, i.code, i.message]),
  stats: r.stats,
});

async function inPieces(text: string, sizes: () => number): Promise<ReturnType<typeof shape>> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const n = Math.max(1, sizes());
    chunks.push(bytes.subarray(at, at + n));
    at += n;
  }
  return shape(await readStream(Readable.from(chunks), { file: 'r.json', format: 'json' }));
}

for (const { description, input, expected } of cases) {
  test(`readJson: ${description}`, async () => {
    const whole = readJson(input, { file: 'r.json' });
    assert.equal(whole.responses.length, expected.kept);
    assert.equal(whole.commitments.length, expected.commitments);
    assert.deepEqual(
      whole.issues.map((i) => [i.row, i.column, i.code]),
      expected.issues,
    );
    for (const issue of whole.issues) assert.match(issue.message, /^r\.json/);
    // JSON.parse is the judge of what is valid JSON
    let valid = true;
    try {
      JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      valid = false;
    }
    assert.equal(
      whole.issues.some((i) => i.code === 'invalid-json'),
      !valid,
    );
    // the same result whatever the pieces (big items take a while one byte at a time)
    const rand = random(input.length);
    const splits = input.length < 100_000 ? [() => 1, () => 1 + Math.floor(rand() * 40)] : [() => 65_536];
    for (const sizes of splits) assert.deepEqual(await inPieces(input, sizes), shape(whole));
    const blob = Object.assign(new Blob([input]), { name: 'r.json' });
    assert.deepEqual(shape(await readBlob(blob, { chunkSize: 7 })), shape(whole));
  });
}

test('a mistake in the structure names the line, in English and Welsh', () => {
  const text = `[\n${j(response('a'))},\n${j(response('b'))}\n${j(response('c'))}\n]`;
  assert.match(
    readJson(text, { file: 'r.json' }).issues[0]!.message,
    /^r\.json, row 4: is not valid JSON: on line 4, expected “,” or “]” but found “\{”$/,
  );
  assert.match(
    readJson(text, { file: 'r.json', locale: 'cy' }).issues[0]!.message,
    /^r\.json, rhes 4: nid yw’n JSON dilys: ar linell 4, roedd disgwyl “,” neu “]” ond cafwyd/,
  );
  assert.match(
    readJson(text.slice(0, 50), { file: 'r.json' }).issues[0]!.message,
    /the file ends on line 2 before the JSON does/,
  );
  assert.match(
    readJson(text.slice(0, 50), { file: 'r.json', locale: 'cy' }).issues[0]!.message,
    /mae’r ffeil yn gorffen ar linell 2 cyn i’r JSON orffen/,
  );
});

test('random valid and broken exports: the reader agrees with JSON.parse, in any pieces', async () => {
  for (let seed = 1; seed <= 150; seed++) {
    const rand = random(seed);
    const items = [...Array(1 + Math.floor(rand() * 5))].map((_, i) => response(`r${i}`));
    const envelope =
      rand() < 0.5 ? items : { note: 'x\\"]', responses: items, commitments: [commitment('c1')], n: [1, {}] };
    let text = j(envelope, rand() < 0.5 ? undefined : 1 + Math.floor(rand() * 3));
    if (rand() < 0.6) {
      // break it: take out or put in one character somewhere
      const at = Math.floor(rand() * text.length);
      const chars = '{}[],:"\\ tx1';
      text =
        rand() < 0.5
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + chars[Math.floor(rand() * chars.length)] + text.slice(at);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const whole = readJson(text, { file: 'r.json' });
    const invalid = whole.issues.some((i) => i.code === 'invalid-json');
    assert.equal(invalid, parsed === undefined, `seed ${seed}: ${text}`);
    if (parsed !== undefined && !whole.issues.some((i) => i.severity === 'error')) {
      const list = Array.isArray(parsed) ? parsed : ((parsed as { responses?: unknown[] }).responses ?? []);
      assert.equal(whole.responses.length, list.length, `seed ${seed}`);
    }
    assert.deepEqual(await inPieces(text, () => 1 + Math.floor(rand() * 9)), shape(whole), `seed ${seed}`);
  }
});

test('a JSON file larger than the heap is read with bounded memory', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'netweave-json-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'big.json');
  const out = createWriteStream(path);
  const n = 60_000; // about 40 MB
  out.write('{"kind": "netweave.export", "responses": [\n');
  for (let i = 0; i < n; i++) {
    const item = j(response(`r${i}`, { note: 'padding '.repeat(60) }));
    if (!out.write(i ? `,\n${item}` : item)) await once(out, 'drain');
  }
  out.end('\n], "commitments": []}\n');
  await once(out, 'finish');
  // a heap of 32 MB: the old reader held the whole text and every parsed item and ran out
  const script = fileURLToPath(new URL('./fixtures/read-big-json.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--max-old-space-size=32', '--import', 'tsx', script, path], {
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr.slice(-2000));
  assert.deepEqual(JSON.parse(child.stdout), { rows: n, accepted: n, errors: 0 });
});
