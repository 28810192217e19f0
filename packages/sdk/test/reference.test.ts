/**
 * Statistics checked against an independent implementation. REFERENCE was computed ONCE with
 * pandas 1.5.3 and statsmodels 0.13.5 (Debian bookworm python3-pandas, python3-statsmodels) by
 * test/reference/compute.py on test/fixtures/reference-responses.csv (made by
 * test/reference/make-fixture.mjs): base/identified by counting, Wilson intervals with
 * statsmodels proportion_confint(method='wilson'), mean, SD (ddof=1) and median with pandas,
 * group sizes with DataFrame.groupby().size(), Cronbach's alpha from DataFrame.cov() on complete
 * cases, standardised alpha from the mean inter-item DataFrame.corr(), and corrected item-total
 * correlations with Series.corr(total - item).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '@netweave/model';
import { accumulate, analyse, readCsv, type Analysis } from '../src/index.js';

const REFERENCE = {
  challenges: {
    'building-relationships': {
      base: 210,
      identified: 35,
      lo: 0.12234699633555329,
      hi: 0.2229623708373022,
      mean: 1.4761904761904763,
      sd: 0.9791631823694692,
      median: 1.0,
    },
    'evaluating-your-network': {
      base: 226,
      identified: 74,
      lo: 0.26958081933865424,
      hi: 0.39105481880855214,
      mean: 2.02212389380531,
      sd: 0.9449030062650715,
      median: 2.0,
    },
    'finding-the-time': {
      base: 225,
      identified: 99,
      lo: 0.3766859632396503,
      hi: 0.5053284228810241,
      mean: 2.4133333333333336,
      sd: 0.9787017640002202,
      median: 2.0,
    },
    'generating-ideas': {
      base: 220,
      identified: 40,
      lo: 0.1364577070437662,
      hi: 0.2380996214440474,
      mean: 1.5227272727272727,
      sd: 0.9672404932877555,
      median: 1.0,
    },
    'hassles-with-hierarchies': {
      base: 217,
      identified: 63,
      lo: 0.23399305889615943,
      hi: 0.3539466310246321,
      mean: 1.9262672811059909,
      sd: 1.0732873448086344,
      median: 2.0,
    },
    'ideas-to-action': {
      base: 219,
      identified: 107,
      lo: 0.4231502903589742,
      hi: 0.5544122331208995,
      mean: 2.529680365296804,
      sd: 0.9398347444664343,
      median: 2.0,
    },
    'inclusivity-and-diversity': {
      base: 220,
      identified: 30,
      lo: 0.09721661085910066,
      hi: 0.1879917645555434,
      mean: 1.481818181818182,
      sd: 0.9482675207936367,
      median: 2.0,
    },
    'network-mapping': {
      base: 215,
      identified: 67,
      lo: 0.2534815748011191,
      hi: 0.37638746173109183,
      mean: 1.9906976744186047,
      sd: 0.9618454695207314,
      median: 2.0,
    },
    'peer-support': {
      base: 221,
      identified: 105,
      lo: 0.41026277844789755,
      hi: 0.540813859918996,
      mean: 2.4705882352941178,
      sd: 0.9367711070223456,
      median: 2.0,
    },
  },
  groups: {
    sector: {
      '': 6,
      education: 9,
      housing: 20,
      'local-government': 44,
      nhs: 93,
      other: 5,
      'social-care': 37,
      vcse: 26,
    },
    session: {
      's-feb': 90,
      's-jan': 100,
      's-mar': 50,
    },
    nation: {
      '': 49,
      england: 38,
      'northern-ireland': 48,
      scotland: 59,
      wales: 46,
    },
    session_base_finding_the_time: {
      's-feb': 86,
      's-jan': 94,
      's-mar': 45,
    },
  },
  alpha: {
    n: 110,
    raw: 0.9079179830488755,
    standardised: 0.9081715987628222,
    itemTotal: {
      'building-relationships': 0.6984373178133261,
      'evaluating-your-network': 0.646109999147689,
      'finding-the-time': 0.6963080685769196,
      'generating-ideas': 0.5814620258018961,
      'hassles-with-hierarchies': 0.72781981188635,
      'ideas-to-action': 0.7222620236278694,
      'inclusivity-and-diversity': 0.7376782100587962,
      'network-mapping': 0.6499111117379803,
      'peer-support': 0.7147148838202441,
    },
  },
} as const;

const close = (actual: number | null | undefined, expected: number, what: string, tolerance = 1e-9) =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual} ≠ ${expected}`,
  );

const text = readFileSync(new URL('./fixtures/reference-responses.csv', import.meta.url), 'utf8');
const { responses, issues } = readCsv(text, { file: 'reference-responses.csv' });

function run(by: Parameters<typeof accumulate>[2] = []): Analysis {
  return analyse(accumulate(responses, DEFAULT_CATALOGUE, by, { reliability: true }), {
    catalogue: DEFAULT_CATALOGUE,
  });
}

test('the fixture reads cleanly', () => {
  assert.equal(responses.length, 240);
  assert.deepEqual(issues, []);
});

test('base, identified, Wilson interval, mean, SD and median match pandas/statsmodels', () => {
  const analysis = run();
  for (const c of analysis.challenges) {
    const ref = REFERENCE.challenges[c.id as keyof typeof REFERENCE.challenges];
    assert.equal(c.base, ref.base, `${c.id} base`);
    assert.equal(c.identified, ref.identified, `${c.id} identified`);
    close(c.interval?.[0], ref.lo, `${c.id} Wilson low`);
    close(c.interval?.[1], ref.hi, `${c.id} Wilson high`);
    close(c.mean, ref.mean, `${c.id} mean`);
    close(c.sd, ref.sd, `${c.id} SD`);
    close(c.median, ref.median, `${c.id} median`);
  }
});

test('group counts match pandas groupby', () => {
  for (const dim of ['sector', 'session', 'nation'] as const) {
    const analysis = run([dim]);
    const counts = Object.fromEntries(analysis.groups.map((g) => [g.key, g.respondents]));
    assert.deepEqual(counts, REFERENCE.groups[dim], dim);
  }
  const bySession = run(['session']);
  const bases = Object.fromEntries(
    bySession.groups.map((g) => [g.key, g.challenges.find((c) => c.id === 'finding-the-time')!.base]),
  );
  assert.deepEqual(bases, REFERENCE.groups.session_base_finding_the_time);
});

test("Cronbach's alpha (raw, standardised) and item-total correlations match pandas", () => {
  const r = run().reliability!;
  assert.equal(r.n, REFERENCE.alpha.n);
  close(r.alpha, REFERENCE.alpha.raw, 'alpha', 1e-9);
  close(r.standardisedAlpha, REFERENCE.alpha.standardised, 'standardised alpha', 1e-9);
  for (const item of r.itemStats)
    close(
      item.itemTotal,
      REFERENCE.alpha.itemTotal[item.id as keyof typeof REFERENCE.alpha.itemTotal],
      `${item.id} item-total`,
      1e-9,
    );
});
