/**
 * Reads a browser File or Blob (CSV or JSON) in slices: memory stays bounded whatever the file
 * size when `onRow`/`onResponse` is used (e.g. to aggregate in a Web Worker). Bytes are decoded
 * chunk by chunk (UTF-8, or UTF-16 with a byte order mark; bytes that are not UTF-8 are read as
 * Windows-1252 with a warning), so a Welsh ŵ or an emoji split between two slices comes out whole.
 */
import type { Commitment } from '@netweave/core';
import type { ReadOptions, ReadResult } from '../types.js';
import { createCsvSink } from './csv-sink.js';
import { createByteDecoder } from './decode-bytes.js';
import { readJson } from './read-json.js';
import type { RowView } from './row-view.js';
import { createSinkFeeder } from './sink-target.js';

export async function readBlob(
  blob: Blob,
  options: ReadOptions & { onRow?: (view: RowView) => void; chunkSize?: number } = {},
): Promise<ReadResult & { commitments: Commitment[] }> {
  const name = (blob as { name?: string }).name;
  const file = options.file ?? name ?? 'input';
  if (/\.json$/i.test(name ?? '') || blob.type === 'application/json') {
    return readJson(await blob.text(), { ...options, file });
  }
  const sink = createCsvSink({ ...options, file });
  const feeder = createSinkFeeder(sink);
  const decoder = createByteDecoder({
    onFallback: (sample) => sink.log.add(0, '', 'not-utf8', 'warning', { sample }),
  });
  const total = blob.size;
  const size = Math.max(1, options.chunkSize ?? 1 << 20);
  try {
    for (let offset = 0; offset < total && !sink.stopped; offset += size) {
      const bytes = new Uint8Array(await blob.slice(offset, offset + size).arrayBuffer());
      feeder.push(decoder.write(bytes));
      options.onProgress?.(Math.min(offset + size, total), total);
    }
    if (!sink.stopped) {
      feeder.push(decoder.end());
      feeder.end();
    }
  } catch (error) {
    feeder.abandon(); // keep the complete records read before the failure
    sink.log.add(0, '', 'unreadable', 'error', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return sink.finish();
}
