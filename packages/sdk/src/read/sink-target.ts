/**
 * Connects a CSV feeder to a CsvSink (what every reader does: strings, streams, Blobs): counts records (the header is row 1, as a spreadsheet
 * numbers it), skips blank lines before the header, hands the header and each row to the sink,
 * and turns papaparse's quote errors and over-long records into row issues.
 */
import type { ParseError } from 'papaparse';
import { createCsvFeeder, type CsvFeeder, type FeederTarget } from './csv-feeder.js';
import type { CsvSink } from './csv-sink.js';

/**
 * Characters in one record beyond which it may be reported and skipped (no real export comes
 * near): a record is checked when it outgrows the text held back between pieces, so one up to
 * twice this long can still be read; longer ones never are, and memory stays bounded.
 */
const MAX_RECORD = 1 << 20;

/**
 * A feeder whose records go to `sink`. Line endings are made one kind first: CRLF and a lone CR
 * (old Mac files, or lines pasted into a file from another tool) both become LF, so a file that
 * mixes them loses no rows (papaparse settles on one line ending per file and would join the rows
 * ending in another). A CR at the end of one piece waits to see whether LF starts the next.
 */
export function createSinkFeeder(
  sink: CsvSink,
  options: { afterHeader?: boolean } = {},
): CsvFeeder & { readonly lastRow: number } {
  const target = sinkTarget(sink, MAX_RECORD, options.afterHeader ?? false);
  const feeder = createCsvFeeder(target, {
    maxRecord: MAX_RECORD,
    continued: options.afterHeader,
  });
  let cr = false; // the last piece ended with CR
  const lf = (text: string): string => {
    if (cr) {
      cr = false;
      text = '\r' + text;
    }
    if (text.indexOf('\r') < 0) return text;
    if (text.endsWith('\r')) {
      cr = true;
      text = text.slice(0, -1);
    }
    return text.replace(/\r\n?/g, '\n');
  };
  return {
    /** The last row number given (the header is row 1). */
    get lastRow() {
      return target.lastRow;
    },
    push: (text) => feeder.push(lf(text)),
    end() {
      if (cr) feeder.push(lf('\n'));
      feeder.end();
    },
    abandon() {
      if (cr) feeder.push(lf('\n'));
      feeder.abandon();
    },
    endRange: () => !cr && feeder.endRange(),
  };
}

/**
 * `afterHeader`: the text is a later byte range of a file whose header the sink has already been
 * given (`sink.header`): its first record is row 2 of the range (rows are renumbered when the
 * ranges are put together).
 */
function sinkTarget(
  sink: CsvSink,
  maxRecord: number,
  afterHeader: boolean,
): FeederTarget & { readonly lastRow: number } {
  let row = afterHeader ? 1 : 0;
  let headerRead = afterHeader;
  return {
    get lastRow() {
      return row;
    },
    get stopped() {
      return sink.stopped;
    },
    records(rows: string[][], errors: ParseError[]) {
      let bad: Map<number, string> | undefined;
      for (const e of errors) {
        if (e.type === 'Quotes' && typeof e.row === 'number') {
          bad ??= new Map();
          bad.set(e.row, e.code === 'MissingQuotes' ? 'unterminated-quote' : 'bad-quote');
        }
      }
      for (let i = 0; i < rows.length; i++) {
        const cells = rows[i]!;
        row += 1;
        if (!headerRead) {
          if (cells.length === 1 && cells[0] === '') {
            row -= 1; // blank lines before the header
            continue;
          }
          headerRead = true;
          if (!sink.header(cells)) return;
          continue;
        }
        const problem = bad?.get(i);
        if (problem) sink.reject(row, problem);
        else sink.row(cells, row);
        if (sink.stopped) return;
      }
    },
    tooLong(unterminated) {
      row += 1;
      if (!headerRead) {
        // Without its column names nothing after can be read as what it is.
        headerRead = true;
        if (unterminated) sink.fail(row, 'unterminated-quote');
        else sink.fail(row, 'header-too-long', { count: maxRecord });
        return;
      }
      if (unterminated) sink.reject(row, 'unterminated-quote');
      else sink.reject(row, 'record-too-long', { count: maxRecord });
    },
  };
}
