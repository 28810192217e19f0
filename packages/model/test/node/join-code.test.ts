import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatJoinCode,
  isJoinCode,
  JOIN_CODE_ALPHABET,
  normaliseJoinCode,
  SESSION_TEMPLATES,
  sessionStage,
  TEMPLATE_STAGES,
  templateStages,
  validateSession,
} from '../../src/index.js';

describe('join codes', () => {
  it('use an alphabet without look-alikes', () => {
    assert.equal(JOIN_CODE_ALPHABET.length, 31);
    for (const ch of '01ILO') assert.ok(!JOIN_CODE_ALPHABET.includes(ch), ch);
    assert.equal(new Set(JOIN_CODE_ALPHABET).size, JOIN_CODE_ALPHABET.length);
  });

  const cases: Array<{ description: string; input: string; expected: string | null }> = [
    { description: 'stored form', input: 'K7M3QP', expected: 'K7M3QP' },
    { description: 'lower case', input: 'k7m3qp', expected: 'K7M3QP' },
    { description: 'grouped with a hyphen', input: 'k7m-3qp', expected: 'K7M3QP' },
    { description: 'spaces around and inside', input: '  K7M 3QP ', expected: 'K7M3QP' },
    { description: 'a typographic dash', input: 'K7M–3QP', expected: 'K7M3QP' },
    { description: 'too short', input: 'K7M-3Q', expected: null },
    { description: 'too long', input: 'K7M-3QPP', expected: null },
    { description: 'a letter O (not in the alphabet)', input: 'K7M-3QO', expected: null },
    { description: 'a digit 0', input: 'K7M-3Q0', expected: null },
    { description: 'a 1, an I or an L', input: '1ILK7M', expected: null },
    { description: 'other characters', input: 'K7M/3QP', expected: null },
    { description: 'empty', input: '', expected: null },
  ];
  for (const { description, input, expected } of cases)
    it(`reads ${description}`, () => assert.equal(normaliseJoinCode(input), expected));

  it('are shown in two groups of three', () => {
    assert.equal(formatJoinCode('K7M3QP'), 'K7M-3QP');
    assert.ok(isJoinCode('K7M3QP'));
    assert.ok(!isJoinCode('k7m3qp'));
  });
});

describe('session fields for live sessions', () => {
  const base = { id: 's', title: 'T', date: '2026-03-12' };
  it('accepts a template, a language and an https partner page', () => {
    const r = validateSession({
      ...base,
      template: 'triz-commitments',
      lang: 'cy',
      partnerUrl: 'https://partner.example/join',
    });
    assert.ok(r.success);
    assert.equal(r.value?.template, 'triz-commitments');
  });
  const partner: Array<{ description: string; url: string; message: string }> = [
    {
      description: 'http:',
      url: 'http://partner.example/',
      message: 'partnerUrl: must be a secure web address starting with https://',
    },
    {
      description: 'javascript:',
      url: 'javascript:alert(1)',
      message: 'partnerUrl: must be a secure web address starting with https://',
    },
    {
      description: 'overlong',
      url: `https://partner.example/${'a'.repeat(2000)}`,
      message: 'partnerUrl: must be at most 2,000 characters long',
    },
    { description: 'malformed', url: 'partner page', message: 'partnerUrl: must be a web address' },
  ];
  for (const { description, url, message } of partner)
    it(`refuses a partner page that is ${description}, naming the field`, () => {
      const r = validateSession({ ...base, partnerUrl: url });
      assert.equal(r.success, false);
      assert.deepEqual(
        r.issues.map((i) => i.message),
        [message],
      );
    });
  it('refuses an unknown template or language', () => {
    const r = validateSession({ ...base, template: 'quiz', lang: 'fr' });
    assert.deepEqual(
      r.issues.map((i) => i.path),
      ['template', 'lang'],
    );
  });
});

describe('what a session is doing now (its stage)', () => {
  const base = { id: 's', title: 'T', date: '2026-03-12' };
  it('runs each template’s stages in order, starting at the first', () => {
    assert.deepEqual(templateStages('triz-commitments'), ['assess', 'triz', 'commit']);
    assert.deepEqual(templateStages('commitments'), ['commit']);
    assert.deepEqual(templateStages('self-assessment'), ['assess']);
    assert.equal(sessionStage({ template: 'triz-commitments' }), 'assess');
    assert.equal(sessionStage({ template: 'triz-commitments', stage: 'triz' }), 'triz');
    assert.equal(sessionStage({}), 'commit');
  });
  it('reads a stage its template no longer runs as the template’s first', () => {
    assert.equal(sessionStage({ template: 'self-assessment', stage: 'commit' }), 'assess');
  });
  it('every template in the schema has its stages', () => {
    assert.deepEqual(Object.keys(TEMPLATE_STAGES).sort(), [...SESSION_TEMPLATES].sort());
  });
  it('refuses a stage the template does not run, naming the field and the stages it does', () => {
    const r = validateSession({ ...base, template: 'commitments', stage: 'triz' });
    assert.equal(r.success, false);
    assert.deepEqual(
      r.issues.map((i) => i.message),
      ['stage: must be one of: commit'],
    );
    const cy = validateSession({ ...base, template: 'self-assessment', stage: 'commit' }, { locale: 'cy' });
    assert.equal(cy.issues[0]?.path, 'stage');
    assert.match(cy.issues[0]!.message, /assess/);
    assert.ok(validateSession({ ...base, template: 'triz-commitments', stage: 'triz' }).success);
  });
});
