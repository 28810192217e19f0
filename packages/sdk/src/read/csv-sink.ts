/**
 * Chooses the reader from a file's header: a mapped export (when a mapping is given), canonical
 * responses (`response_id` …) or commitments (`commitment_id` …); anything else is reported as
 * not readable. `finish()` gives the ReadResult.
 */
import type { Commitment } from '@netweave/model';
import type { ReadOptions, ReadResult } from '../types.js';
import { createCommitmentReader, type CommitmentReader } from './commitment-reader.js';
import { createIssueLog, type IssueLog } from './issue-log.js';
import { createMappedReader } from './mapped-reader.js';
import { createResponseReader, type ResponseReader, type RowSink } from './response-reader.js';
import type { RowView } from './row-view.js';

export interface CsvSink extends RowSink {
  readonly log: IssueLog;
  /** Leaves out a row the parser could not split (a quote problem). */
  reject(row: number, code: string, params?: Record<string, string | number>): void;
  /** Gives up on the whole file (its header row could not be read), saying why. */
  fail(row: number, code: string, params?: Record<string, string | number>): void;
  finish(): ReadResult & { commitments: Commitment[] };
}

export function createCsvSink(options: ReadOptions & { onRow?: (view: RowView) => void }): CsvSink {
  const file = options.file ?? 'input';
  const log = createIssueLog(file, options);
  let format: ReadResult['format'] = 'unknown';
  let responses: ResponseReader | undefined;
  let commitments: CommitmentReader | undefined;
  let active: RowSink | undefined;
  let stopped = false;

  return {
    log,
    get stopped() {
      return stopped || (active?.stopped ?? false);
    },
    header(cells) {
      const names = new Set(cells.map((c) => c.trim()));
      // a mapping is for other tools' exports: canonical files mixed in are read as they are
      if (options.mapping && !names.has('response_id') && !names.has('commitment_id')) {
        format = 'mapped-csv';
        responses = createResponseReader({ ...options, file, log });
        active = createMappedReader(responses, options.mapping, { catalogue: options.catalogue, log, file });
      } else if (names.has('response_id')) {
        format = 'responses-csv';
        active = responses = createResponseReader({ ...options, file, log });
      } else if (names.has('commitment_id')) {
        format = 'commitments-csv';
        active = commitments = createCommitmentReader({ ...options, file, log });
      } else {
        log.add(0, '', cells.length === 1 && cells[0] === '' ? 'empty-file' : 'not-csv', 'error');
        stopped = true;
        return false;
      }
      const ok = active.header(cells);
      if (!ok) stopped = true;
      return ok;
    },
    row(cells, row) {
      if (!stopped && active) active.row(cells, row);
    },
    reject(row, code, params = {}) {
      if (this.stopped) return;
      log.stats.rows += 1;
      log.stats.rejected += 1;
      log.add(row, '', code, 'error', params);
      if (options.strict) stopped = true;
    },
    fail(row, code, params = {}) {
      log.add(row, '', code, 'error', params);
      stopped = true;
    },
    finish() {
      const stats = log.stats;
      if (format === 'unknown' && log.issues.length === 0) log.add(0, '', 'empty-file', 'error');
      stats.stopped = stats.stopped || this.stopped || format === 'unknown';
      if (stats.stopped && options.strict && stats.errors > 0) log.add(0, '', 'stopped', 'info');
      return {
        file,
        format,
        responses: responses?.responses ?? [],
        provenance: responses?.provenance ?? [],
        commitments: commitments?.commitments ?? [],
        issues: log.issues,
        stats,
      };
    },
  };
}
