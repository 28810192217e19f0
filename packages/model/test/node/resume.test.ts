import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatResumeCode,
  isResumeEnvelope,
  parseResumeCode,
  RESUME_ALPHABET,
  RESUME_CODE_LENGTH,
  RESUME_DEFAULT_DAYS,
  RESUME_ID_PATTERN,
  RESUME_MAX_BYTES,
  ResumeError,
} from '../../src/index.js';

/**
 * An independent check symbol: the code's value as a BigInt, mod 37, from Crockford's table
 * (https://www.crockford.com/base32.html: values 32–36 are * ~ $ = U).
 */
function crockfordCheck(symbols: string): string {
  let n = 0n;
  for (const ch of symbols) n = n * 32n + BigInt('0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(ch));
  return '0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U'[Number(n % 37n)]!;
}

describe('resume codes', () => {
  it('use Crockford’s base32, 12 random symbols (60 bits), kept 30 days, envelopes up to 256 KiB', () => {
    assert.equal(RESUME_ALPHABET.length, 32);
    assert.equal(new Set(RESUME_ALPHABET).size, 32);
    for (const ch of 'ILOU') assert.ok(!RESUME_ALPHABET.includes(ch), ch);
    assert.equal(RESUME_CODE_LENGTH * Math.log2(RESUME_ALPHABET.length), 60);
    assert.equal(RESUME_DEFAULT_DAYS, 30);
    assert.equal(RESUME_MAX_BYTES, 262_144);
  });

  const formats: Array<{ description: string; symbols: string; expected: string }> = [
    // 1234 is 16J in Crockford's base32; 1234 mod 37 = 13, the symbol D.
    { description: 'the value 1234', symbols: '00000000016J', expected: '0000-0000-016J-D' },
    { description: 'a value 32 mod 37 (check *)', symbols: '000000000010', expected: '0000-0000-0010-*' },
    { description: 'a value 33 mod 37 (check ~)', symbols: '000000000026', expected: '0000-0000-0026-~' },
    { description: 'a value 34 mod 37 (check $)', symbols: '000000000027', expected: '0000-0000-0027-$' },
    { description: 'a value 35 mod 37 (check =)', symbols: '000000000028', expected: '0000-0000-0028-=' },
    { description: 'a value 36 mod 37 (check U)', symbols: '000000000029', expected: '0000-0000-0029-U' },
    { description: 'the largest code', symbols: 'ZZZZZZZZZZZZ', expected: 'ZZZZ-ZZZZ-ZZZZ-9' },
    { description: 'letters', symbols: 'ABCDEFGHJKMN', expected: 'ABCD-EFGH-JKMN-F' },
  ];
  for (const { description, symbols, expected } of formats)
    it(`are shown in groups of four with the check symbol: ${description}`, () => {
      assert.equal(formatResumeCode(symbols), expected);
      assert.equal(expected.at(-1), crockfordCheck(symbols));
      assert.deepEqual(parseResumeCode(expected), { code: expected });
    });

  it('are never made from anything but 12 symbols of the alphabet', () => {
    for (const bad of ['', 'ABCDEFGHJKM', 'ABCDEFGHJKMNP', 'abcdefghjkmn', 'ABCDEFGHJKMU', 'ABCDEFGHJKM-'])
      assert.throws(() => formatResumeCode(bad), RangeError, bad);
  });

  const reads: Array<{ description: string; input: string; expected: ReturnType<typeof parseResumeCode> }> = [
    { description: 'as shown', input: '7K3M-9QWX-2PRT-8', expected: { code: '7K3M-9QWX-2PRT-8' } },
    { description: 'lower case', input: '7k3m-9qwx-2prt-8', expected: { code: '7K3M-9QWX-2PRT-8' } },
    { description: 'without dashes', input: '7K3M9QWX2PRT8', expected: { code: '7K3M-9QWX-2PRT-8' } },
    { description: 'with spaces', input: ' 7K3M 9QWX  2PRT 8 ', expected: { code: '7K3M-9QWX-2PRT-8' } },
    {
      description: 'with typographic dashes',
      input: '7K3M–9QWX—2PRT-8',
      expected: { code: '7K3M-9QWX-2PRT-8' },
    },
    { description: 'O typed for 0', input: 'OOOO-OOOO-O16J-D', expected: { code: '0000-0000-016J-D' } },
    { description: 'I typed for 1', input: '0000-0000-0I6J-D', expected: { code: '0000-0000-016J-D' } },
    { description: 'l typed for 1', input: '0000-0000-0l6j-d', expected: { code: '0000-0000-016J-D' } },
    {
      description: 'a lower-case u check symbol',
      input: '0000-0000-0029-u',
      expected: { code: '0000-0000-0029-U' },
    },
    { description: 'nothing', input: '', expected: { problem: 'empty' } },
    { description: 'only dashes and spaces', input: ' - - ', expected: { problem: 'empty' } },
    { description: 'a symbol short', input: '7K3M-9QWX-2PRT', expected: { problem: 'length' } },
    { description: 'a symbol too many', input: '7K3M-9QWX-2PRT-88', expected: { problem: 'length' } },
    { description: 'a join code', input: 'K7M-3QP', expected: { problem: 'length' } },
    { description: 'punctuation', input: '7K3M/9QWX/2PRT/8', expected: { problem: 'characters' } },
    { description: 'a U among the symbols', input: '7K3M-9QWX-2PRU-8', expected: { problem: 'characters' } },
    {
      description: 'a check-only symbol among the symbols',
      input: '7K3M-9QWX-2PR*-8',
      expected: { problem: 'characters' },
    },
    { description: 'an accented letter', input: '7K3M-9QWX-2PRŴ-8', expected: { problem: 'characters' } },
    { description: 'a wrong check symbol', input: '7K3M-9QWX-2PRT-9', expected: { problem: 'check' } },
    { description: 'two symbols swapped', input: '7K3M-9QWX-2RPT-8', expected: { problem: 'check' } },
    { description: 'one symbol mistyped', input: '7K3M-9QWX-2PRV-8', expected: { problem: 'check' } },
  ];
  for (const { description, input, expected } of reads)
    it(`are read ${description}`, () => assert.deepEqual(parseResumeCode(input), expected));

  it('catch every single mistyped symbol and every swap of neighbours', () => {
    const code = '7K3M9QWX2PRT8';
    const symbols = RESUME_ALPHABET + '*~$=U';
    let tried = 0;
    for (let i = 0; i < code.length; i += 1) {
      for (const ch of i < RESUME_CODE_LENGTH ? RESUME_ALPHABET : symbols) {
        if (ch === code[i]) continue;
        const typed = code.slice(0, i) + ch + code.slice(i + 1);
        assert.ok('problem' in parseResumeCode(typed), typed);
        tried += 1;
      }
      if (i + 1 < RESUME_CODE_LENGTH && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        assert.deepEqual(parseResumeCode(swapped), { problem: 'check' }, swapped);
      }
    }
    assert.equal(tried, 12 * 31 + 36);
  });
});

describe('resume envelopes', () => {
  const good = { v: 1, iv: 'AAECAwQFBgcICQoL', ct: 'q83v' };
  const cases: Array<{ description: string; input: unknown; expected: boolean }> = [
    { description: 'a version 1 envelope', input: good, expected: true },
    { description: 'a newer version', input: { ...good, v: 2 }, expected: false },
    { description: 'an iv of the wrong size', input: { ...good, iv: 'AAECAwQFBgcICQ' }, expected: false },
    { description: 'padded base64', input: { ...good, ct: 'q83v==' }, expected: false },
    { description: 'no ciphertext', input: { ...good, ct: '' }, expected: false },
    { description: 'null', input: null, expected: false },
  ];
  for (const { description, input, expected } of cases)
    it(`tell ${description}`, () => assert.equal(isResumeEnvelope(input), expected));

  it('are stored under 32 hex characters', () => {
    assert.ok(RESUME_ID_PATTERN.test('0123456789abcdef0123456789abcdef'));
    assert.ok(!RESUME_ID_PATTERN.test('0123456789ABCDEF0123456789ABCDEF'));
    assert.ok(!RESUME_ID_PATTERN.test('0123456789abcdef'));
  });

  it('say why they could not be opened with a code', () => {
    const e = new ResumeError('wrong-code');
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'ResumeError');
    assert.equal(e.code, 'wrong-code');
  });
});
