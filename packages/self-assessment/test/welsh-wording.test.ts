// The self-assessment's Welsh (the form, the results, and saving and coming back), checked mechanically against the glossary
// at the top of src/strings-cy.ts: every key and placeholder of the English, one word for each
// thing, one register ("chi"), one style for counts, typographic apostrophes, and the mutations a
// rule can check. (The short tables inside views/about.ts, confirm.ts, consent.ts and
// lib/catalogue-problem.ts are not exported and are reviewed by hand.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, placeholders, texts, words } from '../../../scripts/message-texts.mjs';
import { Localizer, type Message } from '@netweave/core';
import { strings } from '../src/strings.js';
import { cy as formCy } from '../src/strings-cy.js';
import { keepCy, keepEn } from '../src/views/keep-strings.js';
import { resultsCy, resultsEn } from '../src/views/results-strings.js';

const en: Record<string, Message> = { ...strings.en, ...resultsEn, ...keepEn };
const cy: Record<string, Message> = { ...formCy, ...resultsCy, ...keepCy };

test('every English key has a Welsh key (and no other), of the same shape, with the same placeholders', () => {
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.equal(typeof cy[key], typeof en[key], `${key}: a plural message in one language only`);
    const want = new Set(forms(en[key]!).flatMap(([, t]) => [...placeholders(t)]));
    for (const [form, text] of forms(cy[key]!)) {
      const got = placeholders(text);
      // A zero form may say "none" in words instead of showing {count}.
      const expected = form === 'zero' ? new Set([...want].filter((p) => p !== 'count')) : want;
      for (const p of expected) assert.ok(got.has(p), `${key}${form && `.${form}`} lacks {${p}}: ${text}`);
      for (const p of got)
        assert.ok(want.has(p), `${key}${form && `.${form}`} has an unknown {${p}}: ${text}`);
    }
  }
});

test('typographic apostrophes and quotation marks only', () => {
  for (const [key, text] of texts(cy)) assert.doesNotMatch(text, /['"]/, `${key}: ${text}`);
});

test('one word for each thing: asesiad for an assessment, her for a challenge', () => {
  for (const key of Object.keys(en)) {
    const english = forms(en[key]!)
      .map(([, t]) => t)
      .join(' ');
    const welsh = words(
      forms(cy[key]!)
        .map(([, t]) => t)
        .join(' '),
    );
    assert.equal(
      welsh.some((w) => /asesiad/.test(w)),
      /assessment/i.test(english),
      `${key}: ${welsh.join(' ')}`,
    );
    assert.equal(
      welsh.some((w) => w === 'her' || w === 'heriau'),
      /challenge/i.test(english),
      `${key}: ${welsh.join(' ')}`,
    );
  }
});

test('the “chi” register throughout: no “ti” or “dy” forms', () => {
  // ti and dy and their infixed form (’th), the verb and preposition forms for “ti”, and the “ti”
  // imperatives a translator might reach for.
  const TI = new Set(
    'ti dy th wyt rwyt dwyt ydwyt oeddet byddi gennyt iti arnat atat amdanat ohonot paid cofia dewisa rho ysgrifenna cadwa clicia gwasga tria gwna dos cer'.split(
      ' ',
    ),
  );
  for (const [key, text] of texts(cy))
    for (const word of words(text)) assert.ok(!TI.has(word), `${key} says “${word}”: ${text}`);
  // One register for “we” as well: “rydyn ni”, not the literary “rydym”.
  for (const [key, text] of texts(cy)) assert.doesNotMatch(text, /\brydym\b/i, `${key}: ${text}`);
});

test('no English left in the Welsh', () => {
  const ENGLISH = new Set('the and you your are not with this that please of for will from'.split(' '));
  for (const [key, text] of texts(cy))
    for (const word of words(text)) assert.ok(!ENGLISH.has(word), `${key} says “${word}”: ${text}`);
  assert.deepEqual(
    Object.keys(en).filter((k) => typeof en[k] === 'string' && en[k] === cy[k]),
    [],
  );
});

test('counts as core writes them: digits and the singular noun; dates with the Welsh month', () => {
  for (const [key, text] of texts(cy)) assert.doesNotMatch(text, /\{count\} o /, `${key}: ${text}`);
  const t = new Localizer({ en, cy }, 'cy');
  assert.equal(
    t.t('history.count', { count: 1 }),
    'Mae 1 asesiad wedi’i gwblhau yn cael ei gadw ar y ddyfais hon.',
  );
  assert.equal(
    t.t('history.count', { count: 3 }),
    'Mae 3 asesiad wedi’u cwblhau yn cael eu cadw ar y ddyfais hon.',
  );
  assert.match(t.t('top.tie', { count: 2, rating: 'Her fawr' }), /, i 2 her, felly /);
  assert.equal(t.t('completed', { date: new Date('2026-11-18T10:00:00Z') }), 'Cwblhawyd ar 18 Tachwedd 2026');
});

test('mutations a rule can check: soft after prepositions, aspirate after “a”, nasal after “fy”, “nag” before a vowel', () => {
  const SOFT = new Set('i o am ar at dan dros drwy trwy gan heb wrth hyd neu pa dau dwy'.split(' '));
  const ASPIRATE = new Set('a â gyda tua ni na chwe tri'.split(' '));
  // Pronouns do not mutate.
  const KEEP = new Set('mi fi chi ni nhw'.split(' '));
  // Only letters a soft mutation never produces: b, d and g may be mutated forms (of p, t and c).
  const soft = /^(p(?!h)|t(?!h)|c(?!h)|m|ll|rh)/i;
  const aspirate = /^(p(?!h)|t(?!h)|c(?!h))/i;
  const nasal = /^(p(?!h)|t(?!h)|c(?!h)|b|d(?!d)|g)/i;
  for (const [key, text] of texts(cy)) {
    // Whole words as written: a quoted option's name keeps its own form.
    const w = text.split(/\s+/);
    w.slice(1).forEach((next, i) => {
      const before = w[i]!.toLowerCase();
      const where = `${key}: “${before} ${next}” in ${text}`;
      // Not numbers, placeholders, quoted names or acronyms (GIG, PDF).
      if (KEEP.has(next.toLowerCase()) || !/^\p{L}/u.test(next) || /^\p{Lu}{2,}/u.test(next)) return;
      // "o dan" is one preposition.
      if (SOFT.has(before) && !(before === 'o' && next === 'dan')) assert.doesNotMatch(next, soft, where);
      if (ASPIRATE.has(before)) assert.doesNotMatch(next, aspirate, where);
      if (before === 'fy') assert.doesNotMatch(next, nasal, where);
    });
    assert.doesNotMatch(
      text,
      /(^|\s)na\s+([aeiouwyâêîôûŵŷ]|\d|\{)/iu,
      `${key}: “nag” before a vowel: ${text}`,
    );
    assert.doesNotMatch(text, /(^|\s)â\s+([aeiouyâêîôûŷ]|\d|\{)/iu, `${key}: “ag” before a vowel: ${text}`);
  }
});
