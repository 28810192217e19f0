/**
 * Reads a browser File or Blob (CSV or JSON) in slices: memory stays bounded whatever the file
 * size when `onRow`/`onResponse` is used (e.g. to aggregate in a Web Worker). Bytes are decoded
 * chunk by chunk (UTF-8, or UTF-16 with a byte order mark; bytes that are not UTF-8 are read as
 * Windows-1252 with a warning), so a Welsh ŵ or an emoji split between two slices comes out whole.
 */
import type { Commitment } from '@netweave/model';
import type { ReadOptions, ReadResult } from '../types.js';
import { createByteDecoder } from './decode-bytes.js';
import type { RowView } from './row-view.js';
import { createTextReader, isJson } from './text-reader.js';

export async function readBlob(
  blob: Blob,
  options: ReadOptions & { onRow?: (view: RowView) => void; chunkSize?: number } = {},
): Promise<ReadResult & { commitments: Commitment[] }> {
  const name = (blob as { name?: string }).name;
  const file = options.file ?? name ?? 'input';
  const reader = createTextReader(isJson(name, blob.type) ? 'json' : 'csv', { ...options, file });
  const decoder = createByteDecoder({
    onFallback: (sample) => reader.log.add(0, '', 'not-utf8', 'warning', { sample }),
  });
  const total = blob.size;
  const size = Math.max(1, options.chunkSize ?? 1 << 20);
  try {
    for (let offset = 0; offset < total && !reader.stopped; offset += size) {
      const bytes = new Uint8Array(await blob.slice(offset, offset + size).arrayBuffer());
      reader.push(decoder.write(bytes));
      options.onProgress?.(Math.min(offset + size, total), total);
    }
    if (!reader.stopped) {
      reader.push(decoder.end());
      reader.end();
    }
  } catch (error) {
    reader.abandon(error instanceof Error ? error.message : String(error));
  }
  return reader.finish();
}
