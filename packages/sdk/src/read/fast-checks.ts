/**
 * Hand-written checks for the hot path (a million rows): validate a response id and hash it in
 * one pass, and recognise the usual `YYYY-MM-DDTHH:MM:SSZ` timestamp without a regular
 * expression. Results go into a scratch Int32Array so that no number is boxed per row.
 */

/** [h1, h2] of the last `scanId` call. */
export const idHashes = new Int32Array(2);

/**
 * True when `id` is a valid netweave id (letters, digits, then also `. _ : -`; 1–100 long);
 * its two FNV-1a hashes are left in `idHashes`.
 */
export function scanId(id: string, maxLength: number): boolean {
  const n = id.length;
  if (n === 0 || n > maxLength) return false;
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  let ok = true;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if (!(
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (i > 0 && (c === 45 || c === 46 || c === 58 || c === 95))
    ))
      ok = false;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  idHashes[0] = a | 1; // never 0: 0 marks an empty slot in the id set
  idHashes[1] = b ^ (b >>> 15);
  return ok;
}

const digit = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100;
};

/**
 * For `YYYY-MM-DDTHH:MM:SSZ` with a real date and time: its time in milliseconds since 1970;
 * NaN for anything else (which then goes through the full ISO 8601 check).
 */
export function plainUtcTimestamp(s: string): number {
  if (
    s.length !== 20 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 90
  )
    return NaN;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const mo = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  const h = digit(s, 11) * 10 + digit(s, 12);
  const mi = digit(s, 14) * 10 + digit(s, 15);
  const se = digit(s, 17) * 10 + digit(s, 18);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59)
    return NaN;
  if (d > 28) {
    const days =
      mo === 2
        ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
          ? 29
          : 28
        : mo === 4 || mo === 6 || mo === 9 || mo === 11
          ? 30
          : 31;
    if (d > days) return NaN;
  }
  // days from civil (Howard Hinnant's algorithm): plain arithmetic, no Date object
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return ((days * 24 + h) * 60 + mi) * 60000 + se * 1000;
}
