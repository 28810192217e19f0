/**
 * A large CSV file from disk read in byte ranges on several threads at once (worker threads), with
 * the same result as one pass: see read/read-in-ranges.ts for how.
 */
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Catalogue } from '@netweave/model';
import type { Grouped } from '../aggregate/grouped.js';
import type { GroupDimension } from '../aggregate/group-key.js';
import type { IdSet } from '../read/id-set.js';
import type { RangeJob, RangeResult } from '../read/range-reader.js';
import { readInRanges, type RangesFileResult } from '../read/read-in-ranges.js';
import { fastUtf8 } from './fast-utf8.js';
import { readRange } from './read-range.js';

export interface ParallelReadOptions {
  file: string;
  catalogue: Catalogue;
  by: readonly GroupDimension[];
  reliability?: boolean;
  locale?: 'en' | 'cy';
  maxIssues?: number;
  /** Threads to read with, this one included (default: the machine's, at most 8). */
  threads?: number;
  /** Files below this size are not split (default 8 MiB). */
  minBytes?: number;
  onProgress?: (done: number, total: number | undefined) => void;
}

/** Reads range `job` in a worker thread. */
async function inWorker(
  job: RangeJob & { path: string },
  onProgress: (bytes: number) => void,
): Promise<RangeResult> {
  const { Worker } = await import('node:worker_threads'); // loaded only when a file is split
  const here = import.meta.url;
  // from the TypeScript sources (the package's own tests), the worker loads them through tsx too
  const source = here.endsWith('.ts');
  const url = new URL(source ? './range-worker.ts' : './range-worker.js', here);
  return new Promise((resolve, reject) => {
    const worker = source
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
          { eval: true },
        )
      : // a small young generation: the worker's garbage is short-lived chunks and rows, and each
        // isolate's default one would add tens of MB to the peak RSS (236 → 214 MB on 1,000,000 rows)
        new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (message: { progress?: number; result?: RangeResult; error?: string }) => {
      if (message.progress !== undefined) onProgress(message.progress);
      else if (message.result) {
        resolve(message.result);
        void worker.terminate();
      } else {
        reject(new Error(message.error));
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`a reading thread stopped (${code})`));
    });
    worker.postMessage(job);
  });
}

/**
 * Reads `path` in ranges into `grouped` and `ids`; undefined (nothing changed) when the file is
 * to be read in one pass instead. Resolves to the merged accumulator and the file's result.
 */
export async function readFileParallel(
  path: string,
  grouped: Grouped,
  ids: IdSet,
  options: ParallelReadOptions,
): Promise<{ grouped: Grouped; result: RangesFileResult } | undefined> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return undefined;
  }
  const handle = await open(path, 'r');
  try {
    return await readInRanges(
      size,
      grouped,
      ids,
      { ...options, threads: options.threads ?? availableParallelism() },
      {
        async readAt(offset, length) {
          const bytes = new Uint8Array(length);
          const { bytesRead } = await handle.read(bytes, 0, length, offset);
          return bytes.subarray(0, bytesRead);
        },
        first: (job, onProgress, shared) => readRange({ ...job, path }, onProgress, shared),
        other: (job, onProgress) => inWorker({ ...job, path }, onProgress),
        fastUtf8,
      },
    );
  } finally {
    await handle.close();
  }
}
