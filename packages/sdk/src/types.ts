/** Types shared across the SDK: issues found while reading, provenance, and read options. */
import type { AssessmentResponse, Catalogue, Locale, Params } from '@netweave/model';
import type { Mapping } from './mapping/mapping.js';
import type { IdSet } from './read/id-set.js';

export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * A problem found in an input file, with where it is (file, row, column) and why. Rows are
 * counted as a spreadsheet shows them: the header is row 1, the first answer row 2. Rows with an
 * `error` are left out; `warning` rows are kept (a value was set aside or normalised); `info`
 * notes (such as an identical duplicate dropped) change nothing else.
 */
export interface RowIssue {
  readonly file: string;
  /** 1-based record number (header = 1); 0 for a problem with the whole file. */
  readonly row: number;
  /** The column name as written in the file, or '' when the problem is not in one column. */
  readonly column: string;
  /** A stable reason code: `unknown-challenge`, `not-on-scale`, `date`, `duplicate-id`, … */
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly params: Params;
  /** Readable, in the requested locale: `data.csv, row 12, column "nation": must be one of: …`. */
  readonly message: string;
}

/** Where a response came from. */
export interface Provenance {
  readonly file: string;
  readonly row: number;
  readonly sessionId: string;
  readonly catalogueVersion: string;
}

export interface ReadOptions {
  /** The catalogue the ratings belong to (default: core's DEFAULT_CATALOGUE). */
  catalogue?: Catalogue;
  /** A name for the input in messages and provenance (a file name). */
  file?: string;
  /** A mapping for another tool's export (Microsoft Forms, Google Forms, SurveyMonkey…). */
  mapping?: Mapping;
  /** Stop at the first error (the error is still reported; later rows are not read). */
  strict?: boolean;
  locale?: Locale;
  /**
   * Shared duplicate detection across several inputs (create one with `createIdSet()`); each
   * read makes its own when left out.
   */
  ids?: IdSet;
  /**
   * Streaming: called for each good response instead of collecting them, so memory stays
   * bounded whatever the input size (the result's `responses` is then empty).
   */
  onResponse?: (response: AssessmentResponse, provenance: Provenance) => void;
  /** Called for each issue as it is found (they are also collected, up to `maxIssues`). */
  onIssue?: (issue: RowIssue) => void;
  /** Issues kept in the result (default 1000; the count of all issues is always exact). */
  maxIssues?: number;
  /** Progress in bytes/characters read, for progress bars. */
  onProgress?: (done: number, total: number | undefined) => void;
}

export interface ReadStats {
  /** Answer rows read (header and blank lines not counted). */
  rows: number;
  /** Responses kept. */
  accepted: number;
  /** Rows left out because of an error. */
  rejected: number;
  /** Identical duplicates dropped. */
  duplicates: number;
  errors: number;
  warnings: number;
  /** The reading stopped early (strict mode or an unreadable file). */
  stopped: boolean;
}

export interface ReadResult {
  readonly file: string;
  readonly responses: AssessmentResponse[];
  readonly provenance: Provenance[];
  readonly issues: RowIssue[];
  readonly stats: ReadStats;
  /** The file format found: canonical responses CSV, commitments CSV, mapped export, JSON. */
  readonly format: 'responses-csv' | 'commitments-csv' | 'mapped-csv' | 'json' | 'unknown';
}
