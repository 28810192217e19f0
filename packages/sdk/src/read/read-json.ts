/**
 * Reads responses (and commitments) from JSON: an array of responses, or an object
 * `{responses: [...], commitments: [...]}` such as the collector exports. The text is followed
 * piece by piece (see json-feeder.ts), so a file of any size is read in bounded memory; each item
 * is checked with core's validation against the catalogue; problems name the item ("row" = item
 * number + 2, so the first item is row 2 as in a CSV), good items are kept.
 */
import {
  DEFAULT_CATALOGUE,
  Localizer,
  checkAgainstCatalogue,
  validateCommitment,
  validateResponse,
  type AssessmentResponse,
  type Commitment,
} from '@netweave/model';
import type { Provenance, ReadOptions, ReadResult } from '../types.js';
import { createIdSet, hashString } from './id-set.js';
import { createIssueLog, type IssueLog } from './issue-log.js';
import { createJsonFeeder, type JsonFeeder, type JsonProblem } from './json-feeder.js';
import { createRowView, fillRowView, type RowView } from './row-view.js';
import { normaliseNation } from '../normalise/nation.js';
import { normaliseSector } from '../normalise/sector.js';
import { nfc } from '../normalise/nfc.js';
import { issueLocation } from '../issue.js';
import { sdkCy, sdkEn, type SdkStrings } from '../strings.js';

/** Characters in one item beyond which it is reported and skipped (no export comes near). */
const MAX_ITEM = 1 << 20;

export interface JsonReader {
  readonly log: IssueLog;
  /** Nothing more is wanted (strict mode after an error, or a mistake in the structure). */
  readonly stopped: boolean;
  push(text: string): void;
  /** The text is complete. */
  end(): void;
  /** The text was cut off (a read failed): keeps what was read, reports the failure. */
  abandon(detail: string): void;
  finish(): ReadResult & { commitments: Commitment[] };
}

/** Where a mistake in the structure is, in the reader's words ("on line 3: expected , ]…"). */
function problemDetail(p: JsonProblem, l: Localizer<SdkStrings>): string {
  const found = p.found ? `“${p.found}”` : l.t('json.nothing');
  if (p.kind === 'end') return l.t('json.end', { line: p.line });
  if (p.kind === 'after') return l.t('json.after', { line: p.line, found });
  if (p.kind === 'invalid') return l.t('json.invalid', { line: p.line, found });
  return l.t('json.expected', {
    line: p.line,
    expected: p.expected
      .split(' ')
      .map((e) => `“${e}”`)
      .join(l.t('json.or')),
    found,
  });
}

