/**
 * Reads canonical commitment rows (`commitment_id, session_id, created_at, column, text, sector,
 * status`, and `reactions` when the export has it) with the same reporting as responses.
 * Commitments are few, so they are kept in memory.
 */
import {
  DEFAULT_COLUMN,
  ID_PATTERN as ID,
  LIMITS,
  type Commitment,
  type CommitmentStatus,
} from '@netweave/model';
import { normaliseSector } from '../normalise/sector.js';
import { nfc } from '../normalise/nfc.js';
import type { ReadOptions } from '../types.js';
import { createIdSet } from './id-set.js';
import { readTimestamp } from './timestamp.js';
import type { IssueLog } from './issue-log.js';
import type { RowSink } from './response-reader.js';
import { issueLocation } from '../issue.js';

const STATUSES: readonly CommitmentStatus[] = ['pending', 'visible', 'hidden'];

export interface CommitmentReader extends RowSink {
  readonly commitments: Commitment[];
}

export function createCommitmentReader(options: ReadOptions & { log: IssueLog }): CommitmentReader {
  const { log } = options;
  const stats = log.stats;
  const ids = createIdSet(64);
  const file = options.file ?? 'input';
  ids.files.push(file);
  const commitments: Commitment[] = [];
  let header: string[] = [];
  // column name → index (a Map: a column may be called "constructor")
  const col = new Map<string, number>();
  let stopped = false;

  return {
    commitments,
    get stopped() {
      return stopped;
    },
    header(cells) {
      header = cells.map((c) => c.trim());
      header.forEach((name, i) => {
        if (!col.has(name)) col.set(name, i);
      });
      let ok = true;
      for (const name of ['commitment_id', 'session_id', 'text']) {
        if (!col.has(name)) {
          log.add(1, name, 'missing-column', 'error', { column: name });
          ok = false;
        }
      }
      if (!ok) stopped = true;
      return ok;
    },
    row(cells, row) {
      if (stopped || (cells.length === 1 && cells[0] === '')) return;
      stats.rows += 1;
      let errors = 0;
      const err = (column: string, code: string, params: Record<string, string | number> = {}) => {
        log.add(row, column, code, 'error', params);
        errors += 1;
      };
      if (cells.length !== header.length) {
        err('', 'field-count', { count: cells.length, expected: header.length });
      } else {
        const get = (name: string) => {
          const i = col.get(name);
          return i === undefined ? '' : nfc(cells[i]!.trim());
        };
        const id = get('commitment_id');
        const sessionId = get('session_id');
        if (!ID.test(id)) err('commitment_id', id ? 'id-format' : 'missing');
        if (!ID.test(sessionId)) err('session_id', sessionId ? 'id-format' : 'missing');
        // core's timestamp rule as the collector applies it: the cell exactly as written
        const iCreated = col.get('created_at');
        const createdText = iCreated === undefined ? '' : cells[iCreated]!;
        const createdAt = createdText.trim() === '' ? '' : readTimestamp(createdText)?.text;
        if (createdAt === undefined) err('created_at', 'date', { value: createdText.slice(0, 40) });
        const text = get('text');
        if (!text) err('text', 'empty');
        const sectorText = get('sector');
        let sector = sectorText ? normaliseSector(sectorText) : null;
        if (sector === undefined) {
          log.add(row, 'sector', 'unknown-value', 'warning', {
            field: 'sector',
            value: sectorText.slice(0, 60),
          });
          sector = null;
        }
        const statusText = get('status').toLowerCase() || 'visible';
        if (!STATUSES.includes(statusText as CommitmentStatus))
          err('status', 'one-of', { options: STATUSES.join(', ') });
        // how many said "I'll do this too" (an optional column; blank is 0)
        const reactionsText = get('reactions');
        const reactions = /^\d{1,9}$/.test(reactionsText) ? Number(reactionsText) : 0;
        if (reactionsText && !/^\d{1,9}$/.test(reactionsText))
          log.add(row, 'reactions', 'unknown-value', 'warning', {
            field: 'reactions',
            value: reactionsText.slice(0, 60),
          });
        if (errors === 0) {
          const seen = ids.check(id, 0, 0, row);
          if (seen) {
            log.add(row, 'commitment_id', 'duplicate-identical', 'info', {
              id,
              first: issueLocation(file, seen.row, '', options.locale),
            });
            stats.duplicates += 1;
            return;
          }
          commitments.push({
            id,
            sessionId,
            createdAt: createdAt || '',
            text: text.slice(0, LIMITS.commitmentText),
            column: get('column') || DEFAULT_COLUMN,
            sector,
            status: statusText as CommitmentStatus,
            reactions,
          });
          stats.accepted += 1;
          return;
        }
      }
      stats.rejected += 1;
      if (options.strict) stopped = true;
    },
  };
}
