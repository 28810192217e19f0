// Both pages' tables: every English key has a Welsh key (and no other), of the same shape, with
// the same placeholders; the Welsh keeps the widgets' glossary (written at the top of
// src/strings-cy.ts and of the Welsh table in src/join-strings.ts) where a rule can check it: one
// word for each thing, one register ("chi"), counts as core writes them, buttons as verb-nouns,
// typographic apostrophes and quotation marks, and the mutations a rule can check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, texts, words } from '../../../scripts/message-texts.mjs';
import { Localizer, setWelshFormats, welshFormats, type Message } from '@netweave/model';
import { consoleStrings, type ConsoleStrings } from '../src/strings.js';
import { cy as consoleCy } from '../src/strings-cy.js';
import { joinStrings, type JoinStrings } from '../src/join-strings.js';
import { displayStrings } from '../src/display-strings.js';

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
/** All of a message's forms in one text; English without its placeholders ("{commitments}"). */
const whole = (m: Message) =>
  forms(m)
    .map(([, t]) => t)
    .join(' ');
const prose = (m: Message) => whole(m).replace(/\{\w+\}/g, ' ');

const tables: [string, Record<string, Message>, Record<string, Message>][] = [
  ['console', consoleStrings.en, consoleCy],
  ['join page', joinStrings.en, joinStrings.cy],
  ['projector page', displayStrings.en, displayStrings.cy],
];

