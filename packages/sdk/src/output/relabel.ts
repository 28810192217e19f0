/**
 * Challenge labels in the renderer's locale: when a renderer is given the catalogue, each
 * challenge's label comes from it (core's challengeLabel, with the catalogue's Welsh), so an
 * analysis made in one language can be reported in another.
 */
import { challengeLabel, type Catalogue, type Locale } from '@netweave/model';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';

export function relabel(
  analysis: Analysis,
  catalogue: Catalogue | undefined,
  locale: Locale,
  otherLabel: string,
): Analysis {
  if (!catalogue) return analysis;
  const byId = new Map(catalogue.challenges.map((c) => [c.id, challengeLabel(c, locale)]));
  const fix = (c: ChallengeStats): ChallengeStats =>
    c.id === 'other' ? { ...c, label: otherLabel } : { ...c, label: byId.get(c.id) ?? c.label };
  return {
    ...analysis,
    challenges: analysis.challenges.map(fix),
    other: fix(analysis.other),
    groups: analysis.groups.map((g) => ({ ...g, challenges: g.challenges.map(fix), other: fix(g.other) })),
  };
}
