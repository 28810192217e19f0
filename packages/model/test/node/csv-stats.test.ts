import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  CsvSyntaxError,
  DEFAULT_CATALOGUE,
  Localizer,
  setWelshFormats,
  welshFormats,
  commitmentsToCsv,
  csvCell,
  normaliseLocale,
  parseCsv,
  responseColumns,
  responsesToCsv,
  summaryToCsv,
  toCsv,
  type AssessmentResponse,
} from '../../src/index.js';
import { summariseResponses, wilson } from '../../src/lib/stats.js';

// As each widget's Welsh wording does: Welsh dates, times and lists from netweave's own tables.
setWelshFormats(welshFormats);

describe('formula-safe CSV (OWASP)', () => {
  for (const [input, expected] of [
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 more', `"'+1 more"`],
    ['-everyone', `"'-everyone"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['\n=cmd', `"'\n=cmd"`],
  ] as const) {
    test(`${JSON.stringify(input)} cannot run as a formula`, () => assert.equal(csvCell(input), expected));
  }
  test('real numbers stay numbers, negative ones included', () => {
    assert.equal(csvCell(-3.5), '-3.5');
    assert.equal(csvCell('-3.5'), '-3.5');
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell(Number.NaN), '');
  });
  test('commas, quotes and line breaks are quoted', () => {
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('line one\nline two'), '"line one\nline two"');
  });
  test('files start with a BOM so Excel reads Welsh letters', () => {
    const csv = toCsv([['Gŵyl', 'ŷ']]);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.equal(parseCsv(csv)[0]![0], 'Gŵyl');
    assert.equal(toCsv([['a']], { bom: false }), 'a\r\n');
  });
});

describe('canonical CSV v1', () => {
  const response: AssessmentResponse = {
    id: 'r1',
    sessionId: 's1',
    submittedAt: '2026-03-12T10:00:00.000Z',
    catalogueVersion: '2024.1',
    respondent: { sector: 'vcse', nation: 'wales', region: '=cmd' },
    ratings: { 'finding-the-time': 4, 'network-mapping': null },
    otherChallenge: { text: 'Parcio, "ceir"', rating: 2 },
  };
  test('responses: fixed columns, one per challenge in catalogue order, then the other challenge', () => {
    const rows = parseCsv(responsesToCsv([response], DEFAULT_CATALOGUE));
    assert.deepEqual(rows[0], responseColumns(DEFAULT_CATALOGUE));
    assert.equal(rows[0]!.length, 7 + 9 + 2);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    assert.equal(row['finding-the-time'], '4');
    assert.equal(row['network-mapping'], '', 'Not sure is empty, never 0');
    assert.equal(row['region'], "'=cmd");
    assert.equal(row['other_challenge'], 'Parcio, "ceir"');
    assert.equal(row['other_rating'], '2');
  });
  test('commitments', () => {
    const rows = parseCsv(
      commitmentsToCsv([
        {
          id: 'c1',
          sessionId: 's1',
          createdAt: '2026-03-12T10:00:00.000Z',
          text: '@everyone read this',
          column: 'commitments',
          sector: null,
          status: 'visible',
          reactions: 2,
        },
      ]),
    );
    assert.deepEqual(rows[0], [
      'commitment_id',
      'session_id',
      'created_at',
      'column',
      'text',
      'sector',
      'status',
    ]);
    assert.deepEqual(rows[1], [
      'c1',
      's1',
      '2026-03-12T10:00:00.000Z',
      'commitments',
      "'@everyone read this",
      '',
      'visible',
    ]);
  });
  test('an unterminated quote is reported with its row', () => {
    assert.throws(
      () => parseCsv('a,b\n1,"never closed\n2,3\n'),
      (e: unknown) => e instanceof CsvSyntaxError && e.row === 2,
    );
  });
});

describe('Wilson score interval', () => {
  // Reference values: Newcombe RG (1998), Two-sided confidence intervals for the single proportion,
  // Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score without continuity correction).
  for (const [x, n, lo, hi] of [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ] as const) {
    test(`${x}/${n} → ${lo}–${hi}`, () => {
      const [a, b] = wilson(x, n)!;
      assert.ok(Math.abs(a - lo) < 5e-5, `${a}`);
      assert.ok(Math.abs(b - hi) < 5e-5, `${b}`);
    });
  }
  test('no interval without respondents', () => assert.equal(wilson(0, 0), null));
});

describe('summariseResponses', () => {
  const make = (i: number, rating: number | null, other: number | null = 0): AssessmentResponse => ({
    id: `r${i}`,
    sessionId: 's',
    submittedAt: '2026-03-12T10:00:00.000Z',
    catalogueVersion: '2024.1',
    respondent: { sector: null, nation: null, region: null },
    ratings: { 'finding-the-time': rating, 'network-mapping': other },
    otherChallenge: null,
  });
  test('frequency is identified ÷ rated, Not sure excluded from the base', () => {
    // 20 respondents: 10 rate finding-the-time ≥ 3, 8 rate it lower, 2 are not sure.
    const responses = [
      ...Array.from({ length: 10 }, (_, i) => make(i, 3 + (i % 2))),
      ...Array.from({ length: 8 }, (_, i) => make(10 + i, i % 3)),
      make(18, null),
      make(19, null),
    ];
    const s = summariseResponses(responses, DEFAULT_CATALOGUE);
    const time = s.challenges.find((c) => c.id === 'finding-the-time')!;
    assert.equal(time.base, 18);
    assert.equal(time.identified, 10);
    assert.equal(time.proportion, 10 / 18);
    assert.deepEqual(time.interval, wilson(10, 18));
    assert.equal(s.respondents, 20);
    // Nobody identified network mapping (all rated 0): zero stays zero, not suppressed.
    const mapping = s.challenges.find((c) => c.id === 'network-mapping')!;
    assert.equal(mapping.identified, 0);
    assert.equal(mapping.suppressed, false);
    // Unrated challenges have base 0 and are suppressed (no misleading 0%).
    assert.equal(s.challenges.find((c) => c.id === 'peer-support')!.suppressed, true);
  });
  test('small numbers are suppressed: nothing from 1 to 7 can be read or worked out', () => {
    const responses = [
      ...Array.from({ length: 3 }, (_, i) => make(i, 4)),
      ...Array.from({ length: 20 }, (_, i) => make(10 + i, 1)),
    ];
    const time = summariseResponses(responses, DEFAULT_CATALOGUE).challenges.find(
      (c) => c.id === 'finding-the-time',
    )!;
    assert.deepEqual(
      [time.suppressed, time.identified, time.base, time.proportion, time.interval],
      [true, null, null, null, null],
    );
  });
  test('the summary as CSV has the documented columns and Welsh labels when asked', () => {
    const s = summariseResponses([], DEFAULT_CATALOGUE, { locale: 'cy' });
    const rows = parseCsv(summaryToCsv(s));
    assert.deepEqual(rows[0], [
      'group',
      'challenge_id',
      'label',
      'identified',
      'base',
      'proportion',
      'ci_low',
      'ci_high',
      'suppressed',
    ]);
    assert.equal(rows[1]![2], 'Meithrin perthnasoedd');
  });
});

describe('Localizer', () => {
  const tables = {
    en: { new: { one: '{count} new commitment', other: '{count} new commitments' }, hello: 'Hello {name}' },
    cy: {
      new: {
        zero: '{count} ymrwymiad newydd',
        one: '{count} ymrwymiad newydd',
        two: '{count} ymrwymiad newydd',
        few: '{count} ymrwymiad newydd',
        many: '{count} o ymrwymiadau newydd',
        other: '{count} o ymrwymiadau newydd',
      },
      hello: 'Helo {name}',
    },
  };
  test('English plurals', () => {
    const l = new Localizer(tables, 'en');
    assert.equal(l.t('new', { count: 1 }), '1 new commitment');
    assert.equal(l.t('new', { count: 3 }), '3 new commitments');
    assert.equal(l.t('new', { count: 1200 }), '1,200 new commitments');
  });
  test('Welsh uses its six plural categories', () => {
    const l = new Localizer(tables, 'cy');
    assert.equal(l.t('new', { count: 6 }), '6 o ymrwymiadau newydd'); // many
    assert.equal(l.t('new', { count: 3 }), '3 ymrwymiad newydd'); // few
    assert.equal(l.t('new', { count: 11 }), '11 o ymrwymiadau newydd'); // other
  });
  test('partner overrides win, per locale, and fall back to netweave’s wording', () => {
    const l = new Localizer(tables, 'cy', { cy: { hello: 'Shwmae {name}' } });
    assert.equal(l.t('hello', { name: 'Siân' }), 'Shwmae Siân');
    assert.equal(
      new Localizer(tables, 'en', { cy: { hello: 'Shwmae' } }).t('hello', { name: 'Sam' }),
      'Hello Sam',
    );
  });
  test('a partner’s plural without the form needed (or without "other") falls back, never throws', () => {
    const partial = { cy: { new: { one: 'Un ymrwymiad newydd' } } } as never;
    const l = new Localizer(tables, 'cy', partial);
    assert.equal(l.t('new', { count: 1 }), 'Un ymrwymiad newydd');
    assert.equal(l.t('new', { count: 6 }), '6 o ymrwymiadau newydd');
    const junk = new Localizer(tables, 'en', { en: { hello: 42, new: null } } as never);
    assert.equal(junk.t('hello', { name: 'Sam' }), 'Hello Sam');
    assert.equal(junk.t('new', { count: 2 }), '2 new commitments');
    // a plural whose forms are not text: netweave's wording, not the key or "[object Object]"
    const odd = new Localizer(tables, 'en', { en: { new: { one: 5, other: {} } } } as never);
    assert.equal(odd.t('new', { count: 3 }), '3 new commitments');
  });
  test('percentages, dates and lists follow the locale', () => {
    const en = new Localizer(tables, 'en');
    const cy = new Localizer(tables, 'cy');
    assert.equal(en.percent(0.4213), '42%');
    assert.equal(en.date('2026-03-12T10:00:00Z'), '12 March 2026');
    assert.equal(cy.date('2026-03-12T10:00:00Z'), '12 Mawrth 2026');
    assert.equal(en.list(['a', 'b', 'c']), 'a, b and c');
    assert.equal(cy.list(['Caerdydd', 'Bangor', 'Wrecsam']), 'Caerdydd, Bangor a Wrecsam');
    assert.equal(cy.list(['Bangor', 'Abertawe']), 'Bangor ac Abertawe');
    assert.equal(cy.list(['Bangor', 'Abertawe'], 'disjunction'), 'Bangor neu Abertawe');
  });
  test('Welsh dates, times and lists come from our own tables, mutations included', () => {
    const cy = new Localizer(tables, 'cy');
    const utc = { timeZone: 'UTC' } as const;
    const d = new Date('2026-11-18T20:35:00Z');
    assert.equal(cy.date(d, { day: 'numeric', month: 'long', year: 'numeric', ...utc }), '18 Tachwedd 2026');
    assert.equal(cy.date(d, { day: 'numeric', month: 'long', ...utc }), '18 Tachwedd');
    assert.equal(
      cy.date(d, { weekday: 'long', day: 'numeric', month: 'long', ...utc }),
      'dydd Mercher 18 Tachwedd',
    );
    assert.equal(cy.date(d, { dateStyle: 'medium', timeStyle: 'short', ...utc }), '18 Tach 2026, 20:35');
    assert.equal(cy.date(d, { dateStyle: 'long', timeStyle: 'short', ...utc }), '18 Tachwedd 2026 am 20:35');
    assert.equal(cy.time(d, { hour: '2-digit', minute: '2-digit', ...utc }), '20:35');
    assert.equal(
      cy.date(new Date('2027-01-03T09:05:00Z'), { day: 'numeric', month: 'short', ...utc }),
      '3 Ion',
    );
    assert.equal(cy.list(['Lloegr', 'Cymru'], 'disjunction'), 'Lloegr neu Gymru');
    assert.equal(cy.list(['Addysg', 'Tai']), 'Addysg a Thai');
    assert.equal(cy.list(['Tai', 'Gofal cymdeithasol'], 'disjunction'), 'Tai neu Ofal cymdeithasol');
    assert.equal(cy.list(['Tai', 'GIG']), 'Tai a GIG');
    assert.equal(cy.list(['Tai', 'GIG'], 'disjunction'), 'Tai neu GIG');
    assert.equal(cy.list(['Tai']), 'Tai');
  });
  test('locale tags are normalised', () => {
    assert.equal(normaliseLocale('cy-GB'), 'cy');
    assert.equal(normaliseLocale('en-US'), 'en');
    assert.equal(normaliseLocale(''), 'en');
  });
});

test('whole numbers read as Intl would write them, in English and Welsh, without starting ICU', () => {
  for (const locale of ['en', 'cy'] as const) {
    const t = new Localizer({ en: {}, cy: {} }, locale);
    const intl = new Intl.NumberFormat(locale === 'cy' ? 'cy' : 'en');
    for (const n of [0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -1_234_567, 2 ** 53 - 1]) {
      assert.equal(t.number(n), intl.format(n), `${locale} ${n}`);
    }
    // fractions and negative zero still go through Intl
    assert.equal(t.number(1234.5), intl.format(1234.5));
    assert.equal(t.number(-0), intl.format(-0));
  }
});
