/**
 * The SDK's Welsh counts (report, CLI, reading problems, disclosure notes), written as core's, the
 * wall's, the self-assessment's and the chart's Welsh write them: the number in digits, then the
 * singular noun, mutated only where the spoken numeral mutates it (dau destun, tri thestun, chwe
 * thestun; dwy res); never "{count} o" and the plural. Each counted message is rendered for 0, 1,
 * 2, 3, 6 and 8 (Welsh's zero, one, two, few, many and other).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Localizer, type Message, type Params } from '@netweave/model';
import { reportCy, reportEn } from '../src/output/report-strings.js';
import { sdkCy, sdkEn } from '../src/strings.js';
import { cliCy, cliEn } from '../src/cli/strings.js';
import { disclosureNotesCy, disclosureNotesEn } from '../src/disclosure/apply.js';
import { DISCLOSURE_DESCRIPTIONS } from '../src/disclosure/rules.js';

const COUNTS = [0, 1, 2, 3, 6, 8] as const;

type Table = Record<string, Message>;
const tables: Record<string, { en: Table; cy: Table }> = {
  report: { en: reportEn, cy: reportCy },
  sdk: { en: sdkEn, cy: sdkCy },
  cli: { en: cliEn, cy: cliCy },
  disclosure: { en: disclosureNotesEn, cy: disclosureNotesCy },
};

/** The noun as the spoken numeral leaves it: soft after dau/dwy, aspirate after tri and chwe. */
const testun = (n: number) => ({ 2: 'destun', 3: 'thestun', 6: 'thestun' })[n] ?? 'testun';
const canlyniad = (n: number) => ({ 2: 'ganlyniad', 3: 'chanlyniad', 6: 'chanlyniad' })[n] ?? 'canlyniad';

const cases: {
  description: string;
  table: keyof typeof tables;
  key: string;
  params?: Params;
  expected: (n: number) => string;
}[] = [
  {
    description: 'a group’s heading',
    table: 'report',
    key: 'group.heading',
    params: { label: 'Caerdydd' },
    expected: (n) => `Caerdydd (${n} ymatebydd)`,
  },
  {
    description: 'respondents who named another challenge',
    table: 'report',
    key: 'other.respondents',
    expected: (n) => `Enwodd ${n} ymatebydd her arall.`,
  },
  {
    description: 'texts that matched no keyword: dau destun, tri thestun, chwe thestun',
    table: 'report',
    key: 'other.unmatchedCount',
    expected: (n) => `Ni chyfatebodd ${n} ${testun(n)} gwahanol i unrhyw allweddair yn y llyfr codau.`,
  },
  {
    description: 'texts withheld as personal data',
    table: 'report',
    key: 'other.withheld',
    expected: (n) =>
      `Roedd ${n} ${testun(n)} yn edrych fel data personol, ac ${
        n === 1 ? 'nid yw’n cael ei ddangos' : 'nid ydynt yn cael eu dangos'
      }.`,
  },
  {
    description: 'the commitments counted',
    table: 'report',
    key: 'commitments.total',
    expected: (n) => `${n} ymrwymiad (heb gynnwys rhai cudd).`,
  },
  {
    description: 'commitments that matched no keyword',
    table: 'report',
    key: 'commitments.unmatched',
    expected: (n) => `Ni chyfatebodd ${n} i unrhyw allweddair yn y llyfr codau.`,
  },
  {
    description: 'reliability in Markdown',
    table: 'report',
    key: 'reliability.md',
    params: { alpha: '0.81', standardised: '0.82' },
    expected: (n) => `Alffa Cronbach 0.81 (safonedig 0.82), ${n} ymateb cyflawn.`,
  },
  {
    description: 'reliability in the HTML report',
    table: 'report',
    key: 'reliability.html',
    params: { alpha: '0.81', standardised: '0.82' },
    expected: (n) => `Alffa Cronbach 0.81 (safonedig 0.82) gan ${n} ymatebydd a roddodd sgôr i bob her.`,
  },
  {
    description: 'the sessions merged',
    table: 'report',
    key: 'methods.merged',
    params: { from: '12 Mawrth 2026', to: '3 Ebrill 2026' },
    expected: (n) =>
      `Cyfunwyd ymatebion o ${n} sesiwn rhwng 12 Mawrth 2026 a 3 Ebrill 2026; cyfrifwyd pob dynodydd ymateb a ailadroddwyd unwaith yn unig.`,
  },
  {
    description: 'a report of commitments only',
    table: 'report',
    key: 'empty.commitments',
    expected: (n) =>
      `Mae’r ffeiliau a ddarllenwyd yn cynnwys ${n} ymrwymiad a dim ymatebion, felly nid oes sgoriau i’w dangos mewn siart nac mewn tablau. ${
        n === 1
          ? 'Mae’r ymrwymiad wedi’i gyfrif isod; darllenwch allforyn yr ymatebion hunanasesu gydag ef'
          : 'Mae’r ymrwymiadau wedi’u cyfrif isod; darllenwch allforyn yr ymatebion hunanasesu gyda nhw'
      } i weld yr heriau, neu defnyddiwch \`netweave writeup\` i gael adroddiad sy’n rhestru beth ddywedodd pobl y byddan nhw’n ei wneud.`,
  },
  {
    description: 'the base sizes',
    table: 'report',
    key: 'bases.respondents',
    expected: (n) => `Ymatebwyr: ${n}.`,
  },
  {
    description: 'a row with the wrong number of values: dau werth',
    table: 'sdk',
    key: 'reason.field-count',
    params: { expected: 5 },
    expected: (n) => `mae ganddi ${n} ${n === 2 ? 'werth' : 'gwerth'} lle mae gan y pennawd 5`,
  },
  {
    description: 'a record too long: “nod” does not mutate',
    table: 'sdk',
    key: 'reason.record-too-long',
    expected: (n) => `mae’n hirach nag ${n} nod, sy’n fwy nag unrhyw allforyn, felly cafodd ei hepgor`,
  },
  {
    description: 'a header too long',
    table: 'sdk',
    key: 'reason.header-too-long',
    expected: (n) =>
      `mae’n hirach nag ${n} nod, felly ni all fod yn rhes o enwau colofnau ac ni ddarllenwyd y ffeil`,
  },
  {
    description: 'too many other-challenge texts: the number comes last in a plain string',
    table: 'sdk',
    key: 'reason.too-many-texts',
    expected: (n) =>
      `mae nifer y testunau her arall gwahanol sydd ganddi yn fwy nag ${n}; cafodd y gweddill eu cyfrif gyda’i gilydd`,
  },
  {
    description: 'the totals per file: dwy res, and the duplicates after their noun',
    table: 'cli',
    key: 'file.summary',
    params: { file: 'a.csv', accepted: 1, rejected: 0, duplicates: 2 },
    expected: (n) =>
      `a.csv: darllenwyd ${n} ${n === 2 ? 'res' : 'rhes'}, cadwyd 1, hepgorwyd 0, dyblygion a ollyngwyd: 2`,
  },
  {
    description: 'problems not listed',
    table: 'cli',
    key: 'file.more',
    params: { file: 'a.csv' },
    expected: (n) => `… a ${n} arall heb eu rhestru yn a.csv`,
  },
  {
    description: 'the command line’s note on commitments only',
    table: 'cli',
    key: 'note.commitmentsOnly',
    params: { files: 'c.csv' },
    expected: (n) =>
      n === 1
        ? 'Mae c.csv yn cynnwys 1 ymrwymiad a dim ymatebion: mae’r allbwn yn ei gyfrif, ond mae ffigurau’r heriau angen allforyn yr ymatebion hunanasesu (CSV neu JSON) wedi’i ddarllen gydag ef.'
        : `Mae c.csv yn cynnwys ${n} ymrwymiad a dim ymatebion: mae’r allbwn yn eu cyfrif, ond mae ffigurau’r heriau angen allforyn yr ymatebion hunanasesu (CSV neu JSON) wedi’i ddarllen gyda nhw.`,
  },
  {
    description: 'results withheld: dau ganlyniad, tri chanlyniad, chwe chanlyniad',
    table: 'disclosure',
    key: 'note.primary',
    expected: (n) =>
      `Cafodd ${n} ${canlyniad(n)} ${n === 1 ? 'ei atal' : 'eu hatal'}, yn llawn neu’n rhannol, oherwydd niferoedd bach.`,
  },
  {
    description: 'more results withheld (secondary suppression)',
    table: 'disclosure',
    key: 'note.secondary',
    expected: (n) =>
      n === 1
        ? 'Cafodd 1 canlyniad arall ei atal fel na ellir ei gyfrifo drwy dynnu (atal eilaidd).'
        : `Cafodd ${n} ${canlyniad(n)} arall eu hatal fel na ellir cyfrifo’r un ohonynt drwy dynnu (atal eilaidd).`,
  },
];

