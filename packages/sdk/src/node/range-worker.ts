/**
 * The worker thread of a parallel read: reads the byte range it is sent (see read-range.ts) and
 * posts progress while it reads, then the partial result (its records' buffer transferred, not
 * copied).
 */
import { parentPort } from 'node:worker_threads';
import { readRange, type RangeJob } from './read-range.js';

type FileRangeJob = RangeJob & { path: string };

parentPort!.once('message', (job: FileRangeJob) => {
  readRange(job, (bytes) => parentPort!.postMessage({ progress: bytes })).then(
    (result) => {
      const records = result.records.slice(0, result.count * 4);
      parentPort!.postMessage({ result: { ...result, records } }, [records.buffer]);
    },
    (error: unknown) =>
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
