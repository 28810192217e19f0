/**
 * Bytes to text for the readers, chunk by chunk, whatever the file was saved as:
 * - a byte order mark picks the encoding: UTF-8, UTF-16LE or UTF-16BE (Excel's "Unicode text"
 *   and some Windows tools save UTF-16); UTF-16 without a mark is recognised by its zero bytes;
 * - otherwise the text is read as UTF-8, and any bytes that are not valid UTF-8 (a file saved as
 *   Windows-1252 or Latin-1, as Excel's plain "CSV" does) are read as Windows-1252 instead, and
 *   `onFallback` is told once, with the text around the first of them, so the reader can warn.
 *   Nothing is ever turned silently into "�".
 * A character split between two chunks (a Welsh ŵ, an emoji, one half of a UTF-16 pair) comes out
 * whole. No Node built-ins: TextDecoder is in Node and every browser.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface ByteDecoder {
  /** Text decoded so far from these bytes (an incomplete character at the end is held back). */
  write(bytes: Uint8Array): string;
  /** The rest (an incomplete character at the very end is read as Windows-1252 too). */
  end(): string;
  /** The encoding found (UTF-8 until the first bytes have been seen). */
  readonly encoding: TextEncodingName;
}

export interface ByteDecoderOptions {
  /** Called once, at the first bytes that are not UTF-8, with a little of the text around them. */
  onFallback?: (sample: string) => void;
  /**
   * The bytes are a later part of a UTF-8 file (a byte range after the first): no byte order mark
   * or UTF-16 is looked for.
   */
  continued?: boolean;
  /**
   * A faster decoder for valid UTF-8 where the platform has one (Node's Buffer): returns the text,
   * or undefined when the bytes are not valid UTF-8 (they are then decoded here, byte by byte).
   */
  fastUtf8?: (bytes: Uint8Array) => string | undefined;
}

/** Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined map to themselves). */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

const cp1252 = (byte: number) => (byte >= 0x80 && byte < 0xa0 ? CP1252[byte - 0x80]! : byte);

/**
 * The length of the valid UTF-8 sequence starting at `i` (1–4), 0 when the bytes there are not
 * valid UTF-8, or -1 when they could be but the bytes end first.
 */
function sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) n = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < n; k++) {
    if (i + k >= bytes.length) return -1;
    const c = bytes[i + k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 0;
  }
  return n;
}

/** Where the last complete UTF-8 character ends (so a character cut by the chunk is held back). */
function completeEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const i = bytes.length - back;
    const b = bytes[i]!;
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) return sequence(bytes, i) === -1 ? i : bytes.length;
  }
  return bytes.length;
}

export function createByteDecoder(options: ByteDecoderOptions = {}): ByteDecoder {
  let encoding: TextEncodingName = 'utf-8';
  let decided = options.continued ?? false;
  let head = new Uint8Array(0); // the first bytes, until the encoding is decided
  let carry = new Uint8Array(0); // an incomplete UTF-8 character from the last chunk
  let utf16: TextDecoder | undefined;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let warned = false;
  let tail = ''; // the end of the text so far, for the fallback's sample

  /** UTF-8 where it is valid, Windows-1252 for every byte where it is not. */
  function mixed(bytes: Uint8Array): string {
    const parts: string[] = [];
    let start = 0;
    let i = 0;
    while (i < bytes.length) {
      const n = sequence(bytes, i);
      if (n > 0) {
        i += n;
        continue;
      }
      if (i > start) parts.push(utf8.decode(bytes.subarray(start, i)));
      if (!warned) {
        warned = true;
        // the line up to it, as it will be read ("Ynys Mô"), whatever the chunks
        const before =
          (i < 96 ? tail : '') + new TextDecoder('utf-8').decode(bytes.subarray(Math.max(0, i - 96), i));
        const line = before.replace(/^\uFFFD+/, '').replace(/^[^]*[\r\n,"]/, '');
        options.onFallback?.((line + String.fromCharCode(cp1252(bytes[i]!))).trimStart().slice(-40));
      }
      parts.push(String.fromCharCode(cp1252(bytes[i]!)));
      start = i += 1;
    }
    if (start < bytes.length) parts.push(utf8.decode(bytes.subarray(start)));
    return parts.join('');
  }

  function decodeUtf8(bytes: Uint8Array, last: boolean): string {
    let all = bytes;
    if (carry.length) {
      all = new Uint8Array(carry.length + bytes.length);
      all.set(carry);
      all.set(bytes, carry.length);
    }
    const end = last ? all.length : completeEnd(all);
    carry = all.slice(end);
    const body = end === all.length ? all : all.subarray(0, end);
    if (!warned) {
      const fast = options.fastUtf8?.(body);
      if (fast !== undefined) {
        tail = (tail + fast.slice(-40)).slice(-40);
        return fast;
      }
      try {
        const text = utf8.decode(body);
        tail = (tail + text.slice(-40)).slice(-40);
        return text;
      } catch {
        // not UTF-8 somewhere in this chunk: find where, byte by byte
      }
    }
    return mixed(body);
  }

  function decide(bytes: Uint8Array, last: boolean): Uint8Array | undefined {
    const all = new Uint8Array(head.length + bytes.length);
    all.set(head);
    all.set(bytes, head.length);
    if (all.length < 4 && !last) {
      head = all;
      return undefined;
    }
    decided = true;
    head = new Uint8Array(0);
    const [b0, b1, b2, b3] = all;
    let skip = 0;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) skip = 3;
    else if (b0 === 0xff && b1 === 0xfe) {
      encoding = 'utf-16le';
      skip = 2;
    } else if (b0 === 0xfe && b1 === 0xff) {
      encoding = 'utf-16be';
      skip = 2;
    } else if (all.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) encoding = 'utf-16le';
    else if (all.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) encoding = 'utf-16be';
    if (encoding !== 'utf-8') utf16 = new TextDecoder(encoding, { ignoreBOM: true });
    return all.subarray(skip);
  }

  function decode(bytes: Uint8Array, last: boolean): string {
    if (!decided) {
      const rest = decide(bytes, last);
      if (!rest) return '';
      bytes = rest;
    }
    if (utf16) return utf16.decode(bytes, { stream: !last });
    return decodeUtf8(bytes, last);
  }

  return {
    get encoding() {
      return encoding;
    },
    write: (bytes) => decode(bytes, false),
    end: () => decode(new Uint8Array(0), true),
  };
}
