/**
 * Files as people's tools save them: UTF-16 with a byte order mark (Excel's "Unicode text"),
 * Windows-1252 / Latin-1 (Excel's plain "CSV"), text in NFD (macOS, some forms), and line endings
 * mixed within one file. Every reader (a file on disk, a stream in any chunks, a Blob in slices)
 * reads them all, never turns a letter silently into "�", and gives one group per region.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DEFAULT_CATALOGUE, type AssessmentResponse } from '@netweave/model';
import { accumulate, analyse, readBlob, readCsv, type ReadResult } from '../src/index.js';
import { readFile, readStream } from '../src/node/index.js';
import { createByteDecoder } from '../src/read/decode-bytes.js';
import { HEADER, row } from './helpers.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
};
const lines = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const MON = 'Ynys Môn'; // NFC: ô is one character
const MON_NFD = 'Ynys Mo\u0302n'; // NFD: o and a combining circumflex

const cases: {
  description: string;
  input: Buffer;
  expected: { regions: [string, number][]; codes: string[]; sample?: string };
}[] = [
  {
    description: 'UTF-8 with Welsh letters and emoji',
    input: Buffer.from(
      lines(row('a', undefined, { region: 'Ŵ ŷ 🙂' }), row('b', undefined, { region: MON })),
    ),
    expected: {
      regions: [
        ['Ŵ ŷ 🙂', 1],
        [MON, 1],
      ],
      codes: [],
    },
  },
  {
    description: 'UTF-16LE with a byte order mark',
    input: utf16le(lines(row('a', undefined, { region: MON }), row('b', undefined, { region: 'Ŵ ŷ 🙂' }))),
    expected: {
      regions: [
        ['Ŵ ŷ 🙂', 1],
        [MON, 1],
      ],
      codes: [],
    },
  },
  {
    description: 'UTF-16BE with a byte order mark',
    input: utf16be(lines(row('a', undefined, { region: MON }), row('b', undefined, { region: 'Ŵ ŷ 🙂' }))),
    expected: {
      regions: [
        ['Ŵ ŷ 🙂', 1],
        [MON, 1],
      ],
      codes: [],
    },
  },
  {
    description: 'UTF-16LE with CRLF line ends, as Excel saves "Unicode text"',
    input: utf16le(lines(row('a', undefined, { region: MON }), row('b')).replace(/\n/g, '\r\n')),
    expected: {
      regions: [
        [MON, 1],
        ['', 1],
      ],
      codes: [],
    },
  },
  {
    // Windows-1252's own characters (“ ” €) are bytes 0x93, 0x94, 0x80: written here through latin1
    description: 'Windows-1252 (Excel’s plain CSV): read as such, with one warning naming the file',
    input: Buffer.from(
      lines(
        row('a', undefined, { region: 'Ynys M\u00f4n' }),
        row('b', undefined, { region: 'Caf\u00e9 \u0093quoted\u0094 \u00805' }),
      ),
      'latin1',
    ),
    expected: {
      regions: [
        ['Café “quoted” €5', 1],
        [MON, 1],
      ],
      codes: ['not-utf8'],
      sample: 'Ynys Mô',
    },
  },
  {
    description: 'the same region in NFC and NFD is one group',
    input: Buffer.from(
      lines(
        row('a', undefined, { region: MON }),
        row('b', undefined, { region: MON_NFD }),
        row('c', undefined, { region: ` ${MON_NFD}` }),
      ),
    ),
    expected: { regions: [[MON, 3]], codes: [] },
  },
  {
    description: 'LF, CRLF and lone CR line ends mixed in one file: no row lost',
    input: Buffer.from(
      HEADER +
        '\r\n' +
        row('a', undefined, { region: 'A' }) +
        '\r' +
        row('b', undefined, { region: 'B' }) +
        '\r\n' +
        row('c', undefined, { region: 'C' }) +
        '\n' +
        row('d', undefined, { region: 'D' }) +
        '\r' +
        row('e', undefined, { region: 'E' }) +
        '\r',
    ),
    expected: {
      regions: [
        ['A', 1],
        ['B', 1],
        ['C', 1],
        ['D', 1],
        ['E', 1],
      ],
      codes: [],
    },
  },
  {
    description: 'lone CR line ends only (an old Mac file)',
    input: Buffer.from(
      lines(row('a', undefined, { region: 'A' }), row('b', undefined, { region: 'B' })).replace(/\n/g, '\r'),
    ),
    expected: {
      regions: [
        ['A', 1],
        ['B', 1],
      ],
      codes: [],
    },
  },
];

const dir = mkdtempSync(join(tmpdir(), 'netweave-enc-'));

/** The regions found and the issues, whichever way the bytes were read. */
function summary(result: ReadResult, responses: AssessmentResponse[]) {
  const analysis = analyse(accumulate(responses, DEFAULT_CATALOGUE, ['region']), {
    catalogue: DEFAULT_CATALOGUE,
  });
  return {
    regions: analysis.groups.map((g) => [g.key, g.respondents]),
    codes: result.issues.map((i) => i.code),
    messages: result.issues.map((i) => i.message),
    text: JSON.stringify(responses),
  };
}

