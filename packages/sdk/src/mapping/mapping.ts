/**
 * A mapping file describes another tool's export (Microsoft Forms, Google Forms, SurveyMonkey…)
 * so it can be read like a canonical netweave CSV: which column holds which field or challenge,
 * and which answer text means which rating.
 *
 * ```json
 * {
 *   "kind": "netweave.mapping", "version": 1,
 *   "sessionId": "forms-march-2026",
 *   "dateFormat": "dmy",
 *   "columns": {
 *     "ID": "response_id",
 *     "Completion time": "submitted_at",
 *     "Which sector do you work in?": "sector",
 *     "Building relationships with people in other sectors": "building-relationships",
 *     "Email": null
 *   },
 *   "values": { "Not a challenge": 0, "A small challenge": 1, "Not sure": null }
 * }
 * ```
 * Column names match exactly, else ignoring case, punctuation and spacing. `null` ignores a column.
 */
import {
  RESPONSE_LEADING_COLUMNS,
  RESPONSE_TRAILING_COLUMNS,
  normaliseLocale,
  scaleLabel,
  type Catalogue,
} from '@netweave/model';
import { normaliseText } from '../normalise/text.js';

export type MappingTarget =
  string | null | { field: string; values?: Record<string, number | string | null> };

export interface Mapping {
  kind?: 'netweave.mapping';
  version?: 1;
  /** Header text → canonical column (`response_id`, `sector`, …) or challenge id; `null` ignores it. */
  columns: Record<string, MappingTarget>;
  /** Answer text → rating for every challenge column (added to the scale's own labels). */
  values?: Record<string, number | null>;
  /** The session for every row when the export has no session column. */
  sessionId?: string;
  /** The catalogue version for every row (default: the catalogue's). */
  catalogueVersion?: string;
  /**
   * Prefix for response ids: added to the export's own ids (Forms numbers responses 1, 2, 3…, so
   * two forms would clash), or to the row number when the export has no id column.
   */
  idPrefix?: string;
  /** How dates are written: ISO 8601 (default), day/month/year (UK) or month/day/year (US). */
  dateFormat?: 'iso' | 'dmy' | 'mdy';
}

/** Answer texts everyone uses for "no answer". */
export const NO_ANSWER_TEXTS = [
  'not sure',
  'dont know',
  'do not know',
  'n a',
  'na',
  'prefer not to say',
  'no answer',
  'ddim yn siŵr',
  'ddim yn gwybod',
];

/** The canonical fields a column can map to (besides challenge ids). */
export const CANONICAL_FIELDS: readonly string[] = [
  ...RESPONSE_LEADING_COLUMNS,
  ...RESPONSE_TRAILING_COLUMNS,
];

/** The rating for an answer such as "A big challenge", "3", "3 - A big challenge" or "Not sure". */
export function ratingLookup(
  catalogue: Catalogue,
  extra: Record<string, number | string | null> = {},
): (text: string) => number | null | undefined {
  const table = new Map<string, number | null>();
  for (const p of catalogue.scale) {
    table.set(String(p.value), p.value);
    for (const locale of ['en', 'cy'] as const)
      table.set(normaliseText(scaleLabel(p, normaliseLocale(locale))), p.value);
  }
  for (const t of NO_ANSWER_TEXTS) table.set(normaliseText(t), null);
  for (const [text, value] of Object.entries(extra)) {
    table.set(normaliseText(text), value === null || value === '' ? null : Number(value));
  }
  return (text) => {
    const key = normaliseText(text);
    if (key === '') return null;
    if (table.has(key)) return table.get(key)!;
    const leading = /^(\d+)\b/.exec(key);
    if (leading && catalogue.scale.some((p) => p.value === Number(leading[1]))) return Number(leading[1]);
    return undefined;
  };
}
