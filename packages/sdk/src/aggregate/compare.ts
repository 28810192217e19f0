/**
 * The change between two groups (two sessions or periods) per challenge: the difference in the
 * proportion identifying it, with Newcombe's hybrid score interval (method 10, built from the two
 * Wilson intervals), and the difference in means. Reads disclosed or raw figures alike; a
 * suppressed side gives `null`.
 */
import type { ChallengeStats } from './challenge-stats.js';

export interface ChallengeChange {
  id: string;
  label: string;
  before: number | null;
  after: number | null;
  /** after − before. */
  difference: number | null;
  /** Newcombe 95% interval for the difference. */
  interval: [number, number] | null;
  meanDifference: number | null;
}

export function compareChallenges(
  before: readonly ChallengeStats[],
  after: readonly ChallengeStats[],
): ChallengeChange[] {
  return after.map((b) => {
    const a = before.find((x) => x.id === b.id);
    const p1 = a?.proportion ?? null;
    const p2 = b.proportion;
    let difference: number | null = null;
    let interval: [number, number] | null = null;
    if (p1 !== null && p2 !== null && a?.interval && b.interval) {
      difference = p2 - p1;
      const [l1, u1] = a.interval;
      const [l2, u2] = b.interval;
      interval = [
        difference - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2),
        difference + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2),
      ];
    }
    const meanDifference = a?.mean != null && b.mean !== null ? b.mean - a.mean : null;
    return { id: b.id, label: b.label, before: p1, after: p2, difference, interval, meanDifference };
  });
}
