/**
 * The figures reported for one challenge (or the other challenge), computed from its counts:
 * base, identified (rating ≥ threshold), proportion with a Wilson 95% interval (core's `wilson`),
 * mean, median, SD, the full distribution and the share of low / neutral / high ratings.
 */
import { wilson } from '@netweave/model/stats';
import { bandsOf, baseOf, identifiedOf, meanOf, medianOf, sdOf } from './distribution-stats.js';

export interface DistributionCell {
  value: number;
  label: string;
  /** Respondents who gave this rating; `null` when suppressed. */
  count: number | null;
}

export interface ChallengeStats {
  id: string;
  label: string;
  /** Respondents who rated it. */
  base: number | null;
  /** Respondents who rated it at or above the threshold. */
  identified: number | null;
  /** identified ÷ base. */
  proportion: number | null;
  /** Wilson 95% interval for the proportion. */
  interval: [number, number] | null;
  mean: number | null;
  median: number | null;
  sd: number | null;
  distribution: DistributionCell[];
  /** Counts below, at and above the middle of the scale. */
  low: number | null;
  neutral: number | null;
  high: number | null;
  /** Shares of the base (0–1). */
  pctLow: number | null;
  pctNeutral: number | null;
  pctHigh: number | null;
  /** Some figure here was withheld by disclosure control. */
  suppressed: boolean;
  /** Why: 'primary' (small numbers) or 'secondary' (could be worked out by subtraction). */
  suppression?: 'primary' | 'secondary';
}

const share = (part: number | null, base: number | null) =>
  part === null || base === null || base === 0 ? null : part / base;

export function challengeStats(
  id: string,
  label: string,
  counts: ArrayLike<number>,
  scale: readonly number[],
  threshold: number,
  scaleLabels: readonly string[] = scale.map(String),
): ChallengeStats {
  const base = baseOf(counts);
  const identified = identifiedOf(counts, scale, threshold);
  const bands = bandsOf(counts, scale);
  return {
    id,
    label,
    base,
    identified,
    proportion: share(identified, base),
    interval: wilson(identified, base),
    mean: meanOf(counts, scale),
    median: medianOf(counts, scale),
    sd: sdOf(counts, scale),
    distribution: scale.map((value, j) => ({
      value,
      label: scaleLabels[j] ?? String(value),
      count: counts[j]!,
    })),
    low: bands.low,
    neutral: bands.neutral,
    high: bands.high,
    pctLow: share(bands.low, base),
    pctNeutral: share(bands.neutral, base),
    pctHigh: share(bands.high, base),
    suppressed: false,
  };
}

/** Recomputes the derived figures (proportion, interval, shares) from the counts as now shown. */
export function rederive(stats: ChallengeStats): ChallengeStats {
  const { base, identified } = stats;
  return {
    ...stats,
    proportion: share(identified, base),
    interval: identified === null || base === null ? null : wilson(identified, base),
    pctLow: share(stats.low, base),
    pctNeutral: share(stats.neutral, base),
    pctHigh: share(stats.high, base),
  };
}
