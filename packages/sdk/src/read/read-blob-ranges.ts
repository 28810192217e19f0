/**
 * A large CSV File or Blob read in byte ranges on several Web Workers at once, with the same
 * result as one pass (`readBlob`): the browser's side of read-in-ranges.ts, whose rules it
 * follows. The page's worker calls `readBlobInRanges` with `run`, which hands a range to another
 * Web Worker; that worker calls `readBlobRange` and posts the result back (its `records` buffer
 * can be transferred). Memory stays bounded per worker: each reads its range in 1 MB slices.
 */
import type { Grouped } from '../aggregate/grouped.js';
import type { IdSet } from './id-set.js';
import { createRangeReader, type RangeJob, type RangeResult } from './range-reader.js';
import { readInRanges, type InRangesOptions, type RangesFileResult } from './read-in-ranges.js';

export type { RangeJob, RangeResult, RangeIssue } from './range-reader.js';

const SLICE = 1 << 20;

/** Reads range `job` of `blob` (in a Web Worker, or here); progress in bytes since the last call. */
export async function readBlobRange(
  blob: Blob,
  job: RangeJob,
  onProgress?: (bytes: number) => void,
  shared?: IdSet,
): Promise<RangeResult> {
  const reader = createRangeReader(job, { shared });
  for (let at = job.start; at < job.end; at += SLICE) {
    const bytes = new Uint8Array(await blob.slice(at, Math.min(job.end, at + SLICE)).arrayBuffer());
    const more = reader.write(bytes);
    onProgress?.(bytes.length);
    if (!more) break;
  }
  return reader.finish();
}

export interface BlobRangesOptions extends Omit<InRangesOptions, 'threads'> {
  /** Workers to read with, this one included (default: the device's cores, at most 8). */
  threads?: number;
  /** Reads a later range in another Web Worker (which calls `readBlobRange(blob, job)`). */
  run: (job: RangeJob, onProgress: (bytes: number) => void) => Promise<RangeResult>;
}

/**
 * Reads `blob` in ranges into `grouped` and `ids`; undefined (nothing changed) when it is small,
 * or not a canonical UTF-8 responses CSV, or cannot be cut safely: read it with `readBlob` then.
 */
export function readBlobInRanges(
  blob: Blob,
  grouped: Grouped,
  ids: IdSet,
  options: BlobRangesOptions,
): Promise<{ grouped: Grouped; result: RangesFileResult } | undefined> {
  const threads =
    options.threads ??
    (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ??
    1;
  return readInRanges(
    blob.size,
    grouped,
    ids,
    { ...options, threads },
    {
      readAt: async (offset, length) =>
        new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
      first: (job, onProgress, shared) => readBlobRange(blob, job, onProgress, shared),
      other: options.run,
    },
  );
}
