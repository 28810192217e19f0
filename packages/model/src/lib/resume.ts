/**
 * Resume codes: "continue on another device" without an account. A code is 12 random symbols of
 * Crockford's base32 (60 bits) plus one check symbol, shown as `ABCD-EFGH-JKMN-P`. The browser
 * derives from it both a key that encrypts the saved assessment and the id the collector stores
 * the ciphertext under (`@netweave/core/resume`), so the collector never holds the code or
 * anything readable. This module is the pure part (no crypto): the alphabet, reading and showing
 * codes, and the envelope's shape.
 *
 * Reading follows Crockford: any case, spaces and dashes ignored, O read as 0, I and L as 1; the
 * check symbol (the value mod 37, from the alphabet then `*~$=U`) catches a mistyped or swapped
 * symbol before anything is asked of the collector.
 */

/** Crockford's base32: digits and capitals without I, L, O and U. */
export const RESUME_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random symbols in a code (60 bits); the check symbol comes after them. */
export const RESUME_CODE_LENGTH = 12;

/** The check symbols for values 32–36 (0–31 are the alphabet's). */
const CHECK_EXTRA = '*~$=U';
const CHECK_SYMBOLS = RESUME_ALPHABET + CHECK_EXTRA;

/** Days a saved resume entry is kept by default (stated on screen). */
export const RESUME_DEFAULT_DAYS = 30;

/** The largest envelope (its JSON, in bytes) a collector accepts. */
export const RESUME_MAX_BYTES = 262_144;

/** The id a collector stores an envelope under: 32 lower-case hex characters (from the code). */
export const RESUME_ID_PATTERN = /^[0-9a-f]{32}$/;

/** What the collector stores: AES-GCM ciphertext and its iv, base64url without padding. */
export interface ResumeEnvelope {
  readonly v: 1;
  readonly iv: string;
  readonly ct: string;
}

/** Why a typed code cannot be read (a page words each for the person). */
export type ResumeCodeProblem = 'empty' | 'length' | 'characters' | 'check';

/**
 * Why sealing or opening failed:
 * - `invalid-code`: not a resume code (see parseResumeCode);
 * - `wrong-code`: the envelope does not open with this code;
 * - `damaged`: it opened, but what is inside is not readable data;
 * - `too-large`: more than RESUME_MAX_BYTES to save;
 * - `unsupported`: this browser (or an insecure http: page) has no Web Crypto.
 */
export type ResumeErrorCode = 'invalid-code' | 'wrong-code' | 'damaged' | 'too-large' | 'unsupported';

export class ResumeError extends Error {
  readonly code: ResumeErrorCode;
  constructor(code: ResumeErrorCode, message: string = code) {
    super(message);
    this.name = 'ResumeError';
    this.code = code;
  }
}

/** The check symbol of a run of alphabet symbols (its value mod 37). */
function checkSymbol(symbols: string): string {
  let rest = 0;
  for (const ch of symbols) rest = (rest * 32 + RESUME_ALPHABET.indexOf(ch)) % 37;
  return CHECK_SYMBOLS[rest]!;
}

/**
 * A code as shown: `RESUME_CODE_LENGTH` alphabet symbols (upper case) with the check symbol added,
 * in groups of four: `ABCDEFGHJKMN` → `ABCD-EFGH-JKMN-<check>`. Throws a RangeError for anything
 * else (codes are made by `newResumeCode`, never typed in here).
 */
export function formatResumeCode(symbols: string): string {
  if (symbols.length !== RESUME_CODE_LENGTH || [...symbols].some((ch) => !RESUME_ALPHABET.includes(ch)))
    throw new RangeError(`A resume code is ${RESUME_CODE_LENGTH} symbols of ${RESUME_ALPHABET}.`);
  return (symbols + checkSymbol(symbols)).replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * Reads a code as a person typed it: any case, spaces and dashes ignored, O read as 0 and I, L as
 * 1. Returns the code as shown (`formatResumeCode`'s form), or the problem: nothing typed, the
 * wrong number of symbols, a symbol that is not in codes, or a check symbol that does not match
 * (a symbol mistyped or two swapped).
 */
export function parseResumeCode(input: string): { code: string } | { problem: ResumeCodeProblem } {
  const text = input
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!text) return { problem: 'empty' };
  if ([...text].some((ch) => !CHECK_SYMBOLS.includes(ch))) return { problem: 'characters' };
  if (text.length !== RESUME_CODE_LENGTH + 1) return { problem: 'length' };
  const symbols = text.slice(0, RESUME_CODE_LENGTH);
  if ([...symbols].some((ch) => !RESUME_ALPHABET.includes(ch))) return { problem: 'characters' };
  if (checkSymbol(symbols) !== text[RESUME_CODE_LENGTH]) return { problem: 'check' };
  return { code: formatResumeCode(symbols) };
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Whether `value` has an envelope's shape (version 1, a 96-bit iv, some ciphertext). */
export function isResumeEnvelope(value: unknown): value is ResumeEnvelope {
  const e = value as ResumeEnvelope;
  return (
    !!e &&
    typeof e === 'object' &&
    e.v === 1 &&
    typeof e.iv === 'string' &&
    e.iv.length === 16 &&
    BASE64URL.test(e.iv) &&
    typeof e.ct === 'string' &&
    BASE64URL.test(e.ct)
  );
}
