/**
 * The public summary: challenge frequencies with disclosure control, from the SDK (the same
 * figures an evaluator gets from `netweave aggregate`). Raw responses never leave the collector.
 */
import type { AssessmentResponse, Catalogue, FrequencySummary } from '@netweave/model';
import {
  addGroupedRow,
  analyse,
  applyDisclosure,
  createGrouped,
  createRowView,
  fillRowView,
  mergeGrouped,
  summarise,
  toFrequencySummary,
  type Grouped,
} from '@netweave/sdk';

/** The disclosure presets a public summary may use (`none` is for evaluators' own exports only). */
export const PUBLIC_DISCLOSURE = ['nhs', 'survey'] as const;
export type PublicDisclosure = (typeof PUBLIC_DISCLOSURE)[number];

export interface PublicSummaryOptions {
  catalogue: Catalogue;
  threshold?: number | undefined;
  /** `none` only for admin routes (exact figures). */
  disclosure: PublicDisclosure | 'none';
}

export function publicSummary(
  responses: readonly AssessmentResponse[],
  options: PublicSummaryOptions,
): FrequencySummary {
  return summarise(responses, {
    catalogue: options.catalogue,
    disclosure: options.disclosure,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
}

/**
 * A session's responses as mergeable counts: the SDK's accumulator (everything the exact figures
 * need: counts per challenge and rating, the other challenge, provenance) and, per challenge and
 * rating, the sum of the responses' secret record keys (what a release's consistent noise needs,
 * release.ts), kept modulo 2³². Adding responses merges a small aggregate of the new ones into it,
 * so its cost is that of the new responses plus a fixed part (challenges × ratings, and the
 * distinct other-challenge texts), whatever the number of responses before.
 */
export interface SessionAggregate {
  /** The last response (storage order) included; 0 for none. */
  readonly upto: number;
  readonly grouped: Grouped;
  /** Record-key sums: of every respondent, and per challenge i and scale value j at [i × scale + j]. */
  readonly keySums: { readonly respondents: number; readonly cells: readonly number[] };
}

const WRAP = 4_294_967_296;

/** An aggregate of `responses` (the responses after some point, up to `upto`). */
export function aggregateResponses(
  responses: readonly AssessmentResponse[],
  options: { catalogue: Catalogue; upto: number; recordKey: (id: string) => number },
): SessionAggregate {
  const { catalogue } = options;
  const grouped = createGrouped(catalogue);
  const view = createRowView(catalogue);
  const s = catalogue.scale.length;
  const cells = new Array<number>(catalogue.challenges.length * s).fill(0);
  let respondents = 0;
  for (const response of responses) {
    fillRowView(view, response, catalogue);
    addGroupedRow(grouped, view);
    const key = options.recordKey(response.id);
    respondents = (respondents + key) % WRAP;
    view.ratings.forEach((j, i) => {
      if (j >= 0) cells[i * s + j] = (cells[i * s + j]! + key) % WRAP;
    });
  }
  return { upto: options.upto, grouped, keySums: { respondents, cells } };
}

/** `later` merged into `earlier` (a new aggregate; neither is changed), as of `later.upto`. */
export function mergeAggregates(earlier: SessionAggregate, later: SessionAggregate): SessionAggregate {
  return {
    upto: later.upto,
    grouped: mergeGrouped(earlier.grouped, later.grouped),
    keySums: {
      respondents: (earlier.keySums.respondents + later.keySums.respondents) % WRAP,
      cells: earlier.keySums.cells.map((k, i) => (k + later.keySums.cells[i]!) % WRAP),
    },
  };
}

/** The exact figures of an aggregate under a disclosure rule: what `publicSummary` gives for its responses. */
export function aggregateSummary(
  aggregate: SessionAggregate,
  options: PublicSummaryOptions,
): FrequencySummary {
  const analysis = analyse(aggregate.grouped, {
    catalogue: options.catalogue,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  return toFrequencySummary(applyDisclosure(analysis, options.disclosure));
}
