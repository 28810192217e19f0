/**
 * The other-challenge texts: counted after normalisation, coded onto challenges with the
 * codebook, and the unmatched listed. Texts that look like personal data (e-mail addresses,
 * phone numbers, postcodes, NHS numbers: core's screening) are not repeated, only counted.
 */
import { screenText } from '@netweave/model/screening';
import { PERSONAL_DATA_KEY, type Accumulator } from './accumulator.js';
import { codeText, type Codebook } from './codebook.js';
import { bump, dict, own } from '../dict.js';

export interface OtherText {
  text: string;
  count: number | null;
  codes: string[];
}

export interface OtherTexts {
  /** Respondents who wrote an other challenge. */
  respondents: number | null;
  /** Distinct texts, most frequent first. */
  texts: OtherText[];
  /** Respondents per code (a record with no prototype). */
  coded: Record<string, number | null>;
  /** Texts no keyword matched. */
  unmatched: OtherText[];
  /** Texts withheld because they looked like personal data. */
  withheld: number | null;
  /** Texts over the accumulator's distinct-text limit (counted, not listed). */
  overflow: number;
}

export function otherTexts(acc: Accumulator, codebook: Codebook): OtherTexts {
  const texts: OtherText[] = [];
  const coded = dict<number>();
  for (const code of Object.keys(codebook.codes)) bump(coded, code, 0);
  let respondents = acc.other.overflow;
  let withheld = 0;
  for (const [text, count] of Object.entries(acc.other.texts)) {
    respondents += count;
    if (text === PERSONAL_DATA_KEY || screenText(text).reasons.some((r) => r !== 'profanity')) {
      withheld += count;
      continue;
    }
    const codes = codeText(text, codebook);
    for (const code of codes) bump(coded, code, count);
    texts.push({ text: own(acc.other.shown ?? {}, text) ?? text, count, codes });
  }
  texts.sort((a, b) => b.count! - a.count! || a.text.localeCompare(b.text));
  return {
    respondents,
    texts,
    coded,
    unmatched: texts.filter((t) => t.codes.length === 0),
    withheld,
    overflow: acc.other.overflow,
  };
}
