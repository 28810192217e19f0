/**
 * Reads one byte range of a CSV file from disk (see read/range-reader.ts), in a worker thread or
 * the calling one, with Node's faster UTF-8 decoding.
 */
import { createReadStream } from 'node:fs';
import type { IdSet } from '../read/id-set.js';
import { createRangeReader, type RangeJob, type RangeResult } from '../read/range-reader.js';
import { fastUtf8 } from './fast-utf8.js';
import { READ_CHUNK } from './read-stream.js';

export type { RangeJob, RangeResult } from '../read/range-reader.js';

/** Reads bytes [job.start, job.end) of `job.path`; progress in bytes read since the last call. */
export async function readRange(
  job: RangeJob & { path: string; progressEvery?: number },
  onProgress?: (bytes: number) => void,
  shared?: IdSet,
): Promise<RangeResult> {
  const reader = createRangeReader(job, { shared, fastUtf8 });
  let done = 0;
  let reported = 0;
  const every = job.progressEvery ?? 1 << 22;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(job.path, {
      start: job.start,
      end: job.end - 1,
      highWaterMark: READ_CHUNK,
    });
    stream.on('data', (chunk) => {
      const bytes = chunk as Buffer;
      const more = reader.write(bytes);
      done += bytes.length;
      if (onProgress && done - reported >= every) {
        onProgress(done - reported);
        reported = done;
      }
      if (!more) {
        stream.destroy();
        resolve();
      }
    });
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
  if (onProgress && done > reported) onProgress(done - reported);
  return reader.finish();
}
