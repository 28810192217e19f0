/**
 * Reads a browser File or Blob (CSV or JSON) in chunks through papaparse: memory stays bounded
 * whatever the file size when `onRow`/`onResponse` is used (e.g. to aggregate in a Web Worker).
 */
import type { Commitment } from '@netweave/core';
import type { ReadOptions, ReadResult } from '../types.js';
import { createCsvSink } from './csv-sink.js';
import { papaConfig, runPapa } from './papa-config.js';
import { readJson } from './read-json.js';
import type { RowView } from './row-view.js';

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
  const total = blob.size;
  await new Promise<void>((resolve) => {
    const config = papaConfig(
      sink,
      (error) => {
        if (error) sink.log.add(0, '', 'unreadable', 'error', { detail: String(error) });
        resolve();
      },
      (cursor) => options.onProgress?.(Math.min(cursor, total), total),
    );
    runPapa(blob, { ...config, chunkSize: options.chunkSize ?? 1 << 20 });
  });
  return sink.finish();
}
