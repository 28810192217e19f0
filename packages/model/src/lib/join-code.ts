/**
 * Join codes: the short code a participant types to join a live session (`K7M-3QP`). Six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), stored uppercase without the
 * hyphen. Input is read case-insensitively, with hyphens and spaces ignored. The collector makes
 * the codes (with crypto randomness); pages use these helpers to read and show them.
 */

/** The characters a join code is made of: digits 2–9 and A–Z without I, L and O. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Characters in a join code (the hyphen it is shown with not counted). */
export const JOIN_CODE_LENGTH = 6;

/** A stored join code: exactly six characters of the alphabet, uppercase, no hyphen. */
export const JOIN_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** Whether `value` is a join code as stored (uppercase, no hyphen). */
export function isJoinCode(value: unknown): value is string {
  return typeof value === 'string' && JOIN_CODE_PATTERN.test(value);
}

/**
 * Reads a join code as a person typed it: any case, hyphens (or dashes) and spaces ignored.
 * Returns the code as stored, or null when what is left is not six characters of the alphabet.
 */
export function normaliseJoinCode(input: string): string | null {
  if (input.length > 64) return null;
  const code = input.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
  return isJoinCode(code) ? code : null;
}

/** A join code as shown to people: `K7M3QP` → `K7M-3QP`. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
