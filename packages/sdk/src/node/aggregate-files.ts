/**
 * Reads several files (CSV and JSON, both streamed) into one grouped accumulator with bounded memory:
 * responses are validated, de-duplicated across all files and added as they are read. Commitments
 * files are counted separately. A large canonical CSV is read in byte ranges on several threads at
 * once, with the same result as one pass (see read-file-parallel.ts).
 */
import { DEFAULT_CATALOGUE, type Catalogue, type Commitment } from '@netweave/model';
import { addGroupedRow, createGrouped, type Grouped } from '../aggregate/grouped.js';
import type { GroupDimension } from '../aggregate/group-key.js';
import { createIdSet } from '../read/id-set.js';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isJson } from '../read/text-reader.js';
import type { ReadOptions, ReadResult } from '../types.js';
import { readFile } from './read-file.js';
import { PARALLEL_MIN_BYTES } from '../read/read-in-ranges.js';

export interface AggregateFilesOptions extends Omit<ReadOptions, 'onResponse' | 'file' | 'ids'> {
  by?: readonly GroupDimension[];
  reliability?: boolean;
  /** Called before each file is read. */
  onFile?: (path: string, index: number) => void;
  /**
   * Threads to read a large CSV with, this one included (default: the machine's cores, at most
   * 8; 1 reads every file in one pass). Results are the same either way.
   */
  threads?: number;
  /** Files smaller than this many bytes are read in one pass (default 8 MiB). */
  parallelMinBytes?: number;
}

export interface AggregateFilesResult {
  grouped: Grouped;
  files: Omit<ReadResult, 'responses' | 'provenance'>[];
  commitments: Commitment[];
}

export async function aggregateFiles(
  paths: readonly string[],
  options: AggregateFilesOptions = {},
): Promise<AggregateFilesResult> {
  const catalogue: Catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  let grouped = createGrouped(catalogue, options.by ?? [], { reliability: options.reliability });
  // sized for the files up front (it grows if there are more rows): about one row per 200 bytes
  let bytes = 0;
  for (const path of paths)
    bytes += await stat(path).then(
      (s) => s.size,
      () => 0,
    );
  const ids = createIdSet(Math.min(1 << 24, Math.max(1 << 16, Math.ceil(bytes / 200))));
  const files: AggregateFilesResult['files'] = [];
  const commitments: Commitment[] = [];
  const parallel = !options.mapping && !options.strict && !options.onIssue;
  for (const [index, path] of paths.entries()) {
    options.onFile?.(path, index);
    const size = await stat(path).then(
      (s) => s.size,
      () => 0,
    );
    if (parallel && !isJson(path) && size >= (options.parallelMinBytes ?? PARALLEL_MIN_BYTES)) {
      // threads and their code are loaded only for a file large enough to split
      const { readFileParallel } = await import('./read-file-parallel.js');
      const read = await readFileParallel(path, grouped, ids, {
        file: basename(path),
        catalogue,
        by: options.by ?? [],
        reliability: options.reliability,
        locale: options.locale,
        maxIssues: options.maxIssues,
        threads: options.threads,
        minBytes: options.parallelMinBytes,
        onProgress: options.onProgress,
      });
      if (read) {
        grouped = read.grouped;
        files.push(read.result);
        continue;
      }
    }
    const result = await readFile(path, {
      ...options,
      catalogue,
      ids,
      onRow: (view) => addGroupedRow(grouped, view),
    });
    commitments.push(...result.commitments);
    files.push({ file: result.file, format: result.format, issues: result.issues, stats: result.stats });
    if (options.strict && result.stats.errors > 0) break;
  }
  return { grouped, files, commitments };
}
