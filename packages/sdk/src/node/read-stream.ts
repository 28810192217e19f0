/**
 * Reads a CSV from a Node stream with bounded memory. The stream is decoded as UTF-8 before
 * papaparse sees it, so a Welsh ŵ or an emoji split across two chunks is not turned into
 * replacement characters (papaparse #751, #1132). Chunks go through the CSV feeder (pieces cut
 * after the last complete record; an over-long record is reported and skipped, not held).
 */
import type { Readable } from 'node:stream';
import type { Commitment } from '@netweave/core';
import { createCsvSink } from '../read/csv-sink.js';
import type { RowView } from '../read/row-view.js';
import { createSinkFeeder } from '../read/sink-target.js';
import type { ReadOptions, ReadResult } from '../types.js';

export function readStream(
  stream: Readable,
  options: ReadOptions & { onRow?: (view: RowView) => void; size?: number } = {},
): Promise<ReadResult & { commitments: Commitment[] }> {
  stream.setEncoding('utf8');
  const sink = createCsvSink(options);
  let done = 0;
  if (options.onProgress) {
    stream.on('data', (chunk: string) => {
      done += Buffer.byteLength(chunk);
      options.onProgress!(done, options.size);
    });
  }
  const feeder = createSinkFeeder(sink);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error) {
        feeder.abandon(); // keep the complete records read before the failure
        sink.log.add(0, '', 'unreadable', 'error', {
          detail: error instanceof Error ? error.message : String(error),
        });
      } else feeder.end();
      stream.destroy();
      resolve(sink.finish());
    };
    stream.on('data', (chunk: string) => {
      if (settled) return;
      feeder.push(chunk);
      if (sink.stopped) finish();
    });
    stream.on('end', () => finish());
    stream.on('error', finish);
    // destroyed without an error (and so without 'end'): say so rather than wait for ever
    stream.on('close', () => finish(new Error('the stream was closed before its end')));
  });
}
