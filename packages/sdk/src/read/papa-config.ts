/**
 * The papaparse settings every reader uses (strings, Blobs, Node streams): rows as arrays (no
 * header objects: twice as fast), no dynamic typing ("007" stays text), and a chunk handler that
 * feeds a CsvSink, reports quote problems with their row, and aborts when the sink stops.
 */
import Papa, { type ParseConfig, type ParseResult, type Parser } from 'papaparse';
import type { CsvSink } from './csv-sink.js';

export function papaConfig(
  sink: CsvSink,
  onDone: (error?: unknown) => void,
  onChunk?: (cursor: number) => void,
): ParseConfig<string[]> & { chunk: (results: ParseResult<string[]>, parser: Parser) => void } {
  let row = 0;
  let headerRead = false;
  return {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: ',',
    newline: undefined,
    chunk(results, parser) {
      const data = results.data;
      let bad: Map<number, string> | undefined;
      for (const e of results.errors) {
        if (e.type === 'Quotes' && typeof e.row === 'number') {
          bad ??= new Map();
          bad.set(e.row, e.code === 'MissingQuotes' ? 'unterminated-quote' : 'bad-quote');
        }
      }
      for (let i = 0; i < data.length; i++) {
        const cells = data[i]!;
        row += 1;
        if (!headerRead) {
          if (cells.length === 1 && cells[0] === '') {
            row -= 1; // leading blank lines
            continue;
          }
          headerRead = true;
          if (!sink.header(cells)) break;
          continue;
        }
        const problem = bad?.get(i);
        if (problem) sink.reject(row, problem);
        else sink.row(cells, row);
        if (sink.stopped) break;
      }
      onChunk?.(results.meta.cursor);
      if (sink.stopped) {
        parser.abort();
      }
    },
    complete() {
      onDone();
    },
    error(error: unknown) {
      onDone(error);
    },
  } as ParseConfig<string[]> & { chunk: (results: ParseResult<string[]>, parser: Parser) => void };
}

/** papaparse's overloads differ per input type (string, File, Node stream); one untyped entry. */
export function runPapa(input: unknown, config: object): void {
  (Papa.parse as unknown as (input: unknown, config: object) => void)(input, config);
}
