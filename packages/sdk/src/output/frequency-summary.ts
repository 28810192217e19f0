/** An Analysis (after disclosure control) as core's FrequencySummary: the challenge chart's input. */
import type { ChallengeFrequency, FrequencySummary } from '@netweave/model';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';

const frequency = (c: ChallengeStats): ChallengeFrequency => ({
  id: c.id,
  label: c.label.slice(0, 200),
  identified: c.identified,
  base: c.base,
  proportion: c.proportion,
  interval: c.interval,
  // for the chart, a challenge is suppressed when its frequency cannot be shown (a withheld
  // distribution cell alone does not hide the bar)
  suppressed: c.identified === null || c.base === null,
});

export function toFrequencySummary(analysis: Analysis): FrequencySummary {
  const summary: FrequencySummary = {
    kind: 'netweave.frequency-summary',
    version: 1,
    threshold: analysis.threshold,
    catalogueVersion: analysis.catalogueVersion,
    respondents: analysis.respondents,
    disclosure: { ...analysis.disclosure },
    challenges: analysis.challenges.map(frequency),
    generatedAt: analysis.generatedAt,
  };
  if (analysis.groupBy.length) {
    summary.groupBy = analysis.groupBy.join(',');
    summary.groups = analysis.groups.map((g) => ({
      key: g.key,
      label: g.label,
      respondents: g.respondents,
      challenges: g.challenges.map(frequency),
    }));
  }
  return summary;
}
