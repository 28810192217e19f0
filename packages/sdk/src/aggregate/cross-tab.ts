/**
 * A cross-tabulation for one challenge from an Analysis grouped by two dimensions (e.g.
 * `by: ['sector', 'nation']`): rows are the first dimension's values, columns the second's, and
 * each cell the challenge's figures for that combination (or null when nobody is in it).
 */
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from './challenge-stats.js';

export interface CrossTab {
  challenge: string;
  rows: string[];
  columns: string[];
  cells: (ChallengeStats | null)[][];
}

export function crossTab(analysis: Analysis, challengeId: string): CrossTab {
  if (analysis.groupBy.length !== 2)
    throw new TypeError('crossTab needs an analysis grouped by two dimensions');
  const rows = [...new Set(analysis.groups.map((g) => g.values[0]!))].sort();
  const columns = [...new Set(analysis.groups.map((g) => g.values[1]!))].sort();
  const cells = rows.map((r) =>
    columns.map(
      (c) =>
        analysis.groups
          .find((g) => g.values[0] === r && g.values[1] === c)
          ?.challenges.find((x) => x.id === challengeId) ?? null,
    ),
  );
  return { challenge: challengeId, rows, columns, cells };
}
