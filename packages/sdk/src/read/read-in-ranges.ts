/**
 * Reads a large canonical responses CSV in byte ranges at once (this thread and worker threads,
 * or Web Workers),
 * with the same result as one pass: the same figures, the same issues with the same file, row and
 * column, the same duplicates.
 *
 * - Ranges: the file is cut just after a line feed near each nth of its size. A line feed may be
 *   inside a quoted field, so no cut is trusted until it is proved: each range is parsed as a
 *   whole (the first from the file's start; each later one from a cut, with the header's cells),
 *   and a range must end exactly at the end of a record, outside quotes, with nothing held back.
 *   Parsing is deterministic from a record boundary, so by induction from the file's start every
 *   cut is then a record boundary of the one-pass read, and each range's rows are its rows. When a
 *   range does not end so, the file is read in one pass instead.
 * - Rows: each range counts its rows from its start; range k's row r is row
 *   r − 1 + (rows of the ranges before it), so issues are renumbered once all ranges are in (their
 *   messages are written again with the right numbers, duplicates' "first seen" too).
 * - Duplicates: the first range finds its own with the read's duplicate detection; a later range
 *   only writes down its rows' ids, which are then checked here, in file order, against everything
 *   read before (earlier files, ranges and rows). A duplicate found here (within a later range or
 *   across ranges: rare, and it would be left out of figures that already counted it) sends the
 *   file to a one-pass read, its ids forgotten first.
 * - Memory: each thread streams its range in 256 KB chunks; what it keeps is its accumulator,
 *   16 bytes per kept row for the duplicate check and at most `maxIssues` issues.
 * Not for mapped exports, strict mode, `onIssue`, UTF-16, or bytes that are not UTF-8 (a range
 * finding them sends the file to a one-pass read, which warns once for the whole file).
 */
import { DEFAULT_CATALOGUE, type Catalogue } from '@netweave/model';
import { mergeGrouped, type Grouped } from '../aggregate/grouped.js';
import type { GroupDimension } from '../aggregate/group-key.js';
import { issueLocation, rowIssue } from '../issue.js';
import type { ReadResult, ReadStats, RowIssue } from '../types.js';
import { createByteDecoder } from './decode-bytes.js';
import type { CsvSink } from './csv-sink.js';
import type { IdSet } from './id-set.js';
import type { RangeJob, RangeResult } from './range-reader.js';
import { createSinkFeeder } from './sink-target.js';

/** Files smaller than this are read in one pass (starting threads costs more than they save). */
export const PARALLEL_MIN_BYTES = 8 << 20;
/** Bytes looked through after a range's nominal start for the line feed to cut at. */
const WINDOW = 1 << 16;
/** Bytes read at the start for the header. */
const PREFIX = 1 << 20;

export interface InRangesOptions {
  file: string;
  catalogue: Catalogue;
  by: readonly GroupDimension[];
  reliability?: boolean;
  locale?: 'en' | 'cy';
  maxIssues?: number;
  /** Threads to read with, the calling one included (at most 8 are used). */
  threads: number;
  /** Files below this size are not split (default PARALLEL_MIN_BYTES, 8 MiB). */
  minBytes?: number;
  onProgress?: (done: number, total: number | undefined) => void;
}

export type RangesFileResult = Omit<ReadResult, 'responses' | 'provenance'>;

/**
 * Where to cut a file of `size` bytes into `count` ranges (byte offsets, the first 0) and its
 * header's cells, or undefined to read it in one pass. `readAt` reads bytes of the file.
 */
export async function planRanges(
  size: number,
  count: number,
  readAt: (offset: number, length: number) => Promise<Uint8Array>,
  fastUtf8?: (bytes: Uint8Array) => string | undefined,
): Promise<{ starts: number[]; header: string[] } | undefined> {
  if (count < 2) return undefined;
  const head = await readAt(0, Math.min(size, PREFIX));
  // UTF-16 (a mark, or zero bytes as the decoder recognises it) is not cut at line-feed bytes
  const [b0, b1, b2, b3] = head;
  if (
    (b0 === 0xff && b1 === 0xfe) ||
    (b0 === 0xfe && b1 === 0xff) ||
    b0 === 0 ||
    b1 === 0 ||
    b2 === 0 ||
    b3 === 0
  )
    return undefined;
  const starts = [0];
  for (let k = 1; k < count; k++) {
    const nominal = Math.floor((size * k) / count);
    const window = await readAt(nominal, Math.min(WINDOW, size - nominal));
    const lf = window.indexOf(10);
    if (lf < 0) continue;
    const start = nominal + lf + 1;
    if (start > starts[starts.length - 1]! && start < size) starts.push(start);
  }
  if (starts.length < 2) return undefined;
  const header = readHeader(head.subarray(0, Math.min(head.length, starts[1]!)), fastUtf8);
  return header ? { starts, header } : undefined;
}

