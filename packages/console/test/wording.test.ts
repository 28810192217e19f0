// Both pages' tables: every English key has a Welsh one (and no other), of the same shape, with
// the same placeholders; the Welsh keeps the widgets' glossary where a rule can check it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@netweave/model';
import { consoleStrings } from '../src/strings.js';
import { cy as consoleCy } from '../src/strings-cy.js';
import { joinStrings } from '../src/join-strings.js';

const forms = (m: Message): [string, string][] => (typeof m === 'string' ? [['', m]] : Object.entries(m));
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

const tables: [string, Record<string, Message>, Record<string, Message>][] = [
  ['console', consoleStrings.en, consoleCy],
  ['join page', joinStrings.en, joinStrings.cy],
];

for (const [name, en, cy] of tables) {
  test(`${name}: every English key has a Welsh key (and no other), of the same shape and placeholders`, () => {
    assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.equal(typeof cy[key], typeof en[key], `${key}: a plural message in one language only`);
      const want = placeholders(
        forms(en[key]!)
          .map(([, t]) => t)
          .join(' '),
      );
      for (const [form, text] of forms(cy[key]!)) {
        assert.deepEqual(placeholders(text), want, `${key}${form ? `.${form}` : ''}: placeholders differ`);
      }
      if (typeof en[key] === 'object')
        assert.ok('other' in (cy[key] as object), `${key}: no Welsh "other" form`);
    }
  });

  test(`${name}: Welsh uses typographic apostrophes and the "chi" register`, () => {
    for (const [key, m] of Object.entries(cy)) {
      for (const [, text] of forms(m)) {
        assert.ok(!/'/.test(text), `${key}: a straight apostrophe in "${text}"`);
        assert.ok(!/\b(ti|dy|dy’?n)\b/i.test(text), `${key}: "ti" register in "${text}"`);
      }
    }
  });
}

test('the join page names no session in its closed page (a closed code reveals nothing)', () => {
  for (const table of [joinStrings.en, joinStrings.cy])
    for (const [, text] of forms(table['session-closed.body'])) assert.deepEqual(placeholders(text), []);
});
