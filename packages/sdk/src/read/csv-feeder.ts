/**
 * Feeds CSV text to papaparse's parser piece by piece, each piece cut just after the last complete
 * record (found by following papaparse's quoting rules through the records that have a quote;
 * the others are skipped over with indexOf). The rows are exactly those papaparse gives for the
 * whole text: a test compares rows and quote errors on generated messy files fed in random pieces,
 * down to one character.
 *
 * Text may arrive in any pieces (a stream's chunks, a Blob's slices): the incomplete record at the
 * end of a piece is carried over to the next. Unlike papaparse's own streaming, a record longer
 * than `maxRecord` characters is not kept in memory: it is followed to its end by the same quoting
 * rules without keeping its text, reported once, and reading goes on after it (a quote left open
 * runs to the end of the file, as papaparse reads it), so memory stays bounded whatever the input.
 */
import Papa, { type ParseError } from 'papaparse';

export interface FeederTarget {
  /** Parsed records (rows of cells) with papaparse's errors (`row` indexes into `rows`). */
  records(rows: string[][], errors: ParseError[]): void;
  /**
   * A record longer than `maxRecord` characters, skipped to its end without being kept; reported
   * when that end is reached: `unterminated` when the file ended inside its quotes.
   */
  tooLong(unterminated: boolean): void;
  /** True once nothing more is wanted (strict mode after an error, a file that cannot be read). */
  readonly stopped: boolean;
}

export interface CsvFeeder {
  push(text: string): void;
  /** The text is complete: parses what is left, including a last record with no line ending. */
  end(): void;
  /** The text was cut off (a stream failed): parses the complete records left, drops the rest. */
  abandon(): void;
  /**
   * The text is one byte range of a file, to be followed by the next range: parses the complete
   * records left and returns true when the range ended exactly at the end of a record (outside
   * quotes, with nothing held back), false when it did not (the split was not a record boundary).
   */
  endRange(): boolean;
}

/** Largest piece handed to the parser at once (bounds the rows in memory). */
const PIECE = 1 << 20;
/** Text to look at before deciding the line ending, as papaparse guesses it. */
const GUESS_AFTER = 1 << 16;
const QUOTE = 34;
const COMMA = 44;

/** papaparse's own line-ending guess (ParserHandle.guessLineEndings), quoted text left out. */
function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const input = text.substring(0, 1 << 20).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN += 1;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/** papaparse's extraSpaces: the length of the text between `quote` and `to` when it is all white space. */
function blank(text: string, quote: number, to: number): number {
  if (to < 0) return 0;
  const between = text.substring(quote + 1, to);
  return between && between.trim() === '' ? between.length : 0;
}

/** Where a scan of a record stopped when the record did not end within the text. */
interface ScanState {
  /** Inside a quoted field. */
  quoted: boolean;
  /** Outside quotes, at the start of a field (a quote here opens one). */
  fieldStart: boolean;
  /** Text at the end that cannot be judged yet (a quote or line ending cut in two): scan it again with more. */
  pending: string;
}

/**
 * Follows papaparse's quoting rules through one record from `from` in `state`: a quote opens a
 * field only at the start of a field; inside, `""` is a quote; a field closes at a quote followed
 * by optional white space and a comma or line ending; any other quote is part of the field.
 * Returns the end of the record (just past its line ending), or -1 with `state` updated to where
 * the text ran out. Positions of the next comma and line ending are cached, so a field full of
 * stray quotes costs linear time.
 */
function scanRecord(text: string, from: number, newline: string, state: ScanState): number {
  let p = from;
  let comma = -2; // not looked for yet
  let nl = -2;
  const nextComma = (at: number) => (comma !== -1 && comma < at ? (comma = text.indexOf(',', at)) : comma);
  const nextNewline = (at: number) => (nl !== -1 && nl < at ? (nl = text.indexOf(newline, at)) : nl);
  let quoted = state.quoted;
  let fieldStart = state.fieldStart;
  state.pending = '';
  for (;;) {
    if (!quoted) {
      const q = text.indexOf('"', p);
      const end = nextNewline(p);
      if (q < 0 || (end >= 0 && q > end)) {
        if (end >= 0) return end + newline.length;
        // the line goes on; a line ending may be cut in two ('\r' now, '\n' next)
        if (newline.length === 2 && text.endsWith(newline[0]!)) state.pending = newline[0]!;
        state.quoted = false;
        state.fieldStart = text.length > p ? text.endsWith(',') : fieldStart;
        return -1;
      }
      if (!(q === p && fieldStart) && text.charCodeAt(q - 1) !== COMMA) {
        p = q + 1; // a quote inside an unquoted field is just a character
        fieldStart = false;
        continue;
      }
      quoted = true;
      p = q + 1;
    }
    // inside a quoted field: find the quote that closes it
    const j = text.indexOf('"', p);
    if (j < 0) {
      state.quoted = true;
      return -1;
    }
    if (j === text.length - 1) {
      state.quoted = true; // a quote at the very end: closing, or the first of ""
      state.pending = '"';
      return -1;
    }
    if (text.charCodeAt(j + 1) === QUOTE) {
      p = j + 2; // "" is a quote inside the field
      continue;
    }
    const c = nextComma(j + 1);
    const n = nextNewline(j + 1);
    const s1 = blank(text, j, n === -1 ? c : Math.min(c, n));
    if (text.charCodeAt(j + 1 + s1) === COMMA) {
      quoted = false;
      fieldStart = true;
      p = j + 2 + s1;
      continue;
    }
    const s2 = blank(text, j, n);
    if (n >= 0 && text.startsWith(newline, j + 1 + s2)) return j + 1 + s2 + newline.length;
    if (n < 0 && c < 0 && text.substring(j + 1).trim() === '') {
      state.quoted = true; // only white space after the quote so far: cannot tell yet
      state.pending = text.substring(j);
      return -1;
    }
    p = j + 1; // a stray quote inside the quoted field (papaparse: InvalidQuotes), keep looking
  }
}

