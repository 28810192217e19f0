/** Small statistics shared by the SDK, the collector and the chart's live summary. */
import type { Locale } from '../i18n/localize.js';
import { challengeLabel } from '../labels.js';
import type { AssessmentResponse, Catalogue, ChallengeFrequency, FrequencySummary } from '../model/types.js';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for x successes out of n (Wilson 1927; Newcombe 1998), as used by
 * public health indicator methods. Returns null when n is 0.
 */
export function wilson(x: number, n: number, z: number = Z95): [number, number] | null {
  if (!(n > 0) || x < 0 || x > n) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface SummariseOptions {
  /** Rating at or above which a challenge is "identified" (default: the catalogue's, else 3). */
  threshold?: number;
  /**
   * Small-number suppression: a challenge whose base, or whose identified count (when not zero),
   * is below this is shown as suppressed (default 8, after NHS England's 1–7 rule).
   */
  minBase?: number;
  locale?: Locale;
}

/**
 * Challenge frequency: respondents who identified a challenge ÷ respondents who rated it, with a
 * Wilson 95% interval and small-number suppression. Used for live charts; the SDK produces the
 * same shape with its full disclosure-control presets.
 */
export function summariseResponses(
  responses: Iterable<AssessmentResponse>,
  catalogue: Catalogue,
  options: SummariseOptions = {},
): FrequencySummary {
  const threshold = options.threshold ?? catalogue.threshold ?? 3;
  const minBase = options.minBase ?? 8;
  const counts = new Map(catalogue.challenges.map((c) => [c.id, { base: 0, identified: 0 }]));
  let respondents = 0;
  for (const r of responses) {
    respondents += 1;
    for (const [id, rating] of Object.entries(r.ratings)) {
      const c = counts.get(id);
      if (!c || rating === null || rating === undefined) continue;
      c.base += 1;
      if (rating >= threshold) c.identified += 1;
    }
  }
  const challenges: ChallengeFrequency[] = catalogue.challenges.map((ch) => {
    const { base, identified } = counts.get(ch.id)!;
    const suppressed =
      base < minBase ||
      (identified > 0 && identified < minBase) ||
      (base - identified > 0 && base - identified < minBase);
    return {
      id: ch.id,
      label: challengeLabel(ch, options.locale),
      identified: suppressed ? null : identified,
      base: suppressed ? null : base,
      proportion: suppressed || base === 0 ? null : identified / base,
      interval: suppressed ? null : wilson(identified, base),
      suppressed,
    };
  });
  return {
    kind: 'netweave.frequency-summary',
    version: 1,
    threshold,
    catalogueVersion: catalogue.version,
    respondents: respondents > 0 && respondents < minBase ? null : respondents,
    disclosure: {
      rule: 'min-base',
      minBase,
      description: `Counts from 1 to ${minBase - 1} are not shown, nor any figure they could be worked out from.`,
    },
    challenges,
    generatedAt: new Date().toISOString(),
  };
}