const readers: [string, (bytes: Buffer, file: string) => Promise<ReturnType<typeof summary>>][] = [
  [
    'readFile',
    async (bytes, file) => {
      const path = join(dir, file);
      writeFileSync(path, bytes);
      const responses: AssessmentResponse[] = [];
      const result = await readFile(path, { onResponse: (r) => responses.push(r) });
      return summary(result, responses);
    },
  ],
  [
    'readStream in 1-byte chunks',
    async (bytes, file) => {
      const result = await readStream(Readable.from([...bytes].map((b) => Buffer.from([b]))), { file });
      return summary(result, result.responses);
    },
  ],
  [
    'readBlob in 3-byte slices',
    async (bytes, file) => {
      const blob = Object.assign(new Blob([new Uint8Array(bytes)]), { name: file });
      const result = await readBlob(blob, { chunkSize: 3 });
      return summary(result, result.responses);
    },
  ],
];

for (const { description, input, expected } of cases) {
  for (const [name, read] of readers) {
    test(`${name}: ${description}`, async () => {
      const got = await read(input, 'export.csv');
      assert.deepEqual(got.regions, expected.regions);
      assert.deepEqual(got.codes, expected.codes);
      assert.ok(!got.text.includes('\uFFFD'), 'a letter was replaced by �');
      if (expected.sample) {
        assert.match(got.messages[0]!, /^export\.csv: is not saved as UTF-8, so it was read as Windows-1252/);
        assert.ok(got.messages[0]!.includes(`"${expected.sample}"`), got.messages[0]);
      }
    });
  }
}

test('the Windows-1252 warning is in Welsh with locale cy', async () => {
  const decoder = createByteDecoder();
  assert.equal(decoder.write(Buffer.from([0x43, 0x61, 0x66, 0xe9])) + decoder.end(), 'Café');
  let message = '';
  await readStream(
    Readable.from([Buffer.from(lines(row('a', undefined, { region: 'M\u00f4n' })), 'latin1')]),
    {
      file: 'allforyn.csv',
      locale: 'cy',
      onIssue: (i) => (message = i.message),
    },
  );
  assert.match(
    message,
    /^allforyn\.csv: nid yw wedi’i chadw fel UTF-8, felly cafodd ei darllen fel Windows-1252/,
  );
  assert.ok(message.includes('"Mô"'), message);
});

test('a UTF-8 file whose last character is cut off says so instead of dropping or replacing it', async () => {
  const bytes = Buffer.concat([Buffer.from(lines(row('a'))), Buffer.from('b,', 'utf8'), Buffer.from([0xc5])]);
  const result = await readStream(Readable.from([bytes]), { file: 'cut.csv' });
  assert.ok(result.issues.some((i) => i.code === 'not-utf8'));
  assert.equal(result.responses.length, 1);
});

test('readCsv (text already decoded) also joins NFC and NFD and reads lone CR line ends', () => {
  const text = lines(row('a', undefined, { region: MON }), row('b', undefined, { region: MON_NFD })).replace(
    /\n/g,
    '\r',
  );
  const { responses, issues } = readCsv(text);
  assert.deepEqual(issues, []);
  assert.deepEqual(
    responses.map((r) => r.respondent.region),
    [MON, MON],
  );
});
