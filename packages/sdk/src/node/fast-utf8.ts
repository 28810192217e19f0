/**
 * Node's own UTF-8 decoding for the byte decoder: a SIMD check that the bytes are ASCII or valid
 * UTF-8, then Buffer's decoding (ASCII as Latin-1, which makes the compact one-byte strings).
 * Faster than a fatal TextDecoder; undefined (so the byte-by-byte path) when the bytes are not UTF-8.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';

export function fastUtf8(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  if (isUtf8(buffer)) return buffer.toString('utf8');
  return undefined;
}
