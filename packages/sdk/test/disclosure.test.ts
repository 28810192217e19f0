import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE, validateSummary } from '@netweave/model';
import {
  accumulate,
  analyse,
  analysisToCsv,
  analysisToMarkdown,
  applyDisclosure,
  nhsRound,
  readCsv,
  renderHtmlReport,
  toFrequencySummary,
  type Analysis,
} from '../src/index.js';
import { csv, row } from './helpers.js';

test('nhs rounding: 0 stays 0, 1–7 hidden, others to the nearest 5', () => {
  const cases: [number, number | null][] = [
    [0, 0],
    [1, null],
    [7, null],
    [8, 10],
    [12, 10],
    [13, 15],
    [22, 20],
    [23, 25],
    [100, 100],
  ];
  for (const [input, expected] of cases) assert.equal(nhsRound(input), expected, String(input));
});

/** n respondents in a session/sector, each rating every challenge `rating`. */
function rows(prefix: string, n: number, rating: number, extra: Parameters<typeof row>[2] = {}): string[] {
  return [...Array(n)].map((_, i) => row(`${prefix}${i}`, Array(9).fill(rating), extra));
}

function analysisOf(lines: string[], by: ('sector' | 'session')[] = []): Analysis {
  const { responses } = readCsv(csv(...lines));
  return analyse(accumulate(responses, DEFAULT_CATALOGUE, by), { catalogue: DEFAULT_CATALOGUE });
}

test('nhs: percentages and intervals come from the rounded counts; means from fewer than 8 values hidden', () => {
  const a = analysisOf([...rows('a', 13, 4), ...rows('b', 9, 0)]);
  const d = applyDisclosure(a, 'nhs');
  const c = d.challenges[0]!;
  assert.equal(c.base, 20); // 22 → 20
  assert.equal(c.identified, 15); // 13 → 15
  assert.equal(c.proportion, 15 / 20);
  assert.equal(d.respondents, 20);
  assert.equal(d.disclosure.rule, 'nhs');
  const small = applyDisclosure(analysisOf(rows('a', 6, 3)), 'nhs').challenges[0]!;
  assert.equal(small.base, null);
  assert.equal(small.mean, null);
  assert.equal(small.median, null);
  assert.equal(small.suppressed, true);
});

test('survey: results from fewer than 10 respondents hidden, with secondary suppression across groups', () => {
  const a = analysisOf(
    [
      ...rows('n', 30, 3, { sector: 'nhs' }),
      ...rows('v', 4, 1, { sector: 'vcse' }),
      ...rows('h', 12, 2, { sector: 'housing' }),
      ...rows('l', 20, 4, { sector: 'council' }),
    ],
    ['sector'],
  );
  const d = applyDisclosure(a, 'survey');
  const bySector = Object.fromEntries(d.groups.map((g) => [g.key, g]));
  assert.equal(bySector.vcse!.challenges[0]!.suppression, 'primary');
  // housing (12) is the smallest shown group: hidden too, or vcse = total − nhs − council − housing
  assert.equal(bySector.housing!.challenges[0]!.suppression, 'secondary');
  assert.equal(bySector.housing!.challenges[0]!.base, null);
  assert.equal(bySector.nhs!.challenges[0]!.base, 30);
  assert.equal(d.challenges[0]!.base, 66);
  assert.equal(bySector.vcse!.respondents, null);
  assert.equal(bySector.housing!.respondents, null);
  assert.ok(d.notes.some((n) => /secondary/.test(n)));
  // no group's hidden base can be recovered: at least two hidden per challenge
  for (let i = 0; i < 9; i++) assert.ok(d.groups.filter((g) => g.challenges[i]!.base === null).length !== 1);
});

test('none shows everything and says it is not for publication', () => {
  const d = applyDisclosure(analysisOf(rows('a', 3, 3)), 'none');
  assert.equal(d.challenges[0]!.base, 3);
  assert.match(d.disclosure.description, /not for publication/);
});

test('every output records the rule applied', () => {
  const d = applyDisclosure(
    analysisOf([...rows('a', 30, 3, { sector: 'nhs' }), ...rows('b', 5, 1, { sector: 'vcse' })], ['sector']),
    'survey',
  );
  const summary = toFrequencySummary(d);
  assert.equal(validateSummary(summary).success, true);
  assert.equal(summary.disclosure.rule, 'survey');
  assert.equal(summary.groups!.find((g) => g.key === 'vcse')!.challenges[0]!.suppressed, true);
  assert.match(analysisToCsv(d), /,survey\r\n/);
  assert.match(analysisToMarkdown(d), /Disclosure control \(survey\)/);
  assert.match(renderHtmlReport(d), /Disclosure control \(survey\)/);
});

test('CSV export: BOM, formula-safe text, numbers as numbers, * for withheld', () => {
  const a = analysisOf([...rows('a', 20, 3), ...rows('b', 3, 1)]);
  a.challenges[0]!.label = '=HYPERLINK("http://evil")';
  const out = analysisToCsv(applyDisclosure(a, 'nhs'));
  assert.ok(out.startsWith('\uFEFF'));
  assert.ok(out.includes(`"'=HYPERLINK(""http://evil"")"`));
  const lines = out.slice(1).split('\r\n');
  const cells = lines[1]!.split(',');
  assert.equal(cells[4], '25'); // base 23 → 25, a bare number
  assert.ok(out.includes(',*,'));
});

test('the HTML report is self-contained, escapes text and inlines the chart', () => {
  const a = analysisOf(rows('a', 20, 3));
  a.challenges[0]!.label = '<script>alert(1)</script>';
  const html = renderHtmlReport(applyDisclosure(a, 'nhs'), { title: 'Report <b>' });
  assert.ok(!html.includes('<script>'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.match(html, /<svg [^>]*role="img"/);
  assert.ok(!/\b(src|href)="https?:/.test(html), 'no external requests');
  assert.match(html, /<title>Report &lt;b&gt;<\/title>/);
});

test('nhs: a small cell in the distribution hides that cell, not the challenge’s frequency', () => {
  // 20 respondents: 3 rate 0 (a hidden cell), 17 rate 4
  const d = applyDisclosure(analysisOf([...rows('a', 17, 4), ...rows('b', 3, 0)]), 'nhs');
  const c = d.challenges[0]!;
  assert.equal(c.distribution[0]!.count, null);
  assert.equal(c.base, 20);
  assert.equal(c.identified, 15);
  const summary = toFrequencySummary(d);
  assert.equal(summary.challenges[0]!.suppressed, false);
  assert.equal(summary.challenges[0]!.proportion, 0.75);
});
