/**
 * One interface over the CSV and JSON readers, for the readers that get text in pieces (a file,
 * a stream, a Blob): push the pieces, then `end()` (or `abandon()` when the source failed), then
 * `finish()` for the ReadResult. Both keep only what they need between pieces (bounded memory).
 */
import type { Commitment } from '@netweave/model';
import type { ReadOptions, ReadResult } from '../types.js';
import { createCsvSink } from './csv-sink.js';
import type { IssueLog } from './issue-log.js';
import { createJsonReader } from './read-json.js';
import type { RowView } from './row-view.js';
import { createSinkFeeder } from './sink-target.js';

export interface TextReader {
  readonly log: IssueLog;
  /** Nothing more is wanted (strict mode after an error, a file that cannot be read). */
  readonly stopped: boolean;
  push(text: string): void;
  /** The text is complete. */
  end(): void;
  /** The source failed part way: keeps what was complete, reports `detail` as `unreadable`. */
  abandon(detail: string): void;
  finish(): ReadResult & { commitments: Commitment[] };
}

/** A JSON file by its name or type: `.json`, or `application/json`. */
export const isJson = (name: string | undefined, type?: string): boolean =>
  /\.json$/i.test(name ?? '') || type === 'application/json';

export function createTextReader(
  format: 'csv' | 'json',
  options: ReadOptions & { onRow?: (view: RowView) => void },
): TextReader {
  if (format === 'json') return createJsonReader(options);
  const sink = createCsvSink(options);
  const feeder = createSinkFeeder(sink);
  return {
    log: sink.log,
    get stopped() {
      return sink.stopped;
    },
    push: (text) => feeder.push(text),
    end: () => feeder.end(),
    abandon(detail) {
      feeder.abandon(); // keep the complete records read before the failure
      sink.log.add(0, '', 'unreadable', 'error', { detail });
    },
    finish: () => sink.finish(),
  };
}