/** The header's cells from the file's first bytes, when its header record ends within them. */
function readHeader(
  bytes: Uint8Array,
  fastUtf8?: (bytes: Uint8Array) => string | undefined,
): string[] | undefined {
  let header: string[] | undefined;
  let failed = false;
  const sink = {
    get stopped() {
      return header !== undefined || failed;
    },
    header(cells: string[]) {
      header = cells.slice();
      return false;
    },
    row() {},
    reject() {},
    fail() {
      failed = true;
    },
  } as unknown as CsvSink;
  const feeder = createSinkFeeder(sink);
  const decoder = createByteDecoder({ fastUtf8, onFallback: () => (failed = true) });
  feeder.push(decoder.write(bytes));
  feeder.endRange();
  return failed ? undefined : header;
}

/** How a file's ranges are read: the first in the calling thread, the others elsewhere. */
export interface RangeRunners {
  /** Reads bytes of the file. */
  readAt(offset: number, length: number): Promise<Uint8Array>;
  /** Reads the first range here, with the read's own duplicate detection. */
  first(job: RangeJob, onProgress: (bytes: number) => void, shared: IdSet): Promise<RangeResult>;
  /** Reads a later range in another thread (a worker thread, a Web Worker). */
  other(job: RangeJob, onProgress: (bytes: number) => void): Promise<RangeResult>;
  fastUtf8?: (bytes: Uint8Array) => string | undefined;
}

/**
 * Reads a file of `size` bytes in ranges into `grouped` and `ids`; undefined (nothing changed)
 * when it is to be read in one pass instead. Resolves to the merged accumulator and the file's
 * result.
 */
export async function readInRanges(
  size: number,
  grouped: Grouped,
  ids: IdSet,
  options: InRangesOptions,
  run: RangeRunners,
): Promise<{ grouped: Grouped; result: RangesFileResult } | undefined> {
  const threads = Math.min(8, options.threads);
  const minBytes = options.minBytes ?? PARALLEL_MIN_BYTES;
  if (threads < 2 || size < minBytes) return undefined;
  const plan = await planRanges(size, threads, run.readAt, run.fastUtf8);
  if (!plan) return undefined;
  const { starts, header } = plan;
  const maxIssues = options.maxIssues ?? 1000;
  let done = 0;
  const progress = (bytes: number) => {
    done += bytes;
    options.onProgress?.(done, size);
  };
  const jobs: RangeJob[] = starts.map((start, k) => ({
    file: options.file,
    start,
    end: starts[k + 1] ?? size,
    last: k === starts.length - 1,
    header,
    // the default catalogue is the worker's own: only another one is sent
    catalogue: options.catalogue === DEFAULT_CATALOGUE ? undefined : options.catalogue,
    by: [...options.by],
    reliability: options.reliability,
    locale: options.locale,
    maxIssues,
  }));
  // the first range here, with the read's own duplicate detection (it adds this file to ids.files)
  const fileIndex = ids.files.length;
  const results = await Promise.all(
    jobs.map((job, k) => (k === 0 ? run.first(job, progress, ids) : run.other(job, progress))),
  );
  const undo = () => {
    ids.forget(fileIndex);
    ids.files.length = fileIndex;
    return undefined;
  };
  if (results.some((r) => !r.boundary || r.unlike !== undefined)) return undo();

  // the later ranges' kept ids against everything before, in file order; rows renumbered
  const offsets: number[] = [];
  let before = 0;
  for (const [k, r] of results.entries()) {
    const shift = k === 0 ? 0 : before - 1; // range row r (header = 1) is file row r + shift
    offsets.push(shift);
    const records = r.records;
    for (let i = 0; i < r.count; i++) {
      const o = i * 4;
      const seen = ids.checkHashed(
        records[o]!,
        records[o + 1]!,
        records[o + 2]!,
        fileIndex,
        records[o + 3]! + shift,
      );
      if (seen) return undo();
    }
    before = r.lastRow + shift;
  }

  const stats: ReadStats = {
    rows: 0,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
    errors: 0,
    warnings: 0,
    stopped: false,
  };
  const issues: RowIssue[] = [];
  for (const [k, r] of results.entries()) {
    for (const key of ['rows', 'accepted', 'rejected', 'duplicates', 'errors', 'warnings'] as const)
      stats[key] += r.stats[key];
    const shift = offsets[k]!;
    for (const issue of r.issues) {
      if (issues.length >= maxIssues) break;
      const params =
        issue.firstRow === undefined
          ? issue.params
          : {
              ...issue.params,
              first: issueLocation(options.file, issue.firstRow + shift, '', options.locale),
            };
      issues.push(
        rowIssue(
          options.file,
          issue.row > 0 ? issue.row + shift : issue.row,
          issue.column,
          issue.code,
          issue.severity,
          params,
          options.locale,
        ),
      );
    }
  }
  return {
    grouped: mergeGrouped(grouped, ...results.map((r) => r.grouped)),
    result: { file: options.file, format: 'responses-csv', issues, stats },
  };
}
