/**
 * Feeds CSV text to papaparse's parser piece by piece, each piece cut just after the last complete
 * record (found by following papaparse's quoting rules through the records that have a quote;
 * the others are skipped over with indexOf). The rows are exactly those papaparse gives for the
 * whole text: a test compares rows and quote errors on generated messy files fed in random pieces,
 * down to one character.
 *
 * Text may arrive in any pieces (a stream's chunks, a Blob's slices): the incomplete record at the
 * end of a piece is carried over to the next. Unlike papaparse's own streaming, a record longer
 * than `maxRecord` characters is not kept in memory: it is reported once and skipped (to its end
 * of line, or to the end of the file when a quote was left open, which is where papaparse would
 * end that field), so memory stays bounded whatever the input.
 */
import Papa, { type ParseError } from 'papaparse';

export interface FeederTarget {
  /** Parsed records (rows of cells) with papaparse's errors (`row` indexes into `rows`). */
  records(rows: string[][], errors: ParseError[]): void;
  /** A record longer than `maxRecord`: `unterminated` when a quote was left open. */
  tooLong(unterminated: boolean): void;
  /** True once nothing more is wanted (strict mode after an error, a file that cannot be read). */
  readonly stopped: boolean;
}

export interface CsvFeeder {
  push(text: string): void;
  end(): void;
}

/** Largest piece handed to the parser at once (bounds the rows in memory). */
const PIECE = 1 << 20;
/** Text to look at before deciding the line ending, as papaparse guesses it. */
const GUESS_AFTER = 1 << 16;
const QUOTE = 34;
const COMMA = 44;

/** papaparse's own line-ending guess (ParserHandle.guessLineEndings), quoted text left out. */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const input = text.substring(0, 1 << 20).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN += 1;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * The end (just past its line ending) of the record starting at `start`, following papaparse's
 * rules: a quote opens a field only at the start of a field; inside, `""` is a quote; a field
 * closes at a quote followed by optional white space and a comma or line ending; any other quote
 * is part of the field. When the record does not end within `text`: -1 if it ends inside a quoted
 * field, -2 if outside one (the line goes on).
 */
/** papaparse's extraSpaces: the length of the text between `quote` and `to` when it is all white space. */
function blank(text: string, quote: number, to: number): number {
  const between = text.substring(quote + 1, to);
  return between && between.trim() === '' ? between.length : 0;
}

function recordEnd(text: string, start: number, newline: string): number {
  let p = start;
  for (;;) {
    const nl = text.indexOf(newline, p);
    const q = text.indexOf('"', p);
    if (q < 0 || (nl >= 0 && q > nl)) return nl < 0 ? -2 : nl + newline.length;
    if (q !== start && text.charCodeAt(q - 1) !== COMMA) {
      p = q + 1; // a quote inside an unquoted field is just a character
      continue;
    }
    // an opening quote: find the quote that closes the field
    let j = q + 1;
    for (;;) {
      j = text.indexOf('"', j);
      if (j < 0) return -1;
      if (text.charCodeAt(j + 1) === QUOTE) {
        j += 2; // "" is a quote inside the field
        continue;
      }
      // papaparse: the quote closes the field when what follows, up to the next comma (or line
      // ending), is nothing or only white space, then that comma or line ending
      const comma = text.indexOf(',', j + 1);
      const nl2 = text.indexOf(newline, j + 1);
      if (nl2 < 0) return -1; // cannot tell yet
      const s1 = blank(text, j, Math.min(comma < 0 ? nl2 : comma, nl2));
      if (text.charCodeAt(j + 1 + s1) === COMMA) {
        p = j + 2 + s1;
        break;
      }
      const s2 = blank(text, j, nl2);
      if (text.startsWith(newline, j + 1 + s2)) return j + 1 + s2 + newline.length;
      j += 1; // a stray quote inside the quoted field (papaparse: InvalidQuotes), keep looking
    }
  }
}

export function createCsvFeeder(target: FeederTarget, options: { maxRecord?: number } = {}): CsvFeeder {
  const maxRecord = options.maxRecord ?? PIECE;
  let carry = '';
  let first = true;
  let newline: '\n' | '\r\n' | '\r' | undefined;
  let parser: Papa.Parser | undefined;
  /** After a record too long to keep: skip to its line end, or to the end of the file. */
  let skipping: false | 'line' | 'file' = false;

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

  function skip(text: string): string {
    if (skipping === 'file') return '';
    const nl = text.indexOf(newline ?? '\n');
    if (nl < 0) return '';
    skipping = false;
    return text.slice(nl + (newline ?? '\n').length);
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
      // a quote left open (the rest of the file is its field, as papaparse reads it) or a huge line
      const open = recordEnd(carry, 0, newline!) === -1;
      target.tooLong(open);
      skipping = open ? 'file' : 'line';
      carry = '';
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
    end() {
      if (target.stopped || skipping === 'file') return;
      let text = carry;
      carry = '';
      if (skipping) text = skip(text);
      if (!text) return;
      if (!newline) settle(text);
      const rest = records(text);
      if (rest < text.length && !target.stopped) parse(text.slice(rest), true);
    },
  };
}
