// The TRIZ board's wording, English and Welsh, checked against the glossary at the top of
// src/triz/strings-cy.ts (the wall's rules, with the board's own words): every key and
// placeholder in both, nodyn for a note and never a commitment, the "chi" register, counts in
// digits with the mutation the spoken numeral causes, typographic apostrophes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, placeholders, texts, words } from '../../../scripts/message-texts.mjs';
import { Localizer, type Message } from '@netweave/core';
import { loadTrizWelsh, trizBoardStrings, type TrizBoardStrings } from '../src/triz/strings.js';

const en = trizBoardStrings.en;
const cy = await loadTrizWelsh();

const keys = Object.keys(en) as (keyof TrizBoardStrings)[];
const all = (m: Message) =>
  forms(m)
    .map(([, t]) => t)
    .join(' ');

test('every English key has a Welsh key (and no other), of the same shape, with the same placeholders', () => {
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
  for (const key of keys) {
    assert.equal(typeof cy[key], typeof en[key], `${key}: a plural message in one language only`);
    const want = new Set(forms(en[key]).flatMap(([, t]) => [...placeholders(t)]));
    for (const [form, text] of forms(cy[key])) {
      const got = placeholders(text);
      assert.deepEqual([...got].sort(), [...want].sort(), `${key}${form && `.${form}`}: ${text}`);
    }
  }
});

test('the board never speaks of commitments or “I’ll do this too”', () => {
  for (const [key, text] of texts(en))
    assert.doesNotMatch(text, /commitment|do this too/i, `${key}: ${text}`);
  for (const [key, text] of texts(cy))
    assert.doesNotMatch(text, /ymrwymiad|gwneud hyn hefyd/i, `${key}: ${text}`);
});

test('nodyn / nodiadau wherever English says note, and only there', () => {
  for (const key of keys) {
    const note = /\bnotes?\b/i.test(all(en[key]));
    assert.equal(/\bnod(yn|iadau)\b/i.test(all(cy[key])), note, `${key}: ${all(cy[key])}`);
  }
});

test('the three states by the names the session used', () => {
  assert.equal(cy['state.worst'], 'Canlyniadau gwaethaf');
  assert.equal(cy['state.already'], 'Rydyn ni’n gwneud hyn yn barod');
  assert.equal(cy['state.stop'], 'Camau cyntaf i roi’r gorau iddo');
  assert.deepEqual(
    [en['state.worst'], en['state.already'], en['state.stop']],
    ['Worst results', 'We do this already', 'First steps to stop'],
  );
});

