/**
 * Reads several files (CSV and JSON, both streamed) into one grouped accumulator with bounded memory:
 * responses are validated, de-duplicated across all files and added as they are read. Commitments
 * files are counted separately.
 */
import { DEFAULT_CATALOGUE, type Catalogue, type Commitment } from '@netweave/model';
import { addGroupedRow, createGrouped, type Grouped } from '../aggregate/grouped.js';
import type { GroupDimension } from '../aggregate/group-key.js';
import { createIdSet } from '../read/id-set.js';
import type { ReadOptions, ReadResult } from '../types.js';
import { readFile } from './read-file.js';

export interface AggregateFilesOptions extends Omit<ReadOptions, 'onResponse' | 'file' | 'ids'> {
  by?: readonly GroupDimension[];
  reliability?: boolean;
  /** Called before each file is read. */
  onFile?: (path: string, index: number) => void;
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
  const grouped = createGrouped(catalogue, options.by ?? [], { reliability: options.reliability });
  const ids = createIdSet(1 << 16);
  const files: AggregateFilesResult['files'] = [];
  const commitments: Commitment[] = [];
  for (const [index, path] of paths.entries()) {
    options.onFile?.(path, index);
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
