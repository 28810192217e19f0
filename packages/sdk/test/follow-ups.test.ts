/**
 * "Did you do it?": follow-ups counted by answer, session and sector under each disclosure rule
 * (each commitment once, by its latest answer; hidden ones left out), and the write-up's "What
 * happened next" in every format and both languages, quoting only visible notes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FollowUp, FollowUpAnswer } from '@netweave/model';
import { countFollowUps, writeup } from '../src/index.js';
import { EXPORT } from './writeup-fixture.js';
import { docxParagraphs, docxParts, htmlText, markdownText } from './writeup-text.js';

let seq = 0;
function followUp(commitmentId: string, answer: FollowUpAnswer, extra: Partial<FollowUp> = {}): FollowUp {
  seq += 1;
  return {
    id: `f${seq}`,
    sessionId: 's1',
    commitmentId,
    answer,
    answeredAt: new Date(Date.UTC(2026, 3, 1, 10, seq)).toISOString(),
    status: 'visible',
    ...extra,
  };
}

/** `n` commitments answered `answer` (one follow-up each) in `sector` and `session`. */
const many = (n: number, answer: FollowUpAnswer, extra: Partial<FollowUp> = {}) =>
  Array.from({ length: n }, (_, i) =>
    followUp(`c-${answer}-${extra.sector ?? ''}-${extra.sessionId ?? ''}-${i}`, answer, extra),
  );

test('each commitment counts once, by its latest answer; hidden follow-ups are left out', () => {
  const list = [
    followUp('c1', 'started'),
    followUp('c1', 'done'), // later: c1 is done
    followUp('c2', 'not-yet'),
    followUp('c3', 'done', { status: 'hidden' }), // a moderator hid it: not counted
    followUp('c4', 'started', { status: 'pending' }), // its note waits for review: the answer counts
  ];
  const counts = countFollowUps(list, { disclosure: 'none' });
  assert.deepEqual(counts.all, { total: 3, byAnswer: { done: 1, started: 1, 'not-yet': 1 } });
  assert.deepEqual(counts.withheld, { primary: 0, secondary: 0 });
});

const cases: {
  description: string;
  input: FollowUp[];
  rule: 'nhs' | 'survey' | 'none';
  expected: {
    all: { total: number | null; byAnswer: Record<FollowUpAnswer, number | null> };
    withheld: { primary: number; secondary: number };
  };
}[] = [
  {
    description: 'nhs: 1–7 withheld, the rest rounded to 5',
    input: [...many(12, 'done'), ...many(3, 'started'), ...many(8, 'not-yet')],
    rule: 'nhs',
    expected: {
      all: { total: 25, byAnswer: { done: 10, started: null, 'not-yet': 10 } },
      // the sector line ('' not stated) and the session line repeat the same cells
      withheld: { primary: 3, secondary: 0 },
    },
  },
  {
    description: 'survey: 1–9 withheld, and one more so the withheld one cannot be worked out from the total',
    input: [...many(20, 'done'), ...many(4, 'started'), ...many(12, 'not-yet')],
    rule: 'survey',
    expected: {
      all: { total: 36, byAnswer: { done: 20, started: null, 'not-yet': null } },
      withheld: { primary: 3, secondary: 3 },
    },
  },
  {
    description: 'none: every count as it is',
    input: [...many(2, 'done'), ...many(1, 'started')],
    rule: 'none',
    expected: {
      all: { total: 3, byAnswer: { done: 2, started: 1, 'not-yet': 0 } },
      withheld: { primary: 0, secondary: 0 },
    },
  },
];

for (const { description, input, rule, expected } of cases) {
  test(`countFollowUps: ${description}`, () => {
    const counts = countFollowUps(input, { disclosure: rule });
    assert.deepEqual(counts.all, expected.all);
    assert.deepEqual(counts.withheld, expected.withheld);
  });
}

test('survey: within a sector, a withheld answer cannot be worked out from the sector total or the answer total', () => {
  const input = [
    ...many(15, 'done', { sector: 'nhs' }),
    ...many(12, 'not-yet', { sector: 'nhs' }),
    ...many(3, 'started', { sector: 'nhs' }),
    ...many(30, 'done', { sector: 'vcse' }),
    ...many(20, 'started', { sector: 'vcse' }),
  ];
  const counts = countFollowUps(input, { disclosure: 'survey' });
  const lines = Object.values(counts.bySector);
  assert.equal(counts.bySector['nhs']!.byAnswer.started, null, '3 is withheld');
  assert.equal(counts.bySector['nhs']!.total, 30, 'the sector totals are shown');
  const oneHidden = (cells: (number | null)[]) => cells.filter((n) => n === null).length === 1;
  for (const line of lines)
    assert.ok(
      !oneHidden(Object.values(line.byAnswer)),
      'no sector has exactly one withheld answer beside its total',
    );
  for (const answer of ['done', 'started', 'not-yet'] as const)
    assert.ok(
      !oneHidden(lines.map((l) => l.byAnswer[answer])) || counts.all.byAnswer[answer] === null,
      `no answer (${answer}) has exactly one withheld sector beside its shown total`,
    );
  assert.ok(counts.withheld.secondary > 0);
});