test('typographic apostrophes and quotation marks only', () => {
  for (const [key, text] of [...texts(cy), ...texts(en)])
    assert.doesNotMatch(text, /['"]/, `${key}: ${text}`);
});

test('the “chi” register throughout, and “rydyn ni”, never “rydym”', () => {
  const TI = new Set(
    'ti dy th wyt rwyt dwyt ydwyt oeddet byddi gennyt iti arnat atat amdanat ohonot paid cofia dewisa rho ysgrifenna cadwa clicia gwasga tria gwna dos cer'.split(
      ' ',
    ),
  );
  for (const [key, text] of texts(cy)) {
    for (const word of words(text)) assert.ok(!TI.has(word), `${key} says “${word}”: ${text}`);
    assert.doesNotMatch(text, /\brydym\b/i, `${key}: ${text}`);
  }
});

test('buttons are verb-nouns', () => {
  const buttons = [
    'recognise',
    'not-us',
    'add-step',
    'change-step',
    'undo-step',
    'step.save',
    'cancel',
    'vote',
    'unvote',
    'add.submit',
    'group.change',
    'retry',
  ] as const;
  assert.deepEqual(
    buttons.map((k) => cy[k]),
    [
      'Marcio “Rydyn ni’n gwneud hyn”',
      'Marcio “Nid ni”',
      'Ychwanegu’r cam cyntaf',
      'Newid y cam',
      'Dadwneud',
      'Cadw’r cam',
      'Canslo',
      'Pleidleisio',
      'Tynnu’r bleidlais yn ôl',
      'Ychwanegu nodyn',
      'Newid grŵp',
      'Rhoi cynnig arall arni',
    ],
  );
});

test('no English left in the Welsh', () => {
  const ENGLISH = new Set(
    'the and you your are not with this that please of for will from note notes'.split(' '),
  );
  for (const [key, text] of texts(cy))
    for (const word of words(text)) assert.ok(!ENGLISH.has(word), `${key} says “${word}”: ${text}`);
  assert.deepEqual(
    keys.filter((k) => all(en[k]) === all(cy[k])),
    [],
  );
});

test('counts: digits and the singular noun, mutated as the spoken numeral mutates it', () => {
  for (const [key, text] of texts(cy)) assert.doesNotMatch(text, /\{(count|used)\} o /, `${key}: ${text}`);
  const t = new Localizer<TrizBoardStrings>({ en, cy }, 'cy');
  const say = (key: keyof TrizBoardStrings, count: number) => t.t(key, { count });
  // "pleidlais" is feminine: un bleidlais, dwy bleidlais, tair pleidlais, pedair pleidlais, chwe phleidlais.
  assert.deepEqual(
    [0, 1, 2, 3, 4, 6, 11].map((n) => say('votes', n)),
    [
      '0 pleidlais',
      '1 bleidlais',
      '2 bleidlais',
      '3 pleidlais',
      '4 pleidlais',
      '6 phleidlais',
      '11 pleidlais',
    ],
  );
  // "canlyniad" and "cam" are masculine: dau ganlyniad, tri chanlyniad, chwe chanlyniad.
  assert.deepEqual(
    [1, 2, 3, 6, 7].map((n) => say('count.worst', n)),
    [
      '1 canlyniad gwaethaf',
      '2 ganlyniad gwaethaf',
      '3 chanlyniad gwaethaf',
      '6 chanlyniad gwaethaf',
      '7 canlyniad gwaethaf',
    ],
  );
  assert.deepEqual(
    [1, 2, 3, 6].map((n) => say('count.stop', n)),
    ['1 cam cyntaf', '2 gam cyntaf', '3 cham cyntaf', '6 cham cyntaf'],
  );
  // "nodyn" does not mutate.
  assert.deepEqual(
    [1, 2, 3, 6].map((n) => say('notes', n)),
    ['1 nodyn', '2 nodyn', '3 nodyn', '6 nodyn'],
  );
  assert.equal(t.t('votes.used', { used: 2, count: 3 }), 'Pleidleisiau wedi’u defnyddio: 2 allan o 3');
  const english = new Localizer<TrizBoardStrings>({ en, cy }, 'en');
  assert.equal(english.t('votes.used', { used: 2, count: 3 }), '2 of 3 votes used');
  assert.equal(english.t('votes.used', { used: 0, count: 1 }), '0 of 1 vote used');
});

test('mutations a rule can check: soft after prepositions, aspirate after “a”, “nag” before a vowel', () => {
  const SOFT = new Set('i o am ar at dan dros drwy trwy gan heb wrth hyd neu pa dau dwy'.split(' '));
  const ASPIRATE = new Set('a â gyda tua ni na chwe tri'.split(' '));
  const KEEP = new Set('mi fi chi ni nhw'.split(' '));
  const soft = /^(p(?!h)|t(?!h)|c(?!h)|m|ll|rh)/i;
  const aspirate = /^(p(?!h)|t(?!h)|c(?!h))/i;
  for (const [key, text] of texts(cy)) {
    const w = text.split(/\s+/);
    w.slice(1).forEach((next, i) => {
      const before = w[i]!.toLowerCase();
      const where = `${key}: “${before} ${next}” in ${text}`;
      if (KEEP.has(next.toLowerCase()) || !/^\p{L}/u.test(next) || /^\p{Lu}{2,}/u.test(next)) return;
      if (SOFT.has(before) && !(before === 'o' && next === 'dan')) assert.doesNotMatch(next, soft, where);
      if (ASPIRATE.has(before)) assert.doesNotMatch(next, aspirate, where);
    });
    assert.doesNotMatch(
      text,
      /(^|\s)na\s+([aeiouwyâêîôûŵŷ]|\d|\{)/iu,
      `${key}: “nag” before a vowel: ${text}`,
    );
    // A group's name is never put where a word before it would mutate it.
    assert.doesNotMatch(text, /\b(yn|gyda|i|o)\s+\{group\}/u, `${key}: ${text}`);
  }
});
