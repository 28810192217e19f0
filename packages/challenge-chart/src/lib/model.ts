/**
 * From a FrequencySummary to what the chart draws: the rows (challenges) in display order, the
 * series (the summary itself or its groups), each value in the chosen measure. Pure: no DOM.
 */
import type { ChallengeFrequency, FrequencySummary } from '@netweave/core';

export type Measure = 'percent' | 'count';
/** Most groups drawn side by side (one solid fill and three patterns). */
export const MAX_GROUPED = 4;
export type SortOrder = 'frequency' | 'catalogue';
/** `grouped`: bars side by side per challenge; `multiples`: one small chart per group. */
export type GroupLayout = 'grouped' | 'multiples';

export interface Datum {
  /** Unique and stable: `<group>|<challenge id>` (object constancy across updates). */
  readonly key: string;
  readonly id: string;
  readonly label: string;
  readonly group: string | null;
  readonly groupLabel: string | null;
  /** Index of the group (0 without groups): picks the pattern, never colour alone. */
  readonly groupIndex: number;
  readonly identified: number | null;
  readonly base: number | null;
  readonly proportion: number | null;
  readonly interval: readonly [number, number] | null;
  readonly suppressed: boolean;
  /** The bar's length in the chosen measure (null: no bar). */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

export interface Row {
  readonly id: string;
  readonly label: string;
  readonly data: readonly Datum[];
}

export interface Panel {
  readonly key: string;
  readonly label: string | null;
  readonly rows: readonly Row[];
}

export interface ChartModel {
  readonly mode: 'single' | 'grouped' | 'multiples';
  readonly measure: Measure;
  readonly groups: readonly { key: string; label: string }[];
  readonly panels: readonly Panel[];
  /** Upper end of the value axis (1 for percentages). */
  readonly max: number;
  readonly anySuppressed: boolean;
  /** Every datum shown, in reading order (the data table and CSV use it). */
  readonly data: readonly Datum[];
}

export interface ModelOptions {
  sort?: SortOrder;
  /** Show only the N most frequently identified challenges (0 or undefined: all). */
  top?: number | undefined;
  measure?: Measure;
  groupLayout?: GroupLayout;
  /** Localised label for a challenge id (falls back to the summary's own label). */
  labelFor?: (id: string, fallback: string) => string;
}

function datum(
  c: ChallengeFrequency,
  label: string,
  group: { key: string; label: string } | null,
  groupIndex: number,
  measure: Measure,
): Datum {
  const suppressed = c.suppressed;
  const base = suppressed ? null : c.base;
  let value: number | null = null;
  let low: number | null = null;
  let high: number | null = null;
  if (!suppressed) {
    if (measure === 'count') {
      value = c.identified;
      if (c.interval && base !== null) {
        low = c.interval[0] * base;
        high = c.interval[1] * base;
      }
    } else {
      value = c.proportion;
      if (c.interval) [low, high] = c.interval;
    }
  }
  return {
    key: `${group?.key ?? ''}|${c.id}`,
    id: c.id,
    label,
    group: group?.key ?? null,
    groupLabel: group?.label ?? null,
    groupIndex,
    identified: suppressed ? null : c.identified,
    base,
    proportion: suppressed ? null : c.proportion,
    interval: suppressed ? null : c.interval,
    suppressed,
    value,
    low,
    high,
  };
}

/** Orders challenge ids: by frequency (highest first, suppressed and empty last) or catalogue order. */
export function orderIds(list: readonly ChallengeFrequency[], sort: SortOrder): string[] {
  const indexed = list.map((c, i) => ({ c, i }));
  if (sort === 'frequency') {
    indexed.sort((a, b) => {
      const pa = a.c.suppressed ? null : a.c.proportion;
      const pb = b.c.suppressed ? null : b.c.proportion;
      if (pa === null && pb === null) return a.i - b.i;
      if (pa === null) return 1;
      if (pb === null) return -1;
      return pb - pa || a.i - b.i;
    });
  }
  return indexed.map(({ c }) => c.id);
}

/** The challenges that order the rows: the summary's own, else the first appearance across groups. */
function leading(summary: FrequencySummary): ChallengeFrequency[] {
  if (summary.challenges.length) return summary.challenges;
  const seen = new Map<string, ChallengeFrequency>();
  for (const g of summary.groups ?? []) {
    for (const c of g.challenges) {
      const known = seen.get(c.id);
      // Order groups-only summaries by the largest proportion any group shows.
      if (!known || (c.proportion ?? -1) > (known.proportion ?? -1)) seen.set(c.id, c);
    }
  }
  return [...seen.values()];
}

export function buildModel(summary: FrequencySummary, options: ModelOptions = {}): ChartModel {
  const measure = options.measure ?? 'percent';
  const sort = options.sort ?? 'frequency';
  const labelFor = options.labelFor ?? ((_id: string, fallback: string) => fallback);
  const lead = leading(summary);
  let ids = orderIds(lead, 'frequency');
  if (options.top && options.top > 0) ids = ids.slice(0, Math.floor(options.top));
  if (sort === 'catalogue') {
    const keep = new Set(ids);
    ids = lead.map((c) => c.id).filter((id) => keep.has(id));
  }
  const labels = new Map(lead.map((c) => [c.id, labelFor(c.id, c.label)]));
  const groups = (summary.groups ?? []).map((g) => ({ key: g.key, label: g.label }));
  const useGroups = groups.length > 0;
  // More than four groups would repeat patterns side by side: small multiples name each group instead.
  const mode: ChartModel['mode'] = !useGroups
    ? 'single'
    : options.groupLayout === 'multiples' || groups.length > MAX_GROUPED
      ? 'multiples'
      : 'grouped';

  interface Series {
    group: { key: string; label: string } | null;
    index: number;
    byId: Map<string, ChallengeFrequency>;
  }
  const seriesList: Series[] = useGroups
    ? (summary.groups ?? []).map((g, i) => ({
        group: { key: g.key, label: g.label },
        index: i,
        byId: new Map(g.challenges.map((c) => [c.id, c])),
      }))
    : [{ group: null, index: 0, byId: new Map(summary.challenges.map((c) => [c.id, c])) }];

  const missing = (id: string): ChallengeFrequency => ({
    id,
    label: labels.get(id) ?? id,
    identified: null,
    base: null,
    proportion: null,
    interval: null,
    suppressed: false,
  });

  const rowFor = (id: string, series: readonly Series[]): Row => ({
    id,
    label: labels.get(id) ?? id,
    data: series.map((s) =>
      datum(s.byId.get(id) ?? missing(id), labels.get(id) ?? id, s.group, s.index, measure),
    ),
  });

  const panels: Panel[] =
    mode === 'multiples'
      ? seriesList.map((s) => ({
          key: s.group!.key,
          label: s.group!.label,
          rows: ids.map((id) => rowFor(id, [s])),
        }))
      : [{ key: '', label: null, rows: ids.map((id) => rowFor(id, seriesList)) }];

  const data = panels.flatMap((p) => p.rows.flatMap((r) => r.data));
  let max = 1;
  if (measure === 'count') {
    max = Math.max(1, ...data.map((d) => Math.max(d.base ?? 0, d.high ?? 0, d.value ?? 0)));
  }
  return { mode, measure, groups, panels, max, anySuppressed: data.some((d) => d.suppressed), data };
}
