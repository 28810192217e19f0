/**
 * Grouping keys: `session`, `sector`, `nation`, `region`, and `period` (by month; also
 * `period:quarter`, `period:year`, `period:week` for ISO weeks). Several dimensions make a
 * cross-tabulation: `['sector', 'nation']`. A missing value groups under '' ("Not stated").
 */
import type { RowView } from '../read/row-view.js';

export type GroupDimension =
  | 'session'
  | 'sector'
  | 'nation'
  | 'region'
  | 'period'
  | 'period:month'
  | 'period:quarter'
  | 'period:year'
  | 'period:week';

export const GROUP_DIMENSIONS: readonly GroupDimension[] = [
  'session',
  'sector',
  'nation',
  'region',
  'period',
  'period:month',
  'period:quarter',
  'period:year',
  'period:week',
];

export function isGroupDimension(value: string): value is GroupDimension {
  return (GROUP_DIMENSIONS as readonly string[]).includes(value);
}

function isoWeek(date: string): string {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The value of one dimension for a row. */
export function groupValue(view: RowView, dimension: GroupDimension): string {
  switch (dimension) {
    case 'session':
      return view.sessionId;
    case 'sector':
      return view.sector ?? '';
    case 'nation':
      return view.nation ?? '';
    case 'region':
      return view.region ?? '';
    case 'period':
    case 'period:month':
      return view.submittedAt.slice(0, 7);
    case 'period:quarter':
      return `${view.submittedAt.slice(0, 4)}-Q${Math.ceil(+view.submittedAt.slice(5, 7) / 3)}`;
    case 'period:year':
      return view.submittedAt.slice(0, 4);
    case 'period:week':
      return isoWeek(view.submittedAt);
  }
}

/** Separates the values of a multi-dimension key (a unit separator never found in data). */
export const KEY_SEPARATOR = '\u001f';

export function groupKey(view: RowView, by: readonly GroupDimension[]): string {
  if (by.length === 1) return groupValue(view, by[0]!);
  return by.map((d) => groupValue(view, d)).join(KEY_SEPARATOR);
}
