/**
 * Statistics of one rating distribution (counts per scale value), each a small pure function.
 * Because they read only counts, they are exact after merging. `null` when there are no ratings
 * (or, for the SD, fewer than two).
 */

/** Respondents who gave a rating (the base). */
export function baseOf(counts: ArrayLike<number>): number {
  let n = 0;
  for (let j = 0; j < counts.length; j++) n += counts[j]!;
  return n;
}

/** Respondents whose rating is at or above the threshold. */
export function identifiedOf(counts: ArrayLike<number>, scale: readonly number[], threshold: number): number {
  let n = 0;
  for (let j = 0; j < counts.length; j++) if (scale[j]! >= threshold) n += counts[j]!;
  return n;
}

export function meanOf(counts: ArrayLike<number>, scale: readonly number[]): number | null {
  let n = 0;
  let sum = 0;
  for (let j = 0; j < counts.length; j++) {
    n += counts[j]!;
    sum += counts[j]! * scale[j]!;
  }
  return n > 0 ? sum / n : null;
}

/** Sample standard deviation (n − 1 in the denominator, as pandas, R and SPSS report it). */
export function sdOf(counts: ArrayLike<number>, scale: readonly number[]): number | null {
  const n = baseOf(counts);
  if (n < 2) return null;
  const mean = meanOf(counts, scale)!;
  let ss = 0;
  for (let j = 0; j < counts.length; j++) ss += counts[j]! * (scale[j]! - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** The value at a 0-based rank in the sorted ratings. */
function valueAtRank(counts: ArrayLike<number>, scale: readonly number[], rank: number): number {
  const order = [...scale.keys()].sort((a, b) => scale[a]! - scale[b]!);
  let seen = 0;
  for (const j of order) {
    seen += counts[j]!;
    if (rank < seen) return scale[j]!;
  }
  return scale[order[order.length - 1]!]!;
}

/** The median (the mean of the two middle ratings when there is an even number). */
export function medianOf(counts: ArrayLike<number>, scale: readonly number[]): number | null {
  const n = baseOf(counts);
  if (n === 0) return null;
  if (n % 2 === 1) return valueAtRank(counts, scale, (n - 1) / 2);
  return (valueAtRank(counts, scale, n / 2 - 1) + valueAtRank(counts, scale, n / 2)) / 2;
}

/**
 * Respondents below, at and above the middle of the scale: on the 0–4 scale, low = 0–1,
 * neutral = 2, high = 3–4. A scale with an even number of points has no neutral value.
 */
export function bandsOf(
  counts: ArrayLike<number>,
  scale: readonly number[],
): { low: number; neutral: number; high: number } {
  const mid = (Math.min(...scale) + Math.max(...scale)) / 2;
  const out = { low: 0, neutral: 0, high: 0 };
  for (let j = 0; j < counts.length; j++) {
    if (scale[j]! < mid) out.low += counts[j]!;
    else if (scale[j]! > mid) out.high += counts[j]!;
    else out.neutral += counts[j]!;
  }
  return out;
}
