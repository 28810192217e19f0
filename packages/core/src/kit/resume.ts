/**
 * `@netweave/core/resume`: sealing and opening a saved assessment with a resume code, in the
 * browser (Web Crypto; also Node ≥ 20), for "continue on another device" without an account.
 *
 * From the code's 12 random symbols, PBKDF2-SHA-256 (210,000 iterations, salt
 * `netweave-resume-v1`) derives 512 bits: the first 256 are the AES-GCM key; SHA-256 of the last
 * 256, its first 16 bytes in hex, is the id the collector stores the envelope under. The
 * collector gets the id and the ciphertext, never the code or the key, so it cannot read what is
 * saved, and the id says nothing about the code. Each seal uses a fresh random 96-bit iv and binds
 * the id as additional data, so an envelope moved to another id does not open.
 *
 * A subpath of its own: only the code that offers "continue on another device" loads it (the
 * widgets' first downloads never carry it).
 */
import {
  formatResumeCode,
  isResumeEnvelope,
  parseResumeCode,
  RESUME_ALPHABET,
  RESUME_CODE_LENGTH,
  RESUME_MAX_BYTES,
  ResumeError,
  type ResumeEnvelope,
} from '@netweave/model/resume';

export {
  formatResumeCode,
  isResumeEnvelope,
  parseResumeCode,
  RESUME_ALPHABET,
  RESUME_CODE_LENGTH,
  RESUME_DEFAULT_DAYS,
  RESUME_ID_PATTERN,
  RESUME_MAX_BYTES,
  ResumeError,
  type ResumeCodeProblem,
  type ResumeEnvelope,
  type ResumeErrorCode,
} from '@netweave/model/resume';

const SALT = 'netweave-resume-v1';
const ITERATIONS = 210_000;
const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new ResumeError(
      'unsupported',
      'This browser cannot encrypt here: Web Crypto needs a secure (https:) page.',
    );
  return s;
}

/** A new code from 60 random bits (`crypto.getRandomValues`), as shown: `ABCD-EFGH-JKMN-P`. */
export function newResumeCode(): string {
  let symbols = '';
  // 256 is a multiple of 32: every symbol is equally likely.
  for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(RESUME_CODE_LENGTH)))
    symbols += RESUME_ALPHABET[byte & 31];
  return formatResumeCode(symbols);
}

/**
 * The id the collector stores under and the AES-GCM key, from a code as typed or as shown
 * (read with `parseResumeCode`). Rejects with ResumeError `invalid-code` for what is not a code,
 * `unsupported` where there is no Web Crypto.
 */
export async function resumeKeys(code: string): Promise<{ id: string; key: CryptoKey }> {
  const parsed = parseResumeCode(code);
  if ('problem' in parsed) throw new ResumeError('invalid-code', `Not a resume code (${parsed.problem}).`);
  const s = subtle();
  const password = parsed.code.replace(/-/g, '').slice(0, RESUME_CODE_LENGTH);
  const base = await s.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await s.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(SALT), iterations: ITERATIONS },
      base,
      512,
    ),
  );
  const key = await s.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const digest = new Uint8Array(await s.digest('SHA-256', bits.slice(32)));
  const id = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { id, key };
}

/**
 * Encrypts `payload` (as JSON) with the code: resolves with the id to store it under and the
 * envelope to store. Rejects with ResumeError `too-large` when the envelope would be more than a
 * collector accepts (RESUME_MAX_BYTES), `invalid-code` or `unsupported` (see resumeKeys).
 */
export async function sealResume(
  code: string,
  payload: unknown,
): Promise<{ id: string; envelope: ResumeEnvelope }> {
  const text = JSON.stringify(payload);
  if (text === undefined) throw new TypeError('netweave: there is nothing to seal.');
  const { id, key } = await resumeKeys(code);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(id) },
    key,
    encoder.encode(text),
  );
  const envelope: ResumeEnvelope = { v: 1, iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
  if (JSON.stringify(envelope).length > RESUME_MAX_BYTES)
    throw new ResumeError('too-large', 'There is more to save than a collector keeps.');
  return { id, envelope };
}

/**
 * Decrypts an envelope with the code: resolves with what was sealed. Rejects with ResumeError
 * `wrong-code` when it does not open with this code, `damaged` when the envelope is not one or
 * what it holds is not JSON, `invalid-code` or `unsupported` (see resumeKeys).
 */
export async function openResume(code: string, envelope: ResumeEnvelope): Promise<unknown> {
  let iv: Uint8Array<ArrayBuffer>;
  let ct: Uint8Array<ArrayBuffer>;
  try {
    if (!isResumeEnvelope(envelope)) throw new Error();
    iv = fromBase64Url(envelope.iv);
    ct = fromBase64Url(envelope.ct);
  } catch {
    throw new ResumeError('damaged', 'This is not a saved assessment.');
  }
  const { id, key } = await resumeKeys(code);
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(id) }, key, ct);
  } catch {
    throw new ResumeError('wrong-code', 'This code does not open what is saved.');
  }
  try {
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    throw new ResumeError('damaged', 'What is saved could not be read.');
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
