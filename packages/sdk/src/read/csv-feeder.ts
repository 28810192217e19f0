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
 *
 * Most records are regular: every field has no quote, or is quoted from its first character to a
 * quote just before a comma or line ending (`""` inside for a quote). Those are cut into cells here
 * in one pass, as papaparse would cut them; from the first record that is not so, papaparse reads
 * the rest of the piece. In byte mode (`latin1Utf8`, Node) the text is UTF-8 bytes, one Latin-1
 * character each: Node makes such strings several times faster than decoded ones and keeps them
 * one byte a character, so only the cells that hold other characters are decoded, and anything
 * papaparse reads is decoded first (its white-space rules then see the real characters).
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
const LF = 10;
/** A character of a byte-mode text that is not ASCII (a byte of a longer UTF-8 sequence). */
const HIGH = /[\u0080-\u00ff]/g;

/** The length, in UTF-8 bytes, of text decoded from valid UTF-8. */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c < 0xdc00)
      n += 1; // with the next unit: 4 bytes for 2 units
    else if (c < 0xdc00 || c >= 0xe000) n += 2;
    else n += 1; // the second unit of a pair
  }
  return n;
}

/** One-character cells, made once (most cells of an export are a single digit). */
const ONE: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * The regular records in `text` from `from` (line ending LF), cut into cells and added to
 * `rows`; stops at the first record that is not regular or does not end within `text`. Returns
 * where the records read end. In byte mode, `decode` turns the cells holding other than ASCII into
 * text. One pass over the characters: most cells are short, and a call per cell to find its end
 * costs more than looking at each character.
 */
function regularRecords(
  text: string,
  from: number,
  rows: string[][],
  decode?: (latin1: string) => string,
): number {
  const length = text.length;
  let start = from; // the record being read
  let s = from; // the cell being read
  let row: string[] = [];
  let high = -1;
  if (decode) {
    HIGH.lastIndex = from;
    high = HIGH.exec(text)?.index ?? -1;
  }
  let i = from;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c > COMMA) {
      i += 1;
      continue;
    }
    let end: boolean;
    if (c === COMMA || c === LF) {
      const n = i - s;
      const first = n === 1 ? text.charCodeAt(s) : 0;
      row.push(n === 0 ? '' : n === 1 && first < 128 ? ONE[first]! : text.substring(s, i));
      end = c === LF;
      s = i += 1;
    } else if (c === QUOTE) {
      if (i !== s) return start; // a quote inside a cell: papaparse's rules
      let j = text.indexOf('"', i + 1);
      let doubled = false;
      while (j >= 0 && text.charCodeAt(j + 1) === QUOTE) {
        doubled = true;
        j = text.indexOf('"', j + 2);
      }
      const after = j < 0 ? -1 : text.charCodeAt(j + 1);
      if (after !== COMMA && after !== LF) return start; // not closed here, or not as above
      const cell = text.substring(i + 1, j);
      row.push(doubled ? cell.replace(/""/g, '"') : cell);
      end = after === LF;
      s = i = j + 2;
    } else {
      i += 1;
      continue;
    }
    if (!end) continue;
    if (high >= 0 && high < i) {
      for (let k = 0; k < row.length; k++) {
        const cell = row[k]!;
        HIGH.lastIndex = 0;
        if (HIGH.test(cell)) row[k] = decode!(cell);
      }
      HIGH.lastIndex = i;
      high = HIGH.exec(text)?.index ?? -1;
    }
    rows.push(row);
    row = [];
    start = i;
  }
  return start;
}

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

export interface CsvFeederOptions {
  /** Characters in one record beyond which it is skipped and reported (default 1 MiB). */
  maxRecord?: number;
  /** The text is a later byte range of a file (no byte order mark at its start). */
  continued?: boolean;
  /**
   * Byte mode: the text pushed is UTF-8 bytes, one Latin-1 character a byte, cut only between
   * characters; this decodes such text (Node: `Buffer.from(text, 'latin1').toString('utf8')`).
   * The rows given are decoded text, the same as for the decoded file.
   */
  latin1Utf8?: (latin1: string) => string;
}

export function createCsvFeeder(target: FeederTarget, options: CsvFeederOptions = {}): CsvFeeder {
  const maxRecord = options.maxRecord ?? PIECE;
  const toText = options.latin1Utf8;
  /** Byte mode (see options.latin1Utf8) until a record too long to keep: then decoded text. */
  let bytes = toText;
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

  /**
   * Parses every complete record in `text` from `from`; returns where the incomplete rest begins.
   * The regular records are cut here; papaparse reads from the first other one (decoded first in
   * byte mode).
   */
  function records(text: string, from = 0): number {
    let pos = from;
    if (newline === '\n') {
      const rows: string[][] = [];
      pos = regularRecords(text, from, rows, bytes);
      if (rows.length) target.records(rows, []);
      if (pos === text.length || target.stopped) return pos;
    }
    const rest = pos ? text.slice(pos) : text;
    const decoded = bytes ? bytes(rest) : rest;
    const end = completeUpTo(decoded);
    if (end === 0) return pos;
    const complete = end === decoded.length ? decoded : decoded.slice(0, end);
    parse(complete, false);
    return pos + (bytes ? utf8Length(complete) : end);
  }

  /** The last record, with no line ending, as text. */
  function last(text: string): void {
    parse(bytes ? bytes(text) : text, true);
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
    let from = 0;
    if (carry && !skipping && newline === '\n') {
      // The record held back most often ends at the chunk's first line ending: it is read on its
      // own, and the chunk then as it came (one string joined to another is slower to read
      // character by character). Otherwise (that line ending is inside quotes) they are joined.
      const lf = chunk.indexOf('\n');
      const head = lf < 0 ? '' : carry + chunk.slice(0, lf + 1);
      const done = head ? records(head) : 0;
      if (head && done === head.length) {
        carry = '';
        from = lf + 1;
      } else if (done > 0) {
        carry = head.slice(done);
        chunk = chunk.slice(lf + 1);
      }
    }
    let text = carry ? carry + chunk : chunk;
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
    const rest = records(text, from);
    carry = rest < text.length ? text.slice(rest) : '';
    if (carry.length > maxRecord && !target.stopped) {
      if (bytes) {
        const decoded = bytes(carry);
        if (decoded.length <= maxRecord) return; // longer in bytes than in characters only
        // from here on the text is read decoded (papaparse's rules find the record's end)
        carry = decoded;
        bytes = undefined;
      }
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
      if (toText && !bytes) text = toText(text); // byte mode ended (a record too long to keep)
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        else if (bytes && text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
      }
      for (let i = 0; i < text.length && !target.stopped;) {
        let to = Math.min(i + PIECE, text.length);
        // in byte mode a piece ends between characters (not before a UTF-8 continuation byte)
        if (bytes) while (to < text.length && to > i + 1 && (text.charCodeAt(to) & 0xc0) === 0x80) to -= 1;
        piece(text.slice(i, to));
        i = to;
      }
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
      if (rest < text.length && !target.stopped) last(text.slice(rest));
    },
  };
}
