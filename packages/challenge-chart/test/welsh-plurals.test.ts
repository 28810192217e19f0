// The chart's Welsh counts, written as core's, the wall's and the self-assessment's Welsh write
// them: the number in digits, then the singular noun, mutated only where the spoken numeral
// mutates it (dau berson, tri pherson, chwe pherson); never "{count} o" and the plural.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Localizer, type Message } from '@netweave/core';
import { chartCy, chartEn } from '../src/strings.js';

const cy = new Localizer({ en: chartEn, cy: chartCy }, 'cy');
const COUNTS = [0, 1, 2, 3, 6, 8] as const;

/** Every text of a message: the string, or each plural form. */
const texts = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));

const person = (n: number) => ({ 2: 'berson', 3: 'pherson', 6: 'pherson' })[n] ?? 'person';

const cases: {
  description: string;
  key: keyof typeof chartEn;
  param: string;
  expected: (n: number) => string;
}[] = [
  {
    description: 'the summary’s hidden challenges: “her” does not mutate, “wedi’i” for one',
    key: 'summary.suppressed',
    param: 'count',
    expected: (n) => `Ni ddangosir ${n} her (wedi’${n === 1 ? 'i' : 'u'} marcio â *).`,
  },
  {
    description: 'the live announcement: “ymatebydd” does not mutate',
    key: 'live.updated',
    param: 'count',
    expected: (n) => `Diweddarwyd y siart: ${n} ymatebydd.`,
  },
  {
    description: 'the live batch note: “ymateb” does not mutate',
    key: 'live.batch',
    param: 'batch',
    expected: (n) =>
      `Mae’r siart yn cael ei diweddaru ar ôl pob ${n} ymateb, fel na ellir adnabod atebion neb.`,
  },
  {
    description: 'the live minimum-base note: “person” mutates after 2, 3 and 6',
    key: 'note.suppressed',
    param: 'count',
    expected: (n) =>
      `* Nododd llai nag ${n} ${person(n)} yr her honno, neu roedd llai nag ${n} heb ei nodi, felly ni ddangosir ei ffigurau.`,
  },
  {
    description: 'the NHS note: “person” mutates after 2, 3 and 6',
    key: 'note.suppressed.nhs',
    param: 'count',
    expected: (n) => `* Nododd llai nag ${n} ${person(n)} yr her honno, felly ni ddangosir ei ffigurau.`,
  },
  {
    description: 'the survey note: “person” mutates after 2, 3 and 6',
    key: 'note.suppressed.survey',
    param: 'count',
    expected: (n) =>
      `* Sgoriodd llai nag ${n} ${person(n)} yr her honno, neu mae ei ffigurau wedi’u cuddio fel na ellir cyfrifo ffigur cudd arall.`,
  },
];

describe('Welsh counts in the chart', () => {
  for (const c of cases) {
    it(`${c.description} (${COUNTS.join(', ')})`, () => {
      assert.deepEqual(
        COUNTS.map((n) => cy.t(c.key, { [c.param]: n })),
        COUNTS.map((n) => c.expected(n)),
      );
    });
  }

  it('bar names and the summary put the singular “ymatebydd” after the value’s number', () => {
    for (const n of COUNTS) {
      const value = cy.t('value.percent', { percent: '42%', base: n });
      const interval = { label: 'Her', group: 'Caerdydd', value, low: '30%', high: '55%' };
      assert.equal(cy.t('aria.bar.interval', interval), `Her: 42% o ${n} ymatebydd, cyfwng 95% 30% i 55%`);
      assert.equal(
        cy.t('aria.bar.interval.group', interval),
        `Her, Caerdydd: 42% o ${n} ymatebydd, cyfwng 95% 30% i 55%`,
      );
      assert.equal(cy.t('summary.item', { label: 'Her', value }), `Her, 42% o ${n} ymatebydd`);
    }
  });

  it('no count is followed by “o” and a plural noun', () => {
    for (const [key, message] of Object.entries(chartCy))
      for (const text of texts(message))
        // "{percent} o {base}" (42% of 57) is a share, not a count with "o".
        assert.doesNotMatch(text, /\{\w+\} o \p{L}/u, `${key}: ${text}`);
    for (const c of cases)
      for (const n of COUNTS)
        assert.doesNotMatch(cy.t(c.key, { [c.param]: n }), /\d o \p{L}/u, `${c.key} for ${n}`);
  });
});
