// Runs in a Web Worker: reads the dropped files in chunks (bounded memory), validates and
// aggregates them with @netweave/sdk, and posts back the disclosed analysis. Nothing leaves the
// browser: there is no network request here. A large canonical CSV is read in byte ranges by more
// workers of this same script at once (one per core; the SDK's readBlobInRanges, with the same
// result as one pass); those are ended with this one when the page cancels the reading.
import {
  addGroupedRow,
  analyse,
  applyDisclosure,
  createGrouped,
  createIdSet,
  readBlob,
  readBlobInRanges,
  readBlobRange,
  groupedTotal,
} from '@netweave/sdk';
import { DEFAULT_CATALOGUE } from '@netweave/model';

/** Reads one range of a file in another worker of this script. */
function inAnotherWorker(blob, job, onProgress) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (data.type === 'range-progress') return onProgress(data.bytes);
      worker.terminate();
      if (data.type === 'range-done') resolve(data.result);
      else reject(new Error(data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ type: 'range', blob, job });
  });
}

/** A range worker: reads its range and posts the partial result (its id records transferred). */
async function readOneRange({ blob, job }) {
  try {
    let pending = 0;
    const result = await readBlobRange(blob, job, (bytes) => {
      pending += bytes;
      if (pending >= 1 << 22) {
        self.postMessage({ type: 'range-progress', bytes: pending });
        pending = 0;
      }
    });
    if (pending) self.postMessage({ type: 'range-progress', bytes: pending });
    const records = result.records.slice(0, result.count * 4);
    self.postMessage({ type: 'range-done', result: { ...result, records } }, [records.buffer]);
  } catch (error) {
    self.postMessage({
      type: 'range-error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

self.onmessage = async (event) => {
  if (event.data.type === 'range') return readOneRange(event.data);
  const { files, mapping, by, disclosure, threshold, locale, strings } = event.data;
  try {
    const catalogue = DEFAULT_CATALOGUE;
    let grouped = createGrouped(catalogue, by ? [by] : []);
    const ids = createIdSet(1 << 12);
    const total = files.reduce((n, f) => n + f.size, 0);
    let before = 0;
    let last = 0;
    const reports = [];
    const commitments = [];
    const post = (done) => {
      const now = Date.now();
      if (now - last > 100) {
        last = now;
        self.postMessage({ type: 'progress', done, total });
      }
    };
    for (const file of files) {
      if (!mapping && !/\.json$/i.test(file.name)) {
        const ranges = await readBlobInRanges(file, grouped, ids, {
          file: file.name,
          catalogue,
          by: by ? [by] : [],
          locale,
          maxIssues: 200,
          run: (job, onProgress) => inAnotherWorker(file, job, onProgress),
          onProgress: (done) => post(before + done),
        });
        if (ranges) {
          grouped = ranges.grouped;
          before += file.size;
          reports.push(ranges.result);
          continue;
        }
      }
      const result = await readBlob(file, {
        catalogue,
        mapping: mapping ?? undefined,
        ids,
        locale,
        maxIssues: 200,
        onRow: (view) => addGroupedRow(grouped, view),
        onProgress: (done) => post(before + done),
      });
      before += file.size;
      commitments.push(...result.commitments);
      reports.push({ file: result.file, format: result.format, stats: result.stats, issues: result.issues });
    }
    const respondents = groupedTotal(grouped).respondents;
    const analysis = respondents
      ? applyDisclosure(
          analyse(grouped, {
            catalogue,
            threshold: threshold || undefined,
            locale,
            commitments: commitments.length ? commitments : undefined,
          }),
          disclosure,
          locale,
          strings,
        )
      : null;
    self.postMessage({ type: 'done', analysis, reports });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