/** The end of the record starting at `start`, or -1 when it does not end within `text`. */
function recordEnd(text: string, start: number, newline: string): number {
  return scanRecord(text, start, newline, { quoted: false, fieldStart: true, pending: '' });
}

export function createCsvFeeder(
  target: FeederTarget,
  options: { maxRecord?: number; continued?: boolean } = {},
): CsvFeeder {
  const maxRecord = options.maxRecord ?? PIECE;
  let carry = '';
  // a range after the first starts mid-file: a U+FEFF there is text, not a byte order mark
  let first = !options.continued;
  let newline: '\n' | '\r\n' | '\r' | undefined;
  let parser: Papa.Parser | undefined;
  /** After a record too long to keep: where the scan of it stands (its text is not kept). */
  let skipping: ScanState | undefined;

  function parse(text: string, last: boolean): void {
    const result = parser!.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    if (result.data.length || result.errors.length) target.records(result.data, result.errors);
  }

  function settle(text: string): void {
    newline = guessNewline(text);
    parser = new Papa.Parser({ delimiter: ',', newline, quoteChar: '"' });
  }

  /**
   * Where the complete records in `text` end (just past a line ending that is not inside a quoted
   * field): only the records with a quote are walked through; the rest is found with indexOf.
   */
  function completeUpTo(text: string): number {
    const nl = newline!;
    let pos = 0;
    let complete = 0;
    for (;;) {
      const q = text.indexOf('"', pos);
      const before = text.lastIndexOf(nl, q < 0 ? text.length : q);
      if (before >= pos) complete = before + nl.length;
      if (q < 0) return complete;
      const end = recordEnd(text, before >= pos ? before + nl.length : pos, nl);
      if (end < 0) return complete;
      complete = pos = end;
    }
  }

  /** Parses every complete record in `text`; returns where the incomplete rest begins. */
  function records(text: string): number {
    const end = completeUpTo(text);
    if (end > 0) parse(end === text.length ? text : text.slice(0, end), false);
    return end;
  }

  /** Goes on through the record being skipped; returns the text after it ('' while it goes on). */
  function skip(text: string): string {
    const state = skipping!;
    const scanned = state.pending + text;
    const end = scanRecord(scanned, 0, newline!, state);
    if (end < 0) return '';
    skipping = undefined;
    target.tooLong(false);
    return scanned.slice(end);
  }

  function piece(chunk: string): void {
    let text = carry + chunk;
    carry = '';
    if (skipping) {
      text = skip(text);
      if (!text) return;
    }
    if (!newline) {
      if (text.length < GUESS_AFTER) {
        carry = text;
        return;
      }
      settle(text);
    }
    const rest = records(text);
    carry = rest < text.length ? text.slice(rest) : '';
    if (carry.length > maxRecord && !target.stopped) {
      // one record longer than any export: follow it to its end without keeping it
      skipping = { quoted: false, fieldStart: true, pending: '' };
      const after = skip(carry);
      carry = '';
      if (after) piece(after);
    }
  }

  return {
    push(text) {
      if (target.stopped || !text) return;
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      for (let i = 0; i < text.length && !target.stopped; i += PIECE) piece(text.slice(i, i + PIECE));
    },
    abandon() {
      if (target.stopped || skipping || !carry) return;
      if (!newline) settle(carry);
      records(carry);
      carry = '';
    },
    endRange() {
      if (skipping) return false;
      if (target.stopped || !carry) return true;
      const text = carry;
      carry = '';
      if (!newline) settle(text);
      return records(text) === text.length;
    },
    end() {
      if (target.stopped) return;
      const text = carry;
      carry = '';
      if (skipping) {
        // the file ended inside the record being skipped: a quote never closed (a closing quote
        // may be the file's last character), or no line ending
        target.tooLong(skipping.quoted && !skipping.pending.startsWith('"'));
        skipping = undefined;
        return;
      }
      if (!text) return;
      if (!newline) settle(text);
      const rest = records(text);
      if (rest < text.length && !target.stopped) parse(text.slice(rest), true);
    },
  };
}