test('counts by session and by sector have no prototype (a session called "constructor" is counted)', () => {
  const counts = countFollowUps(many(9, 'done', { sessionId: 'constructor' }), { disclosure: 'none' });
  assert.equal(counts.bySession['constructor']!.total, 9);
  assert.equal(Object.getPrototypeOf(counts.bySession), null);
});

const COMMITMENT = EXPORT.commitments.find((c) => c.status === 'visible')!;
const HIDDEN_COMMITMENT = EXPORT.commitments.find((c) => c.status === 'hidden')!;
const FOLLOW_UPS: FollowUp[] = [
  ...many(10, 'done', { sessionId: EXPORT.session.id, sector: 'nhs' }),
  ...many(9, 'started', { sessionId: EXPORT.session.id, sector: 'vcse' }),
  ...many(2, 'not-yet', { sessionId: EXPORT.session.id }),
  followUp(COMMITMENT.id, 'done', {
    sessionId: EXPORT.session.id,
    note: 'Asked the VCSE forum for their diaries *before* booking',
  }),
  followUp(HIDDEN_COMMITMENT.id, 'done', {
    sessionId: EXPORT.session.id,
    note: 'Note of a hidden commitment',
  }),
  followUp('c-held', 'started', {
    sessionId: EXPORT.session.id,
    status: 'pending',
    note: 'Ring me on 07700 900123',
  }),
];

const readable = async (format: 'md' | 'html' | 'docx', lang: 'en' | 'cy') => {
  const out = await writeup({ ...EXPORT, followUps: FOLLOW_UPS }, { format, lang });
  if (format === 'docx')
    return docxParagraphs(docxParts(out as Uint8Array)['word/document.xml']!)
      .map((p) => p.text)
      .join('\n');
  return format === 'html' ? htmlText(out as string) : markdownText(out as string);
};

for (const format of ['md', 'html', 'docx'] as const) {
  test(`write-up (${format}): "What happened next" counts answers under the rule and quotes only visible notes`, async () => {
    const en = await readable(format, 'en');
    assert.match(en, /What happened next/);
    assert.ok(en.indexOf('What happened next') > en.indexOf('What changed'), 'after what changed');
    assert.ok(en.indexOf('What happened next') < en.lastIndexOf('Method and privacy'), 'before the method');
    assert.match(en, /Asked the VCSE forum for their diaries \*?before\*? booking/);
    assert.match(en, /How it has gone: /);
    assert.doesNotMatch(en, /Note of a hidden commitment/, 'a hidden commitment is never quoted');
    assert.doesNotMatch(en, /07700 900123/, 'a held note is never quoted');
    // 23 commitments answered (the held one counts, the hidden commitment's too): rounded to 25 (nhs)
    assert.match(en, /25 commitments have an answer\./);
    assert.match(en, /counts? in “What happened next” (is|are) shown as \*/);
    const cy = await readable(format, 'cy');
    assert.match(cy, /Beth ddigwyddodd wedyn/);
    assert.match(cy, /Sut mae wedi mynd: /);
    assert.match(cy, /Wedi’i wneud/);
  });
}

test('write-up: an export made before follow-ups has no "What happened next"', async () => {
  const md = (await writeup(EXPORT, { format: 'md', lang: 'en' })) as string;
  assert.doesNotMatch(md, /What happened next/);
});

test('survey, 300 random sessions × sectors × answers: no withheld count can be worked out by subtraction', () => {
  let state = 42;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const sectors = ['nhs', 'vcse', 'local-authority', 'social-care'];
  for (let run = 0; run < 300; run++) {
    const input: FollowUp[] = [];
    for (const sessionId of ['s1', 's2', 's3'])
      for (const sector of sectors)
        for (const answer of ['done', 'started', 'not-yet'] as const)
          input.push(...many(Math.floor(random() ** 2 * 25), answer, { sessionId, sector }));
    const counts = countFollowUps(input, { disclosure: 'survey' });
    const raw = countFollowUps(input, { disclosure: 'none' });
    for (const by of ['bySession', 'bySector'] as const) {
      const keys = Object.keys(raw[by]);
      const lines = keys.map((k) => counts[by][k]!);
      const rawLines = keys.map((k) => raw[by][k]!);
      // a group of cells whose sum is a shown total: never exactly one withheld non-zero cell
      const check = (cells: (number | null)[], rawCells: number[], total: number | null, where: string) => {
        if (total === null) return;
        const hidden = cells.filter((n, i) => n === null && rawCells[i]! > 0).length;
        assert.notEqual(hidden, 1, `run ${run}, ${by}, ${where}: one withheld count beside a shown total`);
      };
      lines.forEach((line, i) =>
        check(
          Object.values(line.byAnswer),
          Object.values(rawLines[i]!.byAnswer) as number[],
          line.total,
          keys[i]!,
        ),
      );
      for (const answer of ['done', 'started', 'not-yet'] as const)
        check(
          lines.map((l) => l.byAnswer[answer]),
          rawLines.map((l) => l.byAnswer[answer] as number),
          counts.all.byAnswer[answer],
          answer,
        );
      check(
        lines.map((l) => l.total),
        rawLines.map((l) => l.total as number),
        counts.all.total,
        'totals',
      );
      // and every count shown is the true count
      lines.forEach((line, i) => {
        for (const a of ['done', 'started', 'not-yet'] as const)
          if (line.byAnswer[a] !== null) assert.equal(line.byAnswer[a], rawLines[i]!.byAnswer[a]);
      });
    }
  }
});
