/**
 * Reads one byte range of a canonical responses CSV into a partial result, in a worker thread (or
 * the main one): its own grouped accumulator, the issues found with row numbers counted from the
 * range's start, the duplicate-detection records of the rows it kept (to be checked against the
 * rows before it) and whether the range ended exactly at a record boundary outside quotes. See
 * read-file-parallel.ts for how the ranges are chosen and put back together.
 */
import { createReadStream } from 'node:fs';
import type { Catalogue, Params } from '@netweave/model';
import { addGroupedRow, createGrouped, type Grouped } from '../aggregate/grouped.js';
import type { GroupDimension } from '../aggregate/group-key.js';
import { createByteDecoder } from '../read/decode-bytes.js';
import { createCsvSink } from '../read/csv-sink.js';
import { createIdSet, type IdSet } from '../read/id-set.js';
import { createSinkFeeder } from '../read/sink-target.js';
import type { IssueSeverity, ReadStats, RowIssue } from '../types.js';
import { fastUtf8 } from './fast-utf8.js';

export interface RangeJob {
  path: string;
  file: string;
  /** Bytes [start, end) of the file; start is 0 or just after a line feed. */
  start: number;
  end: number;
  /** The file's last range (it ends where the file does, not at a split). */
  last: boolean;
  /** The file's header cells, for a range after the first. */
  header: string[];
  catalogue?: Catalogue;
  by: GroupDimension[];
  reliability?: boolean;
  locale?: 'en' | 'cy';
  maxIssues: number;
  /** Post progress (bytes read) every this many bytes. */
  progressEvery?: number;
}

/** An issue with its row counted from the range's start (header = row 1), to be renumbered. */
export interface RangeIssue {
  row: number;
  column: string;
  code: string;
  severity: IssueSeverity;
  params: Params;
  /** For a duplicate: the row (in the same range) where its id was first seen. */
  firstRow?: number;
}

export interface RangeResult {
  grouped: Grouped;
  issues: RangeIssue[];
  stats: ReadStats;
  /** The last row number used (header = 1): the range's records are rows 2 … lastRow. */
  lastRow: number;
  /** Per kept row: id hash 1, id hash 2, content hash, row (range numbering). */
  records: Int32Array;
  count: number;
  /** The range ended at a record boundary outside quotes (else its split must not be used). */
  boundary: boolean;
  /** Something makes the range's result unlike a one-pass read (bytes that are not UTF-8, a stop). */
  unlike: string | undefined;
}

/** An IdSet that also writes down each id it keeps, and remembers where the last duplicate was first seen. */
function recordingIdSet(
  capacity: number,
): IdSet & { records: Int32Array; count: number; lastSeenRow: number } {
  const inner = createIdSet(capacity);
  const self = {
    records: new Int32Array(Math.max(64, capacity) * 4),
    count: 0,
    lastSeenRow: 0,
    files: inner.files,
    get size() {
      return inner.size;
    },
    forget: (file: number) => inner.forget(file),
    check(id: string, contentHash: number, file: number, row: number) {
      let a = 0x811c9dc5;
      let b = 0x9e3779b9;
      for (let c = 0; c < id.length; c++) {
        const code = id.charCodeAt(c);
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x5bd1e995);
      }
      return self.checkHashed(a | 1, b ^ (b >>> 15), contentHash, file, row);
    },
    checkHashed(h1: number, h2: number, contentHash: number, file: number, row: number) {
      const seen = inner.checkHashed(h1, h2, contentHash, file, row);
      if (seen) {
        self.lastSeenRow = seen.row;
        return seen;
      }
      if ((self.count + 1) * 4 > self.records.length) {
        const bigger = new Int32Array(self.records.length * 2);
        bigger.set(self.records);
        self.records = bigger;
      }
      const o = self.count * 4;
      self.records[o] = h1;
      self.records[o + 1] = h2;
      self.records[o + 2] = contentHash | 0;
      self.records[o + 3] = row;
      self.count += 1;
      return undefined;
    },
  };
  return self;
}

/**
 * Reads range `job`. `shared`: the duplicate detection of the whole read, for the first range
 * read in this thread (its rows are numbered as the file's, and are checked against the earlier
 * files as they are read); later ranges keep their own and return their kept ids instead.
 */
export async function readRange(
  job: RangeJob,
  onProgress?: (bytes: number) => void,
  shared?: IdSet,
): Promise<RangeResult> {
  const later = job.start > 0;
  const grouped = createGrouped(job.catalogue ?? (await defaultCatalogue()), job.by, {
    reliability: job.reliability,
  });
  const own = shared
    ? undefined
    : recordingIdSet(Math.min(1 << 23, Math.max(1024, Math.ceil((job.end - job.start) / 200))));
  const ids = shared ?? own!;
  const issues: RangeIssue[] = [];
  let inHeader = false;
  let headerErrors = 0;
  let headerWarnings = 0;
  let unlike: string | undefined;
  const sink = createCsvSink({
    catalogue: job.catalogue,
    file: job.file,
    locale: job.locale,
    maxIssues: 0,
    ids,
    onRow: (view) => addGroupedRow(grouped, view),
    onIssue: (issue: RowIssue) => {
      if (inHeader) {
        if (issue.severity === 'error') headerErrors += 1;
        else if (issue.severity === 'warning') headerWarnings += 1;
        return;
      }
      if (issues.length >= job.maxIssues) return;
      const kept: RangeIssue = {
        row: issue.row,
        column: issue.column,
        code: issue.code,
        severity: issue.severity,
        params: issue.params,
      };
      if (issue.code === 'duplicate-identical' || issue.code === 'duplicate-conflict')
        if (own) kept.firstRow = own.lastSeenRow;
      issues.push(kept);
    },
  });
  if (later) {
    inHeader = true;
    sink.header(job.header);
    inHeader = false;
  }
  const feeder = createSinkFeeder(sink, { afterHeader: later });
  const decoder = createByteDecoder({
    continued: later,
    fastUtf8,
    onFallback: () => (unlike = 'not-utf8'),
  });
  let done = 0;
  let reported = 0;
  const every = job.progressEvery ?? 1 << 22;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(job.path, { start: job.start, end: job.end - 1, highWaterMark: 1 << 18 });
    stream.on('data', (chunk) => {
      const bytes = chunk as Buffer;
      feeder.push(decoder.write(bytes));
      done += bytes.length;
      if (onProgress && done - reported >= every) {
        onProgress(done - reported);
        reported = done;
      }
      if (sink.stopped) {
        unlike ??= 'stopped';
        stream.destroy();
        resolve();
      }
    });
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
  if (onProgress && done > reported) onProgress(done - reported);
  feeder.push(decoder.end());
  let boundary = true;
  if (unlike === undefined) {
    if (job.last) feeder.end();
    else boundary = feeder.endRange();
  }
  const result = sink.finish();
  if (result.format !== 'responses-csv') unlike ??= result.format;
  const stats = { ...result.stats };
  stats.errors -= headerErrors;
  stats.warnings -= headerWarnings;
  return {
    grouped,
    issues,
    stats,
    lastRow: feeder.lastRow,
    records: own?.records ?? new Int32Array(0),
    count: own?.count ?? 0,
    boundary,
    unlike,
  };
}

let catalogue: Catalogue | undefined;
async function defaultCatalogue(): Promise<Catalogue> {
  return (catalogue ??= (await import('@netweave/model')).DEFAULT_CATALOGUE);
}
