/**
 * Accumulators for the whole set and for each group: the unit of work that readers fill, workers
 * send back and `mergeGrouped` combines. Build one with `createGrouped`, feed rows with
 * `addGroupedRow` (or `accumulate` for responses in memory).
 */
import type { AssessmentResponse, Catalogue } from '@netweave/model';
import { createRowView, fillRowView, type RowView } from '../read/row-view.js';
import { dict, own, put } from '../dict.js';
import {
  addRow,
  cloneAccumulator,
  createAccumulator,
  mergeAccumulators,
  type Accumulator,
  type AccumulatorOptions,
} from './accumulator.js';
import { groupKey, type GroupDimension } from './group-key.js';

export interface Grouped {
  kind: 'netweave.grouped';
  version: 1;
  by: GroupDimension[];
  /**
   * All rows, when there is no grouping. With a grouping, rows are added to their group only
   * (half the work) and the total is their exact merge: read it with `groupedTotal()`.
   */
  total: Accumulator;
  /** Group key → accumulator; a record with no prototype (a region may be called "constructor"). */
  groups: Record<string, Accumulator>;
  options: AccumulatorOptions;
}

export function createGrouped(
  catalogue: Pick<Catalogue, 'challenges' | 'scale'>,
  by: readonly GroupDimension[] = [],
  options: AccumulatorOptions = {},
): Grouped {
  return {
    kind: 'netweave.grouped',
    version: 1,
    by: [...by],
    total: createAccumulator(catalogue, options),
    groups: dict(),
    options: { ...options },
  };
}

const templates = new WeakMap<Grouped, Accumulator>();

export function addGroupedRow(grouped: Grouped, view: RowView): Grouped {
  if (grouped.by.length === 0) addRow(grouped.total, view, grouped.options);
  else {
    const key = groupKey(view, grouped.by);
    let acc = own(grouped.groups, key);
    if (!acc) {
      let template = templates.get(grouped);
      if (!template) {
        template = structuredClone(grouped.total);
        template.respondents = 0;
        template.counts.fill(0);
        template.other = { counts: template.other.counts.fill(0), texts: dict(), overflow: 0 };
        template.sessions = dict();
        template.catalogueVersions = dict();
        template.firstSubmitted = template.lastSubmitted = null;
        template.firstMs = template.lastMs = null;
        if (template.reliability) {
          template.reliability.n = 0;
          template.reliability.sums.fill(0);
          template.reliability.products.fill(0);
        }
        templates.set(grouped, template);
      }
      acc = cloneAccumulator(template);
      put(grouped.groups, key, acc);
    }
    addRow(acc, view, grouped.options);
  }
  return grouped;
}

/** The accumulator of all rows: the total itself, or the exact merge of the groups. */
export function groupedTotal(grouped: Grouped): Accumulator {
  const groups = Object.values(grouped.groups);
  if (grouped.by.length === 0 || groups.length === 0) return grouped.total;
  return mergeAccumulators(grouped.total, ...groups);
}

/** Aggregates responses held in memory (any iterable). */
export function accumulate(
  responses: Iterable<AssessmentResponse>,
  catalogue: Catalogue,
  by: readonly GroupDimension[] = [],
  options: AccumulatorOptions = {},
): Grouped {
  const grouped = createGrouped(catalogue, by, options);
  const view = createRowView(catalogue);
  for (const response of responses) addGroupedRow(grouped, fillRowView(view, response, catalogue));
  return grouped;
}

/** Combines grouped accumulators (same catalogue and grouping) exactly. */
export function mergeGrouped(...parts: Grouped[]): Grouped {
  if (parts.length === 0) throw new TypeError('mergeGrouped needs at least one part');
  const by = parts[0]!.by.join(',');
  if (parts.some((p) => p.by.join(',') !== by))
    throw new TypeError('Grouped accumulators with different groupings cannot be merged');
  const groups = dict<Accumulator>();
  for (const part of parts) {
    for (const [key, acc] of Object.entries(part.groups)) {
      const before = own(groups, key);
      put(groups, key, before ? mergeAccumulators(before, acc) : cloneAccumulator(acc));
    }
  }
  return {
    kind: 'netweave.grouped',
    version: 1,
    by: [...parts[0]!.by],
    total: mergeAccumulators(...parts.map((p) => p.total)),
    groups,
    options: { ...parts[0]!.options },
  };
}
