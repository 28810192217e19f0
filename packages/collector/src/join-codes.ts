/** Join codes made with crypto randomness (uniform over the alphabet: 31⁶ ≈ 887 million codes). */
import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@netweave/model';

/** A fresh join code as stored (uppercase, no hyphen). Uniqueness is the database's to check. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Tries to store something under fresh codes until one is free (a clash is a one-in-millions event). */
export async function withFreshCode<T>(
  attempt: (code: string) => Promise<T | 'code-taken'>,
  tries = 20,
): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const result = await attempt(newJoinCode());
    if (result !== 'code-taken') return result;
  }
  throw new Error('No free join code was found.');
}
