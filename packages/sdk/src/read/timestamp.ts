/**
 * The timestamp rule the collector applies (`@netweave/model`: valibot's ISO timestamp, then a
 * calendar date that exists in the years 1900–2199), so that the SDK keeps exactly the responses
 * and commitments the public summary counts. The usual `YYYY-MM-DDTHH:MM:SSZ` goes through
 * `plainUtcTimestamp` without a regular expression; this is the path for every other form the
 * rule allows: a space for `T`, fractional seconds (1–9 digits), an offset `±HH`, `±HHMM` or
 * `±HH:MM` (a space may come before it).
 */
import { FIRST_YEAR, LAST_YEAR, daysFromCivil, daysInMonth, plainUtcTimestamp } from './fast-checks.js';

/** valibot 1.x `ISO_TIMESTAMP_REGEX`, as core uses it, with the parts captured. */
const ISO_TIMESTAMP =
  /^(\d{4})-(0[1-9]|1[0-2])-([12]\d|0[1-9]|3[01])[T ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(?:Z| ?([+-])([01]\d|2[0-3])(?::?([0-5]\d))?)$/;

export interface Timestamp {
  /** As written, with `T` between date and time and the offset as `Z` or `±HH:MM`. */
  readonly text: string;
  /** Milliseconds since 1970 (fractions beyond a millisecond are dropped, as `Date.parse` does). */
  readonly ms: number;
}

/** The timestamp if core's rule accepts `text` exactly as it is (no trimming); undefined if not. */
export function readTimestamp(text: string): Timestamp | undefined {
  const fast = plainUtcTimestamp(text);
  if (fast === fast) return { text, ms: fast };
  const m = ISO_TIMESTAMP.exec(text);
  if (m === null) return undefined;
  const [, ys, mos, ds, hs, mis, ss, frac = '', sign, ohs, oms = '00'] = m;
  const y = +ys!;
  const mo = +mos!;
  const d = +ds!;
  if (y < FIRST_YEAR || y > LAST_YEAR || d > daysInMonth(y, mo)) return undefined;
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (+ohs! * 60 + +oms) * 60000;
  const ms =
    ((daysFromCivil(y, mo, d) * 24 + +hs!) * 60 + +mis!) * 60000 +
    +ss! * 1000 +
    (frac === '' ? 0 : +frac.slice(1, 4).padEnd(3, '0')) -
    offset;
  const zone = sign === undefined ? 'Z' : `${sign}${ohs}:${oms}`;
  return { text: `${ys}-${mos}-${ds}T${hs}:${mis}:${ss}${frac}${zone}`, ms };
}

/** Milliseconds since 1970 of a timestamp core's rule accepts; NaN for anything else. */
export function timestampMs(text: string): number {
  const fast = plainUtcTimestamp(text);
  return fast === fast ? fast : (readTimestamp(text)?.ms ?? NaN);
}
