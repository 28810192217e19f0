import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreError } from '@netweave/core';
import { ResumeError } from '@netweave/core/resume';
import { readResumeLink, resumeLink, resumeWhy } from '../src/lib/resume-link.js';

test('the QR code’s address is this page with the code after #, replacing any fragment', () => {
  assert.equal(
    resumeLink('https://partner.example/form?x=1#top', 'ABCD-EFGH-JKMN-P'),
    'https://partner.example/form?x=1#netweave-resume=ABCD-EFGH-JKMN-P',
  );
});

for (const { description, input, expected } of [
  { description: 'no code', input: '#top', expected: undefined },
  { description: 'empty', input: '', expected: undefined },
  {
    description: 'the code alone',
    input: '#netweave-resume=ABCD-EFGH-JKMN-P',
    expected: { code: 'ABCD-EFGH-JKMN-P', hash: '' },
  },
  {
    description: 'encoded, before another part',
    input: '#netweave-resume=ABCD%20EFGH&tab=2',
    expected: { code: 'ABCD EFGH', hash: '#tab=2' },
  },
  {
    description: 'after another part',
    input: '#tab=2&netweave-resume=ABCD',
    expected: { code: 'ABCD', hash: '#tab=2' },
  },
  {
    description: 'broken encoding is read as it is',
    input: '#netweave-resume=%E0%A4',
    expected: { code: '%E0%A4', hash: '' },
  },
]) {
  test(`reading the address: ${description}`, () => assert.deepEqual(readResumeLink(input), expected));
}

for (const { description, input, expected } of [
  {
    description: '404',
    input: new StoreError('x', { status: 404, code: 'resume-not-found' }),
    expected: 'not-found',
  },
  {
    description: '410',
    input: new StoreError('x', { status: 410, code: 'resume-expired' }),
    expected: 'expired',
  },
  {
    description: '429',
    input: new StoreError('x', { status: 429, code: 'rate-limited' }),
    expected: 'rate-limited',
  },
  {
    description: 'no answer',
    input: new StoreError('x', { status: 0, code: 'network' }),
    expected: 'network',
  },
  {
    description: 'another origin',
    input: new StoreError('x', { status: 0, code: 'origin-not-allowed' }),
    expected: 'network',
  },
  { description: 'a failed fetch', input: new TypeError('Failed to fetch'), expected: 'network' },
  {
    description: 'a code that does not open it',
    input: new ResumeError('wrong-code'),
    expected: 'wrong-code',
  },
  { description: 'no Web Crypto', input: new ResumeError('unsupported'), expected: 'unsupported' },
  { description: 'too much', input: new ResumeError('too-large'), expected: 'too-large' },
  {
    description: 'another refusal',
    input: new StoreError('x', { status: 400, code: 'invalid' }),
    expected: 'other',
  },
]) {
  test(`the message for ${description}`, () => assert.equal(resumeWhy(input), expected));
}
