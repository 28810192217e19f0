/**
 * The canonical CSV formats (v1) shared by every package, a formula-safe writer for files that
 * evaluators open in Excel (OWASP CSV injection), and a small RFC 4180 reader for browser use.
 */
import type { AssessmentResponse, Catalogue, Commitment, FrequencySummary } from '../model/types.js';

export const CSV_FORMAT_VERSION = 1;

/** Responses: these columns, then one per challenge id (catalogue order), then the other challenge. */
export const RESPONSE_LEADING_COLUMNS = [
  'response_id',
  'session_id',
  'submitted_at',
  'catalogue_version',
  'sector',
  'nation',
  'region',
] as const;
export const RESPONSE_TRAILING_COLUMNS = ['other_challenge', 'other_rating'] as const;
export const COMMITMENT_COLUMNS = [
  'commitment_id',
  'session_id',
  'created_at',
  'column',
  'text',
  'sector',
  'status',
] as const;
/** The frequency summary as CSV (SDK output, chart `src`): one row per challenge and group. */
export const SUMMARY_COLUMNS = [
  'group',
  'challenge_id',
  'label',
  'identified',
  'base',
  'proportion',
  'ci_low',
  'ci_high',
  'suppressed',
] as const;

export function responseColumns(catalogue: Pick<Catalogue, 'challenges'>): string[] {
  return [
    ...RESPONSE_LEADING_COLUMNS,
    ...catalogue.challenges.map((c) => c.id),
    ...RESPONSE_TRAILING_COLUMNS,
  ];
}

/** Cells that a spreadsheet would run as a formula (OWASP), multi-line values included. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;
const NUMBER_TEXT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: numbers stay numbers; text that could run as a formula gets a leading `'`. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  let quote = false;
  if (FORMULA_TRIGGER.test(text) && !NUMBER_TEXT.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  if (quote || /[",\r\n]/.test(text) || /^\s|\s$/.test(text)) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

export interface CsvWriteOptions {
  /** Prefix the UTF-8 BOM so Excel reads Welsh ŵ and ŷ correctly (default true). */
  bom?: boolean;
  eol?: '\r\n' | '\n';
}

export function toCsv(rows: Iterable<readonly CsvValue[]>, options: CsvWriteOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  let out = options.bom === false ? '' : '\uFEFF';
  for (const row of rows) out += row.map(csvCell).join(',') + eol;
  return out;
}

export function responseRow(
  response: AssessmentResponse,
  catalogue: Pick<Catalogue, 'challenges'>,
): CsvValue[] {
  const r = response.respondent ?? {};
  return [
    response.id,
    response.sessionId,
    response.submittedAt,
    response.catalogueVersion,
    r.sector ?? '',
    r.nation ?? '',
    r.region ?? '',
    ...catalogue.challenges.map((c) => response.ratings[c.id] ?? null),
    response.otherChallenge?.text ?? '',
    response.otherChallenge?.rating ?? null,
  ];
}

export function responsesToCsv(
  responses: Iterable<AssessmentResponse>,
  catalogue: Pick<Catalogue, 'challenges'>,
  options?: CsvWriteOptions,
): string {
  const rows: CsvValue[][] = [responseColumns(catalogue)];
  for (const r of responses) rows.push(responseRow(r, catalogue));
  return toCsv(rows, options);
}

export function commitmentRow(c: Commitment): CsvValue[] {
  return [c.id, c.sessionId, c.createdAt, c.column, c.text, c.sector ?? '', c.status];
}

export function commitmentsToCsv(commitments: Iterable<Commitment>, options?: CsvWriteOptions): string {
  const rows: CsvValue[][] = [[...COMMITMENT_COLUMNS]];
  for (const c of commitments) rows.push(commitmentRow(c));
  return toCsv(rows, options);
}

export function summaryToCsv(summary: FrequencySummary, options?: CsvWriteOptions): string {
  const rows: CsvValue[][] = [[...SUMMARY_COLUMNS]];
  const push = (group: string, list: FrequencySummary['challenges']) => {
    for (const c of list) {
      rows.push([
        group,
        c.id,
        c.label,
        c.identified,
        c.base,
        c.proportion,
        c.interval?.[0],
        c.interval?.[1],
        c.suppressed,
      ]);
    }
  };
  push('', summary.challenges);
  for (const g of summary.groups ?? []) push(g.key, g.challenges);
  return toCsv(rows, options);
}

export class CsvSyntaxError extends Error {
  readonly row: number;
  constructor(message: string, row: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.row = row;
  }
}

/**
 * A small RFC 4180 reader for modest files in the browser (the chart's `src`); strips a BOM and
 * reports an unterminated quote with its row (1-based, header = 1). The SDK uses papaparse.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let quoteStartRow = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteStartRow = rows.length + 1;
      i += 1;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError(`Row ${quoteStartRow}: a quoted value is never closed`, quoteStartRow);
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
