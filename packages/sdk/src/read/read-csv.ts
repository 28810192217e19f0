/**
 * Reads a CSV held in a string (canonical responses or commitments, or another tool's export with
 * a mapping). Never throws on malformed input: problems come back as issues with row and column.
 */
import type { Commitment } from '@netweave/model';
import type { ReadOptions, ReadResult } from '../types.js';
import { createCsvSink } from './csv-sink.js';
import type { RowView } from './row-view.js';
import { createSinkFeeder } from './sink-target.js';

export function readCsv(
  text: string,
  options: ReadOptions & { onRow?: (view: RowView) => void } = {},
): ReadResult & { commitments: Commitment[] } {
  const sink = createCsvSink(options);
  const feeder = createSinkFeeder(sink);
  feeder.push(text);
  feeder.end();
  return sink.finish();
}
