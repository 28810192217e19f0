/**
 * Text screening shared by the commitments wall and the collector (the same code on both sides):
 * personal data (e-mail addresses, UK phone numbers, postcodes, valid NHS numbers) and UK-English
 * profanity. Pure functions; a match means "hold for a person to review", never "reject".
 */
import { PROFANITY } from './profanity.js';

export type ScreeningReason = 'email' | 'phone' | 'postcode' | 'nhs-number' | 'profanity';

export interface ScreeningResult {
  /** True when the text should be held for review. */
  readonly held: boolean;
  /** Why, in a stable order, each reason once. */
  readonly reasons: readonly ScreeningReason[];
}

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
// A UK postcode (full, outward and inward code), e.g. "CF10 1AA", "SW1A 1AA", "m1 1ae".
const POSTCODE =
  /\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/gi;
// Runs of digits with the separators people type in numbers: spaces, dots, hyphens, brackets.
const DIGIT_RUN = /(?:\+\s?)?\(?\d[\d\s().-]{7,}\d/g;

export function findEmails(text: string): string[] {
  return text.match(EMAIL) ?? [];
}

export function findPostcodes(text: string): string[] {
  return text.match(POSTCODE) ?? [];
}

/** NHS number checksum: digits 1–9 weighted 10…2; check = 11 − (sum mod 11); 11 → 0; 10 is invalid. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false; // 0000000000 etc. pass the sum but are not issued
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

function digitRuns(text: string): string[] {
  return (text.match(DIGIT_RUN) ?? []).map((run) => run.trim());
}

/** 10-digit numbers (spaced 3-3-4 or not) that pass the NHS number checksum. */
export function findNhsNumbers(text: string): string[] {
  return digitRuns(text).filter((run) => /^[\d\s-]+$/.test(run) && isValidNhsNumber(run));
}

/**
 * UK phone numbers: national format (0 then 9–10 more digits: 01/02 landlines, 03, 07 mobiles,
 * 08) or international (+44 / 0044, optional (0)).
 */
export function findUkPhones(text: string): string[] {
  return digitRuns(text).filter((run) => {
    let digits = run.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
    if (digits.startsWith('+44')) digits = '0' + digits.slice(3);
    else if (digits.startsWith('0044')) digits = '0' + digits.slice(4);
    else if (digits.startsWith('+')) return false;
    return /^0[1-9]\d{8,9}$/.test(digits);
  });
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Whole words from the UK-English profanity list (so "Scunthorpe" and "assessment" pass). */
export function findProfanity(text: string): string[] {
  const normalised = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[013457@$!]/g, (ch) => LEET[ch] ?? ch)
    .replace(/(\w)[.*_-](?=\w)/g, '$1');
  const found: string[] = [];
  for (const word of normalised.split(/[^a-z']+/)) {
    const w = word.replace(/^'+|'+$/g, '').replace(/(.)\1{2,}/g, '$1$1');
    if (w && (PROFANITY.has(w) || PROFANITY.has(w.replace(/(.)\1/g, '$1')))) found.push(w);
  }
  return found;
}

/**
 * The text as a reader sees it, for screening: compatibility forms folded (full-width digits and
 * letters, ligatures: NFKC), invisible format characters removed (zero-width spaces and joiners,
 * word joiners, soft hyphens, byte-order marks, direction marks), every kind of space made a
 * plain space (no-break spaces are common in pasted text) and every dash a hyphen. Someone who
 * hides a phone number or a word with these must still be screened.
 */
export function normaliseForScreening(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu, '')
    .replace(/[\p{Zs}\t]/gu, ' ')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** Screens free text for personal data and profanity (on a normalised copy; the text is kept as typed). */
export function screenText(input: string): ScreeningResult {
  const text = normaliseForScreening(input);
  const reasons: ScreeningReason[] = [];
  if (findEmails(text).length) reasons.push('email');
  // NHS numbers before phones: a valid NHS number is reported as such, not as a phone number.
  const nhs = findNhsNumbers(text);
  if (nhs.length) reasons.push('nhs-number');
  if (findUkPhones(text).some((p) => !nhs.includes(p))) reasons.push('phone');
  if (findPostcodes(text).length) reasons.push('postcode');
  if (findProfanity(text).length) reasons.push('profanity');
  return { held: reasons.length > 0, reasons };
}
