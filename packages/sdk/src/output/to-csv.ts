/**
 * An Analysis as CSV for Excel: core's summary columns first (`group, challenge_id, label,
 * identified, base, proportion, ci_low, ci_high, suppressed`), then mean, median, sd, the shares
 * of low / neutral / high ratings and one count per scale value. Formula-safe (OWASP), with a
 * BOM, numbers kept as numbers; a withheld figure is `*`.
 */
import { SUMMARY_COLUMNS, toCsv, type CsvValue } from '@netweave/model';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';

const v = (x: number | null | undefined, suppressed: boolean): CsvValue =>
  x === null || x === undefined ? (suppressed ? '*' : '') : x;

export function analysisToCsv(analysis: Analysis, options: { bom?: boolean } = {}): string {
  const scale = analysis.challenges[0]?.distribution.map((d) => d.value) ?? [];
  const header = [
    ...SUMMARY_COLUMNS,
    'mean',
    'median',
    'sd',
    'pct_low',
    'pct_neutral',
    'pct_high',
    ...scale.map((s) => `n_${s}`),
    'disclosure',
  ];
  const rows: CsvValue[][] = [header];
  const push = (group: string, c: ChallengeStats) => {
    const s = c.suppressed;
    rows.push([
      group,
      c.id,
      c.label,
      v(c.identified, s),
      v(c.base, s),
      v(c.proportion, s),
      v(c.interval?.[0], s),
      v(c.interval?.[1], s),
      c.suppressed,
      v(c.mean, s),
      v(c.median, s),
      v(c.sd, s),
      v(c.pctLow, s),
      v(c.pctNeutral, s),
      v(c.pctHigh, s),
      ...c.distribution.map((d) => v(d.count, s)),
      analysis.disclosure.rule,
    ]);
  };
  for (const c of [...analysis.challenges, analysis.other]) push('', c);
  for (const g of analysis.groups) for (const c of [...g.challenges, g.other]) push(g.label, c);
  return toCsv(rows, { bom: options.bom });
}
