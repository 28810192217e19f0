// The wall's Welsh, checked mechanically against the glossary at the top of src/strings-cy.ts:
// every key and placeholder of the English, one word for each thing, one register ("chi"), one
// style for counts, typographic apostrophes, and the mutations a rule can check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, placeholders, texts, words } from '../../../scripts/message-texts.mjs';
import { Localizer, welshTo, type Message } from '@netweave/core';
import { loadWelsh, wallStrings, type WallStrings } from '../src/strings.js';

const en = wallStrings.en;
const cy = await loadWelsh();

// Welsh's {to} is "i" and the column's name, mutated (core's welshTo), for English's "to {column}".
const RENAMED: Record<string, Record<string, string>> = { move: { column: 'to' }, moved: { column: 'to' } };

test('every English key has a Welsh key (and no other), of the same shape, with the same placeholders', () => {
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en) as (keyof WallStrings)[]) {
    const english: Message = en[key];
    const welsh: Message = cy[key];
    assert.equal(typeof welsh, typeof english, `${key}: a plural message in one language only`);
    const want = new Set(
      [...new Set(forms(english).flatMap(([, t]) => [...placeholders(t)]))].map(
        (p) => RENAMED[key]?.[p] ?? p,
      ),
    );
    for (const [form, text] of forms(welsh)) {
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

test('one word for each thing: ymrwymiad for a commitment, postiad for a post, nothing else', () => {
  for (const key of Object.keys(en) as (keyof WallStrings)[]) {
    const english = forms(en[key])
      .map(([, t]) => t)
      .join(' ');
    const welsh = forms(cy[key])
      .map(([, t]) => t)
      .join(' ');
    assert.equal(/ymrwymiad/i.test(welsh), /commitment/i.test(english), `${key}: ${welsh}`);
    // "post" as a noun in English (plural "posts"); the verb "post" is "postio".
    assert.equal(/\bpostiad/i.test(welsh), /\bposts\b/i.test(english), `${key}: ${welsh}`);
  }
  for (const [key, text] of texts(cy)) {
    const w = words(text);
    for (const rejected of ['neges', 'negeseuon', 'nodyn', 'nodiadau', 'cofnod', 'cofnodion'])
      assert.ok(!w.includes(rejected), `${key} says “${rejected}”: ${text}`);
    // "post" in Welsh is the mail: only in "cod post" (a postcode).
    w.forEach((word, i) => assert.ok(word !== 'post' || w[i - 1] === 'cod', `${key} says “post”: ${text}`));
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
  const same = Object.keys(en).filter(
    (k) =>
      typeof en[k as keyof WallStrings] === 'string' &&
      en[k as keyof WallStrings] === cy[k as keyof WallStrings],
  );
  // Words Welsh shares with English.
  assert.deepEqual(same, ['filter.sector']);
});

test('counts as core writes them: digits and the singular noun, mutated as the spoken numeral mutates it', () => {
  for (const [key, text] of texts(cy)) assert.doesNotMatch(text, /\{count\} o /, `${key}: ${text}`);
  const t = new Localizer<WallStrings>({ en, cy }, 'cy');
  const say = (key: keyof WallStrings, count: number) => t.t(key, { count });
  assert.deepEqual(
    [1, 2, 3, 4, 6, 11].map((n) => say('reactions', n)),
    [
      '1 person am wneud hyn hefyd',
      '2 berson am wneud hyn hefyd',
      '3 pherson am wneud hyn hefyd',
      '4 person am wneud hyn hefyd',
      '6 pherson am wneud hyn hefyd',
      '11 person am wneud hyn hefyd',
    ],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 6, 25].map((n) => say('total', n)),
    ['0 ymrwymiad', '1 ymrwymiad', '2 ymrwymiad', '3 ymrwymiad', '6 ymrwymiad', '25 ymrwymiad'],
  );
  assert.equal(say('new', 2), '2 ymrwymiad newydd');
  assert.equal(say('queued', 3), 'Mae 3 ymrwymiad newydd yn aros');
  assert.equal(say('count.left', 280), 'Mae gennych 280 nod ar ôl');
  assert.equal(say('count.over', 1), 'Mae gennych 1 nod yn ormod');
});

test('moving a card reads as Welsh: “i’r” before the article, else a soft mutation', () => {
  const t = new Localizer<WallStrings>({ en, cy }, 'cy');
  const to = (key: keyof WallStrings) => t.t('move', { to: welshTo(t.t(key)) });
  assert.equal(to('triz.worst'), 'Symud i’r canlyniad gwaethaf posibl');
  assert.equal(to('triz.already'), 'Symud i’r hyn rydyn ni’n ei wneud yn barod');
  assert.equal(to('triz.stop'), 'Symud i Gamau cyntaf i roi’r gorau iddi');
});

test('mutations a rule can check: soft after prepositions, aspirate after “a”, nasal after “fy”, “nag” before a vowel', () => {
  const SOFT = new Set('i o am ar at dan dros drwy trwy gan heb wrth hyd neu pa dau dwy'.split(' '));
  const ASPIRATE = new Set('a â gyda tua ni na chwe tri'.split(' '));
  // Words that do not mutate: pronouns, and "o dan" (one preposition).
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
      // Not numbers, placeholders, quoted names or acronyms (GIG).
      if (KEEP.has(next.toLowerCase()) || !/^\p{L}/u.test(next) || /^\p{Lu}{2,}/u.test(next)) return;
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
