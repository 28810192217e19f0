/**
 * Top areas for action and the comparison with an earlier assessment. Pure functions.
 */
import type { AssessmentResponse, Catalogue, Challenge } from '@netweave/core';

export interface TopAreas {
  /** The challenges rated highest, in catalogue order (empty when nothing reached the threshold). */
  challenges: Challenge[];
  /** The rating they share; null when there are none. */
  rating: number | null;
  /** Whether the other challenge shares that rating too. */
  other: boolean;
}

/**
 * The highest-rated challenges. Ties are kept together: every challenge that shares the highest
 * rating is a top area. Nothing rated at or above the catalogue's threshold → none.
 */
export function topAreas(response: AssessmentResponse, catalogue: Catalogue): TopAreas {
  const other = response.otherChallenge?.text ? response.otherChallenge.rating : null;
  const rated = [...Object.values(response.ratings), other].filter((r): r is number => r !== null);
  const max = rated.length ? Math.max(...rated) : null;
  if (max === null || max < catalogue.threshold) return { challenges: [], rating: null, other: false };
  return {
    challenges: catalogue.challenges.filter((c) => response.ratings[c.id] === max),
    rating: max,
    other: other === max,
  };
}

export type Change = 'higher' | 'lower' | 'same' | 'na';

/** Challenge by challenge: is the latest rating higher, lower or the same as the earlier one? */
export function compare(
  latest: AssessmentResponse,
  earlier: AssessmentResponse,
  catalogue: Catalogue,
): Record<string, Change> {
  const out: Record<string, Change> = {};
  for (const c of catalogue.challenges) {
    const now = latest.ratings[c.id];
    const then = earlier.ratings[c.id];
    out[c.id] =
      now === null || now === undefined || then === null || then === undefined
        ? 'na'
        : now > then
          ? 'higher'
          : now < then
            ? 'lower'
            : 'same';
  }
  return out;
}
