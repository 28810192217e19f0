/** Reads a CSV or JSON file from disk, streamed (bounded memory). */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Commitment } from '@netweave/model';
import { createIdSet } from '../read/id-set.js';
import { createIssueLog } from '../read/issue-log.js';
import { isJson } from '../read/text-reader.js';
import type { RowView } from '../read/row-view.js';
import type { ReadOptions, ReadResult } from '../types.js';
import { READ_CHUNK, readStream } from './read-stream.js';

export async function readFile(
  path: string,
  options: ReadOptions & { onRow?: (view: RowView) => void } = {},
): Promise<ReadResult & { commitments: Commitment[] }> {
  const file = options.file ?? basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const log = createIssueLog(file, options);
    log.add(0, '', 'unreadable', 'error', { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    log.stats.stopped = true;
    return {
      file,
      format: 'unknown',
      responses: [],
      provenance: [],
      commitments: [],
      issues: log.issues,
      stats: log.stats,
    };
  }
  const format = isJson(path) ? 'json' : 'csv';
  // a duplicate-detection table sized for the file up front (it grows if there are more rows)
  const ids = options.ids ?? createIdSet(Math.min(1 << 24, Math.max(1024, Math.ceil(size / 200))));
  return readStream(createReadStream(path, { highWaterMark: READ_CHUNK }), {
    ...options,
    ids,
    file,
    size,
    format,
  });
}
