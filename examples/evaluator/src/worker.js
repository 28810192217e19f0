// Runs in a Web Worker: reads the dropped files in chunks (bounded memory), validates and
// aggregates them with @netweave/sdk, and posts back the disclosed analysis. Nothing leaves the
// browser: there is no network request here.
import {
  addGroupedRow,
  analyse,
  applyDisclosure,
  createGrouped,
  createIdSet,
  readBlob,
  groupedTotal,
} from '@netweave/sdk';
import { DEFAULT_CATALOGUE } from '@netweave/model';

self.onmessage = async (event) => {
  const { files, mapping, by, disclosure, threshold, locale, strings } = event.data;
  try {
    const catalogue = DEFAULT_CATALOGUE;
    const grouped = createGrouped(catalogue, by ? [by] : []);
    const ids = createIdSet(1 << 12);
    const total = files.reduce((n, f) => n + f.size, 0);
    let before = 0;
    let last = 0;
    const reports = [];
    const commitments = [];
    for (const file of files) {
      const result = await readBlob(file, {
        catalogue,
        mapping: mapping ?? undefined,
        ids,
        locale,
        maxIssues: 200,
        onRow: (view) => addGroupedRow(grouped, view),
        onProgress: (done) => {
          const now = Date.now();
          if (now - last > 100) {
            last = now;
            self.postMessage({ type: 'progress', done: before + done, total });
          }
        },
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
