/**
 * Reads one byte range of a canonical responses CSV into a partial result (in a worker thread, a
 * Web Worker, or the calling thread): its own grouped accumulator, the issues found with row
 * numbers counted from the range's start, the duplicate-detection records of the rows it kept (to
 * be checked against the rows before it) and whether the range ended exactly at a record boundary
 * outside quotes. Bytes in, whatever their source: see node/read-range.ts (a file) and
 * read-blob-range.ts (a Blob); read-in-ranges.ts plans the ranges and puts them back together.
 */
import { DEFAULT_CATALOGUE, type Catalogue, type Params } from '@netweave/model';
import { addGroupedRow, createGrouped, type Grouped } from '../aggregate/grouped.js';
import type { GroupDimension } from '../aggregate/group-key.js';
import type { IssueSeverity, ReadStats, RowIssue } from '../types.js';
import { createByteDecoder } from './decode-bytes.js';
import { createCsvSink } from './csv-sink.js';
import type { IdSet } from './id-set.js';
import { createSinkFeeder } from './sink-target.js';

export interface RangeJob {
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

/**
 * The id "set" of a later range: it only writes down each id it is given, in row order, and finds
 * no duplicate itself (a hash table per range cost about 0.7 s of a worker's 1,000,000 rows). The
 * records are then checked here, in file order, against everything before them, so a duplicate
 * within the range is found there too, and like one across ranges sends the file to a one-pass read.
 */
function recordingIdSet(capacity: number): IdSet & { records: Int32Array; count: number } {
  const self = {
    records: new Int32Array(Math.max(64, capacity) * 4),
    count: 0,
    files: [] as string[],
    get size() {
      return self.count;
    },
    forget() {
      self.count = 0;
    },
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
    checkHashed(h1: number, h2: number, contentHash: number, _file: number, row: number) {
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

export interface RangeReader {
  /** The range's next bytes; false once nothing more is wanted (stop reading). */
  write(bytes: Uint8Array): boolean;
  /** The range has been read whole. */
  finish(): RangeResult;
}

/**
 * A reader for range `job`. `shared`: the duplicate detection of the whole read, for the first
 * range read in the calling thread (its rows are numbered as the file's, and are checked against
 * the earlier files as they are read); later ranges only write down their rows' ids
 * and return them (see recordingIdSet).
 * `fastUtf8`: the platform's UTF-8 decoding, where it has a faster one (see createByteDecoder).
 */
export function createRangeReader(
  job: RangeJob,
  options: { shared?: IdSet; fastUtf8?: (bytes: Uint8Array) => string | undefined } = {},
): RangeReader {
  const later = job.start > 0;
  const grouped = createGrouped(job.catalogue ?? DEFAULT_CATALOGUE, job.by, {
    reliability: job.reliability,
  });
  const shared = options.shared;
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
    fastUtf8: options.fastUtf8,
    onFallback: () => (unlike = 'not-utf8'),
  });
  return {
    write(bytes) {
      feeder.push(decoder.write(bytes));
      if (sink.stopped) unlike ??= 'stopped';
      return unlike === undefined;
    },
    finish() {
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
    },
  };
}