for (const c of cases) {
  test(`Welsh ${c.table} ${c.key}: ${c.description} (${COUNTS.join(', ')})`, () => {
    const l = new Localizer(tables[c.table]!, 'cy');
    assert.deepEqual(
      COUNTS.map((count) => l.t(c.key, { ...c.params, count })),
      COUNTS.map((n) => c.expected(n)),
    );
  });
}

test('every Welsh message with a count is rendered above', () => {
  const counted = Object.entries(tables).flatMap(([name, { en, cy }]) =>
    Object.keys(en)
      .filter((key) => {
        const texts = [en[key]!, cy[key]!].flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
        return typeof en[key] !== 'string' || texts.some((t) => t.includes('{count}'));
      })
      .map((key) => `${name} ${key}`),
  );
  assert.deepEqual(counted.sort(), cases.map((c) => `${c.table} ${c.key}`).sort());
});

test('no number is followed by “o” and a plural, and “nag” comes before a number', () => {
  const welsh = [
    ...Object.entries(tables).flatMap(([name, { cy }]) =>
      Object.entries(cy).flatMap(([key, m]) =>
        (typeof m === 'string' ? [m] : Object.values(m)).map((text): [string, string] => [
          `${name} ${key}`,
          text,
        ]),
      ),
    ),
    ...Object.entries(DISCLOSURE_DESCRIPTIONS.cy).map(([rule, text]): [string, string] => [
      `disclosure rule ${rule}`,
      text,
    ]),
  ];
  for (const [where, text] of welsh) {
    assert.doesNotMatch(text, /(\{\w+\}|\d) o \p{L}/u, `${where}: ${text}`);
    assert.doesNotMatch(text, /(^|\s)na\s+(\d|\{)/u, `${where}: “nag” before a number: ${text}`);
  }
  for (const c of cases) {
    const l = new Localizer(tables[c.table]!, 'cy');
    for (const count of COUNTS)
      assert.doesNotMatch(l.t(c.key, { ...c.params, count }), /\d o \p{L}/u, `${c.key} for ${count}`);
  }
  assert.match(DISCLOSURE_DESCRIPTIONS.cy.survey, /ar lai nag 10 ymatebydd;/);
});