/** A reader of JSON text given in pieces, whose results come from `finish()`. */
export function createJsonReader(
  options: ReadOptions & { onRow?: (view: RowView) => void } = {},
): JsonReader {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const file = options.file ?? 'input';
  const locale = options.locale ?? 'en';
  const log = createIssueLog(file, options);
  const stats = log.stats;
  const ids = options.ids ?? createIdSet();
  const fileIndex = ids.files.push(file) - 1;
  const responses: AssessmentResponse[] = [];
  const provenance: Provenance[] = [];
  const commitments: Commitment[] = [];
  const collect = !(options.onResponse || options.onRow);
  const view = createRowView(catalogue);
  let responseCount = 0;
  let failed = false;

  function reject(): void {
    stats.rejected += 1;
    if (options.strict) stats.stopped = true;
  }

  function response(index: number, text: string): void {
    const row = index + 2;
    stats.rows += 1;
    responseCount = index + 1;
    let item: Record<string, unknown> | null;
    try {
      item = JSON.parse(text) as Record<string, unknown> | null;
    } catch (error) {
      log.add(row, '', 'invalid-json', 'error', {
        detail: error instanceof Error ? error.message : String(error),
      });
      return reject();
    }
    if (item && typeof item === 'object') {
      // normalise sector and nation labels before validation ("third sector" → vcse), and
      // free text to NFC (one group for "Môn" however it was typed)
      if (item.respondent && typeof item.respondent === 'object') {
        const r = { ...(item.respondent as Record<string, unknown>) };
        for (const [field, fn] of [
          ['sector', normaliseSector],
          ['nation', normaliseNation],
        ] as const) {
          if (typeof r[field] === 'string') {
            const value = fn(r[field] as string);
            if (value === undefined)
              log.add(row, `respondent.${field}`, 'unknown-value', 'warning', {
                field,
                value: String(r[field]).slice(0, 60),
              });
            r[field] = value ?? null;
          }
        }
        if (typeof r.region === 'string') r.region = nfc(r.region);
        item = { ...item, respondent: r };
      }
      const other = item.otherChallenge as { text?: unknown } | null | undefined;
      if (other && typeof other === 'object' && typeof other.text === 'string')
        item = { ...item, otherChallenge: { ...other, text: nfc(other.text) } };
    }
    const result = validateResponse(item);
    if (!result.success) {
      for (const issue of result.issues) log.add(row, issue.path, issue.code, 'error', issue.params);
      return reject();
    }
    const value = result.value;
    const problems = checkAgainstCatalogue(value, catalogue);
    const bad = problems.filter((p) => p.code !== 'unknown-challenge');
    for (const p of problems) {
      log.add(row, p.path, p.code, p.code === 'unknown-challenge' ? 'warning' : 'error', p.params);
    }
    if (bad.length) return reject();
    const seen = ids.check(value.id, hashString(JSON.stringify({ ...value, id: '' })), fileIndex, row);
    if (seen) {
      const first = issueLocation(ids.files[seen.file] ?? '?', seen.row, '', locale);
      if (seen.same) {
        stats.duplicates += 1;
        log.add(row, 'id', 'duplicate-identical', 'info', { id: value.id, first });
      } else {
        log.add(row, 'id', 'duplicate-conflict', 'error', { id: value.id, first });
        reject();
      }
      return;
    }
    stats.accepted += 1;
    const prov: Provenance = {
      file,
      row,
      sessionId: value.sessionId,
      catalogueVersion: value.catalogueVersion,
    };
    if (options.onRow) {
      fillRowView(view, value, catalogue);
      view.row = row;
      options.onRow(view);
    }
    options.onResponse?.(value, prov);
    if (collect) {
      responses.push(value);
      provenance.push(prov);
    }
  }

  function commitment(index: number, text: string): void {
    const row = responseCount + index + 2;
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch (error) {
      log.add(row, `commitments[${index}]`, 'invalid-json', 'error', {
        detail: error instanceof Error ? error.message : String(error),
      });
      if (options.strict) stats.stopped = true;
      return;
    }
    const result = validateCommitment(item);
    if (result.success) commitments.push(result.value);
    else {
      for (const issue of result.issues)
        log.add(row, `commitments[${index}].${issue.path}`, issue.code, 'error', issue.params);
      if (options.strict) stats.stopped = true;
    }
  }

  const feeder: JsonFeeder = createJsonFeeder(
    {
      get stopped() {
        return stats.stopped;
      },
      item(list, index, text) {
        if (list === 'responses') response(index, text);
        else commitment(index, text);
      },
      tooLong(list, index) {
        if (list === 'responses') {
          stats.rows += 1;
          responseCount = index + 1;
          log.add(index + 2, '', 'record-too-long', 'error', { count: MAX_ITEM });
          reject();
        } else {
          log.add(responseCount + index + 2, `commitments[${index}]`, 'record-too-long', 'error', {
            count: MAX_ITEM,
          });
          if (options.strict) stats.stopped = true;
        }
      },
      problem(p) {
        failed = true;
        const l = new Localizer<SdkStrings>({ en: sdkEn, cy: sdkCy }, locale);
        const row = p.list === 'responses' ? p.index + 2 : p.list ? responseCount + p.index + 2 : 0;
        log.add(row, '', 'invalid-json', 'error', { detail: problemDetail(p, l) });
        stats.stopped = true;
      },
      done(shape, lists) {
        if (shape === 'array' || lists.size > 0) return;
        log.add(0, '', 'not-csv', 'error');
        stats.stopped = true;
      },
    },
    { maxItem: MAX_ITEM },
  );

  return {
    log,
    get stopped() {
      return stats.stopped;
    },
    push: (text) => feeder.push(text),
    end: () => feeder.end(),
    abandon(detail) {
      if (failed) return;
      log.add(0, '', 'unreadable', 'error', { detail });
      stats.stopped = true;
    },
    finish: () => ({
      file,
      format: 'json',
      responses,
      provenance,
      commitments,
      issues: log.issues,
      stats,
    }),
  };
}

export function readJson(
  text: string,
  options: ReadOptions & { onRow?: (view: RowView) => void } = {},
): ReadResult & { commitments: Commitment[] } {
  const reader = createJsonReader(options);
  reader.push(text);
  reader.end();
  return reader.finish();
}