for (const [name, en, cy] of tables) {
  test(`${name}: every English key has a Welsh key (and no other), of the same shape and placeholders`, () => {
    assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.equal(typeof cy[key], typeof en[key], `${key}: a plural message in one language only`);
      const want = placeholders(whole(en[key]!));
      for (const [form, text] of forms(cy[key]!)) {
        // A zero form may say "none" in words instead of showing {count}.
        const expected = form === 'zero' ? want.filter((p) => p !== 'count') : want;
        assert.deepEqual(
          placeholders(text),
          expected,
          `${key}${form ? `.${form}` : ''}: placeholders differ`,
        );
      }
      if (typeof en[key] === 'object')
        assert.ok('other' in (cy[key] as object), `${key}: no Welsh "other" form`);
    }
  });

  test(`${name}: Welsh uses typographic apostrophes and quotation marks, and the "chi" register`, () => {
    // ti and dy and their infixed form (’th), the verb and preposition forms for “ti”, and the “ti”
    // imperatives a translator might reach for; and one register for “we”: “rydyn ni”, not “rydym”.
    const TI = new Set(
      'ti dy th wyt rwyt dwyt ydwyt oeddet byddi gennyt iti arnat atat amdanat ohonot paid cofia dewisa rho ysgrifenna cadwa clicia gwasga tria gwna dos cer gwiria rydym'.split(
        ' ',
      ),
    );
    for (const [key, text] of texts(cy)) {
      assert.doesNotMatch(text, /['"]/, `${key}: a straight apostrophe or quotation mark in "${text}"`);
      for (const word of words(text)) assert.ok(!TI.has(word), `${key} says “${word}”: ${text}`);
    }
  });
}

test('one word for each thing, as the widgets say it', () => {
  for (const [, en, cy] of tables) {
    // [what, English, Welsh]: the Welsh word (in any mutation) is there exactly when English says it.
    const GLOSSARY: [string, RegExp, RegExp][] = [
      ['ymrwymiad for a commitment', /commitment/i, /\bh?ymrwymiad/i],
      ['postiad or postio for a post, to post', /\bpost(s|ed)?\b/i, /\b(p|b|ph)osti/i],
      ['cyfranogwr for a participant', /participant/i, /\b(c|g|ch|ngh)yfranogwy?r/i],
      ['hwylusydd for the facilitator', /facilitator/i, /\bhwylusydd/i],
      ['ymateb for a response', /\bresponses?\b/i, /\bh?ymateb/i],
      ['casglwr for the collector', /collector/i, /\b(c|g|ch|ngh)asglwr/i],
      ['cod ymuno for a join code', /join codes?/i, /\b(c|g|ch|ngh)od(au)? ymuno/i],
      ['her for a challenge', /challenge/i, /\bher(iau)?\b/i],
      // TRIZ, as the board says it: nodyn for a sticky note (and for nothing else), grŵp (never
      // mutated: the wording avoids places where it would have to be), rownd, pleidlais.
      ['nodyn for a note', /\bnotes?\b/i, /\bnod(yn|iadau)\b/i],
      ['grŵp for a group', /\bgroups?\b/i, /\bgr(ŵp|wpiau)/i],
      ['rownd for a round', /\brounds?\b/i, /\brownd/i],
      ['pleidlais for a vote', /\bvot(e|es|ing)\b/i, /\b(p|b|ph)leidl/i],
    ];
    // English "post" as a verb: Welsh "postio", not "postiad".
    const VERB = new Set(['signIn.intro', 'template.triz-commitments.hint']);
    for (const key of Object.keys(en)) {
      const english = prose(en[key]!);
      const welsh = prose(cy[key]!);
      for (const [what, e, w] of GLOSSARY)
        assert.equal(w.test(welsh), e.test(english), `${key}: ${what}: ${welsh}`);
      // Welsh may name the session where English says "it" or "the copy" (a feminine "ei" needs it).
      if (/\bsessions?\b/i.test(english))
        assert.match(welsh, /\bsesiwn|\bsesiynau/i, `${key}: sesiwn for a session`);
      const noun = /\bposts?\b/i.test(english) && !VERB.has(key);
      assert.equal(/\b(p|b|ph)ostiad/i.test(welsh), noun, `${key}: postiad for a post: ${welsh}`);
    }
    for (const [key, text] of texts(cy)) {
      const w = words(text);
      // Not "neges" (a message) nor "cofnod" (a record); "nodyn" only for a TRIZ note (above).
      for (const rejected of ['neges', 'negeseuon', 'cofnod', 'cofnodion'])
        assert.ok(!w.includes(rejected), `${key} says “${rejected}”: ${text}`);
      // "post" in Welsh is the mail: only in "cod post" (a postcode).
      w.forEach((word, i) => assert.ok(word !== 'post' || w[i - 1] === 'cod', `${key} says “post”: ${text}`));
      // sesiwn is feminine: "y sesiwn hon", and a session's join code is "ei chod".
      assert.doesNotMatch(text, /sesiwn (hwn|hwnnw)\b/i, `${key}: sesiwn is feminine: ${text}`);
      assert.doesNotMatch(text, /(\bei|’i) god ymuno/i, `${key}: a session’s code is “ei chod”: ${text}`);
      // grŵp is never put where it would have to mutate (after i, o, ei "his"…; "i’r grŵp" is fine).
      assert.doesNotMatch(
        text,
        /(^|\s)(i|o|ei|ar|at|am|gan|heb|dros|trwy|drwy|wrth|pa|neu|dau) gr(ŵp|wpiau)/i,
        `${key}: “grŵp” would have to mutate here: ${text}`,
      );
    }
  }
});

test('buttons and links that do something say it with a verb-noun (Mynd, Dileu, Golygu…)', () => {
  const VERB_NOUNS = new Set(
    'allgofnodi mewngofnodi rhoi canslo creu cadw golygu dyblygu cau ailagor dileu lawrlwytho copïo cymeradwyo cuddio oedi ailddechrau ymuno mynd dechrau ychwanegu gorffen cloi datgloi symud ailenwi dangos agor'.split(
      ' ',
    ),
  );
  const BUTTONS: [Record<string, Message>, string[]][] = [
    [
      consoleCy,
      [
        'signOut',
        'retry',
        'cancel',
        'signIn.button',
        'sessions.create',
        'create.button',
        'save.button',
        'edit',
        'duplicate',
        'close',
        'reopen',
        'delete',
        'delete.confirm',
        'export.responses',
        'export.commitments',
        'export.followUps',
        'export.writeup.docx',
        'export.writeup.html',
        'export.writeup.md',
        'export.everything',
        'copy.code',
        'copy.url',
        'copy.snippet',
        'approve',
        'hide',
        'restore',
        'editPost',
        'editPost.save',
        'pause',
        'resume',
        'round.startNext',
        'round.startNext.none',
        'round.start',
        'round.pause',
        'round.resume',
        'round.add',
        'round.end',
        'round.lock',
        'round.unlock',
        'group.rename',
        'group.rename.save',
        'note.move.button',
        'note.show',
        'join.display.open',
      ],
    ],
    [joinStrings.cy, ['join', 'retry', 'other.code', 'partner.go', 'stage.go']],
  ];
  for (const [table, keys] of BUTTONS)
    for (const key of keys) {
      // "Ydw, dileu’r sesiwn" answers the question it confirms.
      const first = words((table[key] as string).replace(/^Ydw, /, ''))[0]!;
      assert.ok(VERB_NOUNS.has(first), `${key}: “${table[key] as string}” does not start with a verb-noun`);
    }
});

test('counts as core writes them: digits and the singular noun, mutated as the spoken numeral mutates it; dates from netweave’s Welsh tables', () => {
  for (const [, , cy] of tables)
    for (const [key, text] of texts(cy)) assert.doesNotMatch(text, /\{count\} o /, `${key}: ${text}`);
  const c = new Localizer<ConsoleStrings>({ en: consoleStrings.en, cy: consoleCy }, 'cy');
  const j = new Localizer<JoinStrings>(joinStrings, 'cy');
  const N = [0, 1, 2, 3, 6, 8];
  const say = (key: keyof ConsoleStrings) => N.map((count) => c.t(key, { count }));
  assert.deepEqual(
    say('count.responses'),
    N.map((n) => `${n} ymateb`),
  );
  assert.deepEqual(
    say('count.commitments'),
    N.map((n) => `${n} ymrwymiad`),
  );
  assert.deepEqual(say('count.pending'), [
    '0 yn aros i gael eu hadolygu',
    '1 yn aros i gael ei adolygu',
    '2 yn aros i gael eu hadolygu',
    '3 yn aros i gael eu hadolygu',
    '6 yn aros i gael eu hadolygu',
    '8 yn aros i gael eu hadolygu',
  ]);
  assert.deepEqual(
    say('editPost.left'),
    N.map((n) => `Mae gennych ${n} nod ar ôl`),
  );
  assert.deepEqual(
    say('editPost.over'),
    N.map((n) => `Mae gennych ${n} nod yn ormod`),
  );
  assert.deepEqual(say('reactions'), [
    '0 person am wneud hyn hefyd',
    '1 person am wneud hyn hefyd',
    '2 berson am wneud hyn hefyd',
    '3 pherson am wneud hyn hefyd',
    '6 pherson am wneud hyn hefyd',
    '8 person am wneud hyn hefyd',
  ]);
  assert.deepEqual(say('newPending'), [
    'Mae 0 postiad newydd yn aros i gael eu hadolygu.',
    'Mae 1 postiad newydd yn aros i gael ei adolygu.',
    'Mae 2 bostiad newydd yn aros i gael eu hadolygu.',
    'Mae 3 phostiad newydd yn aros i gael eu hadolygu.',
    'Mae 6 phostiad newydd yn aros i gael eu hadolygu.',
    'Mae 8 postiad newydd yn aros i gael eu hadolygu.',
  ]);
  assert.deepEqual(
    say('paused'),
    N.map((n) => `Diweddariadau wedi’u hoedi: ${n} newid yn aros`),
  );
  assert.deepEqual(
    say('error.title.long'),
    N.map((n) => `Rhaid i’r teitl fod yn ${n} nod neu lai`),
  );
  // Two counts in one sentence: no "a" before a number ("a 8" would have to be "ac wyth").
  assert.deepEqual(
    N.map((n) =>
      c.t('delete.counts', {
        responses: c.t('count.responses', { count: n }),
        commitments: c.t('count.commitments', { count: n }),
      }),
    ),
    N.map((n) => `Mae’n cynnwys ${n} ymateb, a hefyd ${n} ymrwymiad.`),
  );
  // A post's date and time from netweave's own Welsh tables (as core's LanguageController registers
  // them for the console), never the browser's: "6 Rhagfyr 2026 am 12:00", not "6 December 2026".
  setWelshFormats(welshFormats);
  const posted = new Date('2026-12-06T12:00:00Z');
  assert.match(
    c.t('postedAt', { date: c.date(posted), time: c.time(posted) }),
    /^Postiwyd 6 Rhagfyr 2026 am \d\d:\d\d$/,
  );
  // TRIZ counts: a round's minutes as the join page's ("2 funud"); notes ("nodyn" never mutates);
  // votes ("pleidlais" is feminine: un bleidlais, dwy bleidlais, tair pleidlais, chwe phleidlais).
  assert.deepEqual(say('round.minutes'), ['0 munud', '1 munud', '2 funud', '3 munud', '6 munud', '8 munud']);
  assert.deepEqual(
    say('notes.count'),
    N.map((n) => `${n} nodyn`),
  );
  assert.deepEqual(say('note.votes'), [
    '0 pleidlais',
    '1 bleidlais',
    '2 bleidlais',
    '3 pleidlais',
    '6 phleidlais',
    '8 pleidlais',
  ]);
  assert.deepEqual(say('notes.held'), [
    '0 wedi’u dal yn ôl i chi eu gwirio',
    '1 wedi’i ddal yn ôl i chi ei wirio',
    '2 wedi’u dal yn ôl i chi eu gwirio',
    '3 wedi’u dal yn ôl i chi eu gwirio',
    '6 wedi’u dal yn ôl i chi eu gwirio',
    '8 wedi’u dal yn ôl i chi eu gwirio',
  ]);
  // The join page's wait: seconds under two minutes, else minutes ("2 funud", "3 munud").
  assert.deepEqual(
    N.map((count) => j.t('seconds', { count })),
    N.map((n) => `${n} eiliad`),
  );
  assert.deepEqual(
    N.map((count) => j.t('minutes', { count })),
    ['0 munud', '1 munud', '2 funud', '3 munud', '6 munud', '8 munud'],
  );
  assert.equal(
    j.t('too-many-attempts.body', { wait: j.t('minutes', { count: 2 }) }),
    'Er mwyn cadw sesiynau’n ddiogel, arhoswch 2 funud cyn rhoi cynnig ar god arall.',
  );
});

test('mutations a rule can check: soft after prepositions, aspirate after “a”, “ei” mutated, “ac”, “ag”, “nag” and “’r” after a vowel, no placeholder where it would have to mutate', () => {
  const SOFT = new Set('i o am ar at dan dros drwy trwy gan heb wrth hyd neu pa dau dwy'.split(' '));
  const ASPIRATE = new Set('a â gyda tua ni na chwe tri'.split(' '));
  // Pronouns do not mutate.
  const KEEP = new Set('mi fi chi ni nhw'.split(' '));
  // Only letters a soft mutation never produces: b, d and g may be mutated forms (of p, t and c).
  const soft = /^(p(?!h)|t(?!h)|c(?!h)|m|ll|rh)/i;
  const aspirate = /^(p(?!h)|t(?!h)|c(?!h))/i;
  // Placeholders that always start with a digit ("6 Rhagfyr 2026", "20:35", "3 ymateb"): a digit
  // shows no mutation, so they may follow a preposition (“am 20:35”), but not “a”, “â” or “na”,
  // whose form depends on how the number is said (“ac wyth”, “nag un”).
  const NUMBERS = new Set(['count', 'date', 'time', 'wait', 'responses', 'commitments']);
  // "y" after a vowel is the relative particle before a verb ("netweave y daeth"), never the article.
  const RELATIVE = new Set(['daeth', 'mae', 'caiff']);
  for (const [, , cy] of tables)
    for (const [key, text] of texts(cy)) {
      // The article is "’r" after a vowel: "tudalen we’r trefnydd", "i’r sesiwn".
      for (const m of text.matchAll(/\p{L}*[aeiouwyâêîôûŵŷ] yr? (\p{L}+)/giu))
        assert.ok(RELATIVE.has(m[1]!.toLowerCase()), `${key}: “’r” after a vowel: “${m[0]}” in ${text}`);
      // Whole words as written: a quoted option's name keeps its own form.
      const w = text.split(/\s+/);
      w.slice(1).forEach((next, i) => {
        const written = w[i]!;
        const before = written.toLowerCase();
        const where = `${key}: “${written} ${next}” in ${text}`;
        const placeholder = /^\{(\w+)\}/.exec(next)?.[1];
        const his = before === 'ei' || before.endsWith('’i');
        const mutates = SOFT.has(before) || ASPIRATE.has(before) || his;
        if (placeholder && mutates)
          assert.ok(
            NUMBERS.has(placeholder) && !/^(a|â|na)$/.test(before),
            `${key}: {${placeholder}} cannot mutate: ${where}`,
          );
        // Not numbers, placeholders, quoted names or acronyms (GIG, QR).
        if (KEEP.has(next.toLowerCase()) || !/^\p{L}/u.test(next) || /^\p{Lu}{2,}/u.test(next)) return;
        // "o dan" is one preposition; a capital "A" is the key to press.
        if (SOFT.has(before) && !(before === 'o' && next === 'dan')) assert.doesNotMatch(next, soft, where);
        if (ASPIRATE.has(before) && written !== 'A') assert.doesNotMatch(next, aspirate, where);
        // "ei" (his) softens p, t and c, "ei" (her) aspirates them: never left as they are.
        if (his) assert.doesNotMatch(next, aspirate, where);
      });
      assert.doesNotMatch(
        text,
        /(^|\s)na\s+([aeiouwyâêîôûŵŷ]|\d|\{)/iu,
        `${key}: “nag” before a vowel: ${text}`,
      );
      assert.doesNotMatch(text, /(^|\s)â\s+([aeiouyâêîôûŷ]|\d|\{)/iu, `${key}: “ag” before a vowel: ${text}`);
      assert.doesNotMatch(text, /(^|\s)a\s+([aeiouyâêîôûŷ]|\d)/u, `${key}: “ac” before a vowel: ${text}`);
    }
});

test('the join page names no session in its closed page (a closed code reveals nothing)', () => {
  for (const table of [joinStrings.en, joinStrings.cy])
    for (const [, text] of forms(table['session-closed.body'])) assert.deepEqual(placeholders(text), []);
});
