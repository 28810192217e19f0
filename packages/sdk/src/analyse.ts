/**
 * From accumulators to the full set of figures (before disclosure control): per challenge and per
 * group, the other challenge, provenance and, on request, scale reliability.
 */
import {
  challengeLabel,
  scaleLabel,
  type Catalogue,
  type Commitment,
  type Disclosure,
  type Locale,
} from '@netweave/model';
import { countCommitments, type CommitmentCounts } from './aggregate/commitments.js';
import { challengeStats, type ChallengeStats } from './aggregate/challenge-stats.js';
import { codebookFor, type Codebook } from './aggregate/codebook.js';
import { KEY_SEPARATOR } from './aggregate/group-key.js';
import { groupLabel } from './aggregate/group-label.js';
import type { Accumulator } from './aggregate/accumulator.js';
import { groupedTotal, type Grouped } from './aggregate/grouped.js';
import { otherTexts, type OtherTexts } from './aggregate/other-texts.js';
import { reliability, type Reliability } from './aggregate/reliability.js';
import { copyDict, own } from './dict.js';

export interface GroupAnalysis {
  key: string;
  /** The value of each grouping dimension ('' = not stated). */
  values: string[];
  label: string;
  respondents: number | null;
  challenges: ChallengeStats[];
  other: ChallengeStats;
  suppressed: boolean;
}

export interface Analysis {
  kind: 'netweave.analysis';
  version: 1;
  threshold: number;
  catalogueVersion: string;
  disclosure: Disclosure;
  respondents: number | null;
  challenges: ChallengeStats[];
  /** Ratings of the free-text other challenge. */
  other: ChallengeStats;
  otherTexts: OtherTexts;
  groupBy: string[];
  groups: GroupAnalysis[];
  /** Respondents per session and catalogue version (records with no prototype); first and last submission. */
  sessions: Record<string, number | null>;
  catalogueVersions: Record<string, number | null>;
  period: { from: string | null; to: string | null };
  reliability: Reliability | null;
  /** Commitments counted by session, column, sector and code (when commitments were given). */
  commitments: CommitmentCounts | null;
  /** Notes on what disclosure control did, for the methods section. */
  notes: string[];
  generatedAt: string;
}

export interface AnalyseOptions {
  catalogue: Catalogue;
  /** Rating at or above which a challenge counts as identified (default: the catalogue's, else 3). */
  threshold?: number;
  codebook?: Codebook;
  locale?: Locale;
  /** Commitments to count and code alongside the responses. */
  commitments?: Iterable<Commitment>;
}

function statsFor(
  acc: Accumulator,
  catalogue: Catalogue,
  threshold: number,
  locale: Locale,
): { challenges: ChallengeStats[]; other: ChallengeStats } {
  const s = acc.scale.length;
  const labels = catalogue.scale.map((p) => scaleLabel(p, locale));
  const challenges = catalogue.challenges.map((c, i) =>
    challengeStats(
      c.id,
      challengeLabel(c, locale),
      acc.counts.slice(i * s, (i + 1) * s),
      acc.scale,
      threshold,
      labels,
    ),
  );
  const other = challengeStats(
    'other',
    locale === 'cy' ? 'Her arall' : 'Other challenge',
    acc.other.counts,
    acc.scale,
    threshold,
    labels,
  );
  return { challenges, other };
}

export function analyse(grouped: Grouped, options: AnalyseOptions): Analysis {
  const { catalogue } = options;
  const locale = options.locale ?? 'en';
  const threshold = options.threshold ?? catalogue.threshold ?? 3;
  const ids = catalogue.challenges.map((c) => c.id).join('\n');
  if (grouped.total.challenges.join('\n') !== ids)
    throw new TypeError('The accumulators were built with a different catalogue');
  const all = groupedTotal(grouped);
  const codebook = options.codebook ?? codebookFor(catalogue);
  const total = statsFor(all, catalogue, threshold, locale);
  const groups: GroupAnalysis[] = Object.keys(grouped.groups)
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((key) => {
      const acc = own(grouped.groups, key)!;
      const s = statsFor(acc, catalogue, threshold, locale);
      return {
        key,
        values: grouped.by.length === 1 ? [key] : key.split(KEY_SEPARATOR),
        label: groupLabel(grouped.by, key, locale),
        respondents: acc.respondents,
        challenges: s.challenges,
        other: s.other,
        suppressed: false,
      };
    });
  return {
    kind: 'netweave.analysis',
    version: 1,
    threshold,
    catalogueVersion: catalogue.version,
    disclosure: { rule: 'none', description: 'No disclosure control: every count is shown as it is.' },
    respondents: all.respondents,
    challenges: total.challenges,
    other: total.other,
    otherTexts: otherTexts(all, codebook),
    groupBy: [...grouped.by],
    groups,
    sessions: copyDict<number, number | null>(all.sessions),
    catalogueVersions: copyDict<number, number | null>(all.catalogueVersions),
    period: { from: all.firstSubmitted, to: all.lastSubmitted },
    reliability: reliability(all),
    commitments: options.commitments ? countCommitments(options.commitments, codebook) : null,
    notes: [],
    generatedAt: new Date().toISOString(),
  };
}
