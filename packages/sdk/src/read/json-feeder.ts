/**
 * Reads a JSON export piece by piece with bounded memory: an array of responses, or an object
 * such as the collector exports, `{"responses": [...], "commitments": [...], ...}`. Only one item
 * is held at a time: the feeder follows the structure (strings, escapes, brackets) around and
 * between the items, hands each complete item's text to the target, and keeps nothing else. An
 * item longer than `maxItem` characters is followed to its end without being kept.
 *
 * The structure is checked as JSON.parse would check it (an item's own text is checked by parsing
 * it); at the first mistake in the structure the target is told where it is (line, and the list
 * and item it follows) and reading stops, keeping the items read before it, as a CSV reader keeps
 * the rows before an unterminated quote.
 */

export type JsonList = 'responses' | 'commitments';

/** Where and what went wrong in the structure of the file. */
export interface JsonProblem {
  /** `expected`: found something else; `end`: the text ended too soon; `after`: text after the end. */
  kind: 'expected' | 'end' | 'after' | 'invalid';
  /** What would have been right, e.g. `,` or `]` (for `expected`). */
  expected: string;
  /** What was there instead: one character, or the start of a value that is not JSON. */
  found: string;
  /** The line of the file (1-based). */
  line: number;
  /** The list being read (or last read) and how many of its items came before. */
  list: JsonList | undefined;
  index: number;
}

export interface JsonFeederTarget {
  /** A complete item of `list`, numbered from 0 within its list, as JSON text. */
  item(list: JsonList, index: number, text: string): void;
  /** An item longer than `maxItem` characters, skipped to its end without being kept. */
  tooLong(list: JsonList, index: number): void;
  /** A mistake in the structure: reading stops. */
  problem(problem: JsonProblem): void;
  /**
   * The text is complete and well formed: `array` (a list of responses), `object` with the lists
   * found in it, or `other` (a single value that is neither).
   */
  done(shape: 'array' | 'object' | 'other', lists: ReadonlySet<JsonList>): void;
  /** True once nothing more is wanted (strict mode after an error). */
  readonly stopped: boolean;
}

