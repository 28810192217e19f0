/**
 * Reads a CSV (or, with `format: 'json'`, a JSON export) from a Node stream with bounded memory.
 * The bytes are decoded before papaparse sees them (UTF-8, or UTF-16 with a byte order mark; bytes
 * that are not UTF-8 are read as Windows-1252 with a warning), so a Welsh ŵ or an emoji split
 * across two chunks is not turned into replacement characters (papaparse #751, #1132). A stream
 * already set to give strings is read as it is. CSV chunks go through the CSV feeder (pieces cut
 * after the last complete record; an over-long record is reported and skipped, not held); JSON
 * through the JSON feeder (one item held at a time).
 */
import type { Readable } from 'node:stream';
import type { Commitment } from '@netweave/model';
import { createByteDecoder } from '../read/decode-bytes.js';
import type { RowView } from '../read/row-view.js';
import { createTextReader } from '../read/text-reader.js';
import { fastUtf8 } from './fast-utf8.js';
import type { ReadOptions, ReadResult } from '../types.js';

/**
 * Bytes read from a file at a time: a string decoded from more than about 128 KB is made in V8's
 * large-object space, which costs far more (64 MB decoded in 256 KB chunks: 360 ms; in 64 KB: 10–20 ms).
 */
export const READ_CHUNK = 1 << 16;

export function readStream(
  stream: Readable,
  options: ReadOptions & { onRow?: (view: RowView) => void; size?: number; format?: 'csv' | 'json' } = {},
): Promise<ReadResult & { commitments: Commitment[] }> {
  const reader = createTextReader(options.format ?? 'csv', options);
  const decoder = createByteDecoder({
    fastUtf8,
    onFallback: (sample) => reader.log.add(0, '', 'not-utf8', 'warning', { sample }),
  });
  let done = 0;
  if (options.onProgress) {
    stream.on('data', (chunk: Buffer | string) => {
      done += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      options.onProgress!(done, options.size);
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error) reader.abandon(error instanceof Error ? error.message : String(error));
      else {
        reader.push(decoder.end());
        reader.end();
      }
      stream.destroy();
      resolve(reader.finish());
    };
    stream.on('data', (chunk: Buffer | string) => {
      if (settled) return;
      reader.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (reader.stopped) finish();
    });
    stream.on('end', () => finish());
    stream.on('error', finish);
    // destroyed without an error (and so without 'end'): say so rather than wait for ever
    stream.on('close', () => finish(new Error('the stream was closed before its end')));
  });
}
