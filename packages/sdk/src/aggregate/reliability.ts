/**
 * Scale reliability from an accumulator's complete cases: Cronbach's alpha (raw, from
 * covariances; standardised, from the mean inter-item correlation), and per item the corrected
 * item-total correlation and alpha if the item were dropped. Sample (n − 1) covariances.
 */
import type { Accumulator } from './accumulator.js';

export interface ItemReliability {
  id: string;
  /** Correlation of the item with the total of the other items. */
  itemTotal: number | null;
  /** Raw alpha of the other items. */
  alphaIfDeleted: number | null;
}

export interface Reliability {
  /** Respondents who rated every challenge (listwise deletion). */
  n: number;
  items: number;
  alpha: number | null;
  standardisedAlpha: number | null;
  itemStats: ItemReliability[];
}

function alphaFromCov(cov: number[][], items: number[]): number | null {
  const k = items.length;
  if (k < 2) return null;
  let sumVar = 0;
  let total = 0;
  for (const i of items) {
    sumVar += cov[i]![i]!;
    for (const j of items) total += cov[i]![j]!;
  }
  if (total <= 0) return null;
  return (k / (k - 1)) * (1 - sumVar / total);
}

export function reliability(acc: Accumulator): Reliability | null {
  const rel = acc.reliability;
  if (!rel) return null;
  const k = acc.challenges.length;
  const n = rel.n;
  const empty: Reliability = {
    n,
    items: k,
    alpha: null,
    standardisedAlpha: null,
    itemStats: acc.challenges.map((id) => ({ id, itemTotal: null, alphaIfDeleted: null })),
  };
  if (n < 2 || k < 2) return empty;
  const cov: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const c = (rel.products[i * k + j]! - (rel.sums[i]! * rel.sums[j]!) / n) / (n - 1);
      cov[i]![j] = c;
      cov[j]![i] = c;
    }
  }
  const all = [...Array(k).keys()];
  const alpha = alphaFromCov(cov, all);
  let rSum = 0;
  let pairs = 0;
  let defined = true;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const d = Math.sqrt(cov[i]![i]! * cov[j]![j]!);
      if (d === 0) defined = false;
      else rSum += cov[i]![j]! / d;
      pairs += 1;
    }
  }
  const rBar = rSum / pairs;
  const standardisedAlpha = defined ? (k * rBar) / (1 + (k - 1) * rBar) : null;
  const itemStats = acc.challenges.map((id, i) => {
    const rest = all.filter((j) => j !== i);
    let covRest = 0;
    let varRest = 0;
    for (const a of rest) {
      covRest += cov[i]![a]!;
      for (const b of rest) varRest += cov[a]![b]!;
    }
    const d = Math.sqrt(cov[i]![i]! * varRest);
    return { id, itemTotal: d > 0 ? covRest / d : null, alphaIfDeleted: alphaFromCov(cov, rest) };
  });
  return { n, items: k, alpha, standardisedAlpha, itemStats };
}
