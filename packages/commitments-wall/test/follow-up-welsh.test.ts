// "Did you do it?"'s Welsh (src/follow-up-strings.ts), checked as the wall's is (welsh-wording.test.ts):
// every key and placeholder, one word for a commitment, one register, typographic marks, counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, placeholders, texts, words } from '../../../scripts/message-texts.mjs';
import { Localizer, type Message } from '@netweave/core';
import { followUpCy as cy, followUpEn as en, type FollowUpStrings } from '../src/follow-up-strings.js';

const keys = Object.keys(en) as (keyof FollowUpStrings)[];

test('every English key has a Welsh key (and no other), with the same placeholders', () => {
  assert.deepEqual(Object.keys(cy).sort(), [...keys].sort());
  for (const key of keys) {
    const english: Message = en[key];
    const welsh: Message = cy[key];
    assert.equal(typeof welsh, typeof english, key);
    const want = new Set(forms(english).flatMap(([, t]) => [...placeholders(t)]));
    for (const [, text] of forms(welsh)) assert.deepEqual(placeholders(text), want, `${key}: ${text}`);
  }
});

test('ymrwymiad wherever English says commitment; the chi register; typographic marks; no English left', () => {
  const TI = new Set('ti dy th wyt rwyt gennyt paid rho gwna'.split(' '));
  const ENGLISH = new Set('the and you your are not with this that please of for will from'.split(' '));
  for (const key of keys) {
    const english = forms(en[key])
      .map(([, t]) => t)
      .join(' ');
    const welsh = forms(cy[key])
      .map(([, t]) => t)
      .join(' ');
    assert.equal(/ymrwymiad/i.test(welsh), /commitment/i.test(english), `${key}: ${welsh}`);
  }
  for (const [key, text] of texts(cy)) {
    assert.doesNotMatch(text, /['"]/, `${key}: ${text}`);
    for (const word of words(text)) {
      assert.ok(!TI.has(word), `${key} says “${word}”: ${text}`);
      assert.ok(!ENGLISH.has(word), `${key} says “${word}”: ${text}`);
      assert.ok(!['neges', 'cofnod', 'postiad'].includes(word), `${key} says “${word}”: ${text}`);
    }
  }
});

test('days as core writes counts: the digits and the singular noun, “diwrnod” mutated after two only', () => {
  const t = new Localizer<FollowUpStrings>({ en, cy }, 'cy');
  assert.deepEqual(
    [1, 2, 3, 6, 42].map((count) => t.t('followup.days', { count })),
    ['1 diwrnod', '2 ddiwrnod', '3 diwrnod', '6 diwrnod', '42 diwrnod'],
  );
  const e = new Localizer<FollowUpStrings>({ en, cy }, 'en');
  assert.deepEqual(
    [1, 42].map((count) => e.t('followup.days', { count })),
    ['1 day', '42 days'],
  );
});