export interface JsonFeeder {
  push(text: string): void;
  end(): void;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const STRING_END = /["\\]/g;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** A value being read: an item, an envelope key, or another value of the envelope. */
interface Value {
  parts: string[];
  size: number;
  /** Closing brackets still to come, innermost last. */
  stack: number[];
  inString: boolean;
  escape: boolean;
  /** A number, true, false or null (ends at the next comma, bracket or space). */
  primitive: boolean;
  /** False once it outgrew the limit: followed to its end, not kept. */
  keep: boolean;
}

type State =
  | 'start' // before the top-level value
  | 'top' // inside a top-level value that is not an array or object
  | 'listStart' // just after a list's [
  | 'listNext' // after a comma in a list
  | 'afterItem' // after an item
  | 'objStart' // just after the envelope's {
  | 'objNextKey' // after a comma in the envelope
  | 'key' // reading a key
  | 'afterKey' // after a key, before :
  | 'objValue' // after :, before the value
  | 'value' // reading a value of the envelope (not a list)
  | 'afterValue' // after an envelope value
  | 'item' // reading an item
  | 'end' // after the top-level value
  | 'stopped';

export function createJsonFeeder(target: JsonFeederTarget, options: { maxItem?: number } = {}): JsonFeeder {
  const maxItem = options.maxItem ?? 1 << 20;
  let state: State = 'start';
  let shape: 'array' | 'object' | 'other' = 'other';
  let list: JsonList | undefined;
  let listTop = false; // the list is the top-level array (it ends the text)
  let index = 0; // items of `list` read so far
  let key = '';
  const lists = new Set<JsonList>();
  let value: Value = newValue();
  let first = true;
  let lines = 1; // line at the start of the current text
  let text = '';

  function newValue(): Value {
    return { parts: [], size: 0, stack: [], inString: false, escape: false, primitive: false, keep: true };
  }

  function lineAt(i: number): number {
    let n = lines;
    for (let p = text.indexOf('\n'); p >= 0 && p < i; p = text.indexOf('\n', p + 1)) n += 1;
    return n;
  }

  function fail(kind: JsonProblem['kind'], expected: string, i: number, found?: string): void {
    state = 'stopped';
    // the one character found (not more: what follows it depends on where the pieces were cut)
    const rest = found ?? (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
    target.problem({ kind, expected, found: rest, line: lineAt(i), list, index });
  }

  function keep(from: number, to: number): void {
    if (!value.keep || to <= from) return;
    value.size += to - from;
    if (value.size > maxItem) {
      value.keep = false;
      value.parts = [];
    } else value.parts.push(text.slice(from, to));
  }

  /** Starts a value at `i` (a non-space character). */
  function begin(i: number): void {
    value = newValue();
    const c = text.charCodeAt(i);
    value.primitive = c !== QUOTE && c !== OPEN_BRACE && c !== OPEN_BRACKET;
  }

  /**
   * Follows the value from `i`: the index just past its end, -1 when the text ends inside it
   * (what was read is kept), or -2 after a mismatched bracket (reported).
   */
  function scan(i: number): number {
    const from = i;
    const n = text.length;
    const v = value;
    while (i < n) {
      if (v.inString) {
        if (v.escape) {
          v.escape = false;
          i += 1;
          continue;
        }
        STRING_END.lastIndex = i;
        const m = STRING_END.exec(text);
        if (!m) {
          i = n;
          break;
        }
        i = m.index + 1;
        if (text.charCodeAt(m.index) === BACKSLASH) {
          v.escape = true;
          continue;
        }
        v.inString = false;
        if (v.stack.length === 0) {
          keep(from, i);
          return i;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (v.primitive) {
        if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || isSpace(c)) {
          keep(from, i);
          return i;
        }
        i += 1;
        continue;
      }
      if (c === QUOTE) v.inString = true;
      else if (c === OPEN_BRACE) v.stack.push(CLOSE_BRACE);
      else if (c === OPEN_BRACKET) v.stack.push(CLOSE_BRACKET);
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const want = v.stack.pop();
        if (want !== c) {
          fail('expected', want === undefined ? ',' : String.fromCharCode(want), i);
          return -2;
        }
        if (v.stack.length === 0) {
          keep(from, i + 1);
          return i + 1;
        }
      }
      i += 1;
    }
    keep(from, n);
    return -1;
  }

  /** The finished value's text ('' when it was too long to keep). */
  const valueText = () => (value.keep ? value.parts.join('') : '');

  function itemDone(): void {
    if (value.keep) target.item(list!, index, valueText());
    else target.tooLong(list!, index);
    index += 1;
    state = 'afterItem';
  }

  function openList(name: JsonList, top: boolean): void {
    list = name;
    listTop = top;
    index = 0;
    lists.add(name);
    state = 'listStart';
  }

  function closeList(): void {
    state = listTop ? 'end' : 'afterValue';
    list = undefined; // a mistake after the list is not in one of its items
  }

  /** Runs the machine over `text` from `i`. */
  function run(i: number): void {
    const n = text.length;
    while (i < n && state !== 'stopped' && !target.stopped) {
      // the states that read a value go through scan()
      if (state === 'item' || state === 'key' || state === 'value' || state === 'top') {
        const end = scan(i);
        if (end === -2) return;
        if (end === -1) return;
        i = end;
        if (state === 'item') itemDone();
        else if (state === 'key') {
          try {
            key = value.keep ? (JSON.parse(valueText()) as string) : '';
          } catch {
            return fail('invalid', '"…"', i - value.size, valueText().slice(0, 12));
          }
          state = 'afterKey';
        } else if (state === 'value') {
          if (value.keep && !parses(valueText()))
            return fail('invalid', '', i - value.size, valueText().slice(0, 12));
          state = 'afterValue';
        } else {
          if (!parses(valueText())) return fail('invalid', '', 0, valueText().slice(0, 12));
          state = 'end';
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i += 1;
        continue;
      }
      switch (state) {
        case 'start':
          if (c === OPEN_BRACKET) {
            shape = 'array';
            openList('responses', true);
          } else if (c === OPEN_BRACE) {
            shape = 'object';
            state = 'objStart';
          } else {
            shape = 'other';
            begin(i);
            state = 'top';
            continue;
          }
          i += 1;
          continue;
        case 'listStart':
          if (c === CLOSE_BRACKET) {
            closeList();
            i += 1;
            continue;
          }
          if (c === COMMA || c === CLOSE_BRACE) return fail('expected', '{ ]', i);
          begin(i);
          state = 'item';
          continue;
        case 'listNext':
          if (c === CLOSE_BRACKET || c === COMMA || c === CLOSE_BRACE) return fail('expected', '{', i);
          begin(i);
          state = 'item';
          continue;
        case 'afterItem':
          if (c === COMMA) state = 'listNext';
          else if (c === CLOSE_BRACKET) closeList();
          else return fail('expected', ', ]', i);
          i += 1;
          continue;
        case 'objStart':
        case 'objNextKey':
          if (c === CLOSE_BRACE && state === 'objStart') {
            state = 'end';
            i += 1;
            continue;
          }
          if (c !== QUOTE) return fail('expected', '"', i);
          begin(i);
          state = 'key';
          continue;
        case 'afterKey':
          if (c !== COLON) return fail('expected', ':', i);
          state = 'objValue';
          i += 1;
          continue;
        case 'objValue':
          if (c === OPEN_BRACKET && (key === 'responses' || key === 'commitments')) {
            openList(key, false);
            i += 1;
            continue;
          }
          if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) return fail('expected', '"…" { [', i);
          begin(i);
          state = 'value';
          continue;
        case 'afterValue':
          if (c === COMMA) state = 'objNextKey';
          else if (c === CLOSE_BRACE) state = 'end';
          else return fail('expected', ', }', i);
          i += 1;
          continue;
        case 'end':
          return fail('after', '', i);
        default:
          return;
      }
    }
  }

  function parses(json: string): boolean {
    try {
      JSON.parse(json);
      return true;
    } catch {
      return false;
    }
  }

  function countLines(): void {
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) lines += 1;
  }

  return {
    push(piece) {
      if (state === 'stopped' || target.stopped || !piece) return;
      text = piece;
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      run(0);
      countLines();
      text = '';
    },
    end() {
      if (state === 'stopped' || target.stopped) return;
      if (state === 'top' && !value.inString && value.primitive) {
        // a lone number, true, false or null ends with the text
        if (!parses(valueText())) return fail('invalid', '', 0, valueText().slice(0, 12));
        state = 'end';
      }
      if (state !== 'end') return fail('end', '', 0, '');
      target.done(shape, lists);
    },
  };
}
