/**
 * Reads a CSV held in a string (canonical responses or commitments, or another tool's export with
 * a mapping). Never throws on malformed input: problems come back as issues with row and column.
 */
import type { Commitment } from '@netweave/core';
import type { ReadOptions, ReadResult } from '../types.js';
import { createCsvSink } from './csv-sink.js';
import { papaConfig, runPapa } from './papa-config.js';
import type { RowView } from './row-view.js';

export function readCsv(
  text: string,
  options: ReadOptions & { onRow?: (view: RowView) => void } = {},
): ReadResult & { commitments: Commitment[] } {
  const sink = createCsvSink(options);
  let failure: unknown;
  const config = papaConfig(sink, (error) => {
    failure = error;
  });
  // papaparse parses a string synchronously, calling `chunk` for each chunkSize piece.
  runPapa(text, { ...config, chunkSize: 1 << 20 });
  if (failure) sink.log.add(0, '', 'unreadable', 'error', { detail: String(failure) });
  return sink.finish();
}
