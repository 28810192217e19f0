/**
 * Hand-written checks for the hot path (a million rows): validate a response id and hash it in
 * one pass, and recognise the usual `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.sssZ`
 * timestamps without a regular expression. Results go into a scratch Int32Array so that no number
 * is boxed per row.
 */

/** [h1, h2] of the last `scanId` call. */
export const idHashes = new Int32Array(2);

/** Per character code below 128: 0 = allowed in an id (after its first character), 1 = not. */
const NOT_ID = new Uint8Array(128).fill(1);
for (let c = 48; c <= 57; c++) NOT_ID[c] = 0;
for (let c = 65; c <= 90; c++) NOT_ID[c] = 0;
for (let c = 97; c <= 122; c++) NOT_ID[c] = 0;
for (const c of [45, 46, 58, 95]) NOT_ID[c] = 0;

/**
 * True when `id` is a valid netweave id (letters, digits, then also `. _ : -`; 1–100 long);
 * its two FNV-1a hashes are left in `idHashes`.
 */
export function scanId(id: string, maxLength: number): boolean {
  const n = id.length;
  if (n === 0 || n > maxLength) return false;
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    bad |= c < 128 ? NOT_ID[c]! : 1;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  idHashes[0] = a | 1; // never 0: 0 marks an empty slot in the id set
  idHashes[1] = b ^ (b >>> 15);
  if (bad !== 0) return false;
  const first = id.charCodeAt(0); // a letter or a digit
  return first !== 45 && first !== 46 && first !== 58 && first !== 95;
}

/** The years core's timestamp rule allows (as the collector does): 1900–2199. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;
/** Days since 1970 of the first of each month, for those years (index (year - 1900) * 12 + month - 1). */
let monthStarts: Int32Array | undefined;

/** Days since 1970 of a calendar date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's algorithm: plain arithmetic, no Date object
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** How many days month `m` (1–12) of year `y` has. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * For `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` with a real date and time in
 * 1900–2199: its time in milliseconds since 1970; NaN for anything else (which then goes through
 * `readTimestamp`, core's whole rule).
 */
export function plainUtcTimestamp(s: string): number {
  const n = s.length;
  if (
    (n !== 20 && n !== 24) ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(n - 1) !== 90
  )
    return NaN;
  // `.sss` before the Z, as `Date.prototype.toISOString` writes (and so the widgets send)
  let ms = 0;
  if (n === 24) {
    const f0 = (s.charCodeAt(20) - 48) >>> 0;
    const f1 = (s.charCodeAt(21) - 48) >>> 0;
    const f2 = (s.charCodeAt(22) - 48) >>> 0;
    if (s.charCodeAt(19) !== 46 || f0 > 9 || f1 > 9 || f2 > 9) return NaN;
    ms = f0 * 100 + f1 * 10 + f2;
  }
  // every digit position as 0–9, or a value ≥ 10 (char codes below '0' wrap round to large numbers)
  const y0 = (s.charCodeAt(0) - 48) >>> 0;
  const y1 = (s.charCodeAt(1) - 48) >>> 0;
  const y2 = (s.charCodeAt(2) - 48) >>> 0;
  const y3 = (s.charCodeAt(3) - 48) >>> 0;
  const m0 = (s.charCodeAt(5) - 48) >>> 0;
  const m1 = (s.charCodeAt(6) - 48) >>> 0;
  const d0 = (s.charCodeAt(8) - 48) >>> 0;
  const d1 = (s.charCodeAt(9) - 48) >>> 0;
  const h0 = (s.charCodeAt(11) - 48) >>> 0;
  const h1 = (s.charCodeAt(12) - 48) >>> 0;
  const i0 = (s.charCodeAt(14) - 48) >>> 0;
  const i1 = (s.charCodeAt(15) - 48) >>> 0;
  const s0 = (s.charCodeAt(17) - 48) >>> 0;
  const s1 = (s.charCodeAt(18) - 48) >>> 0;
  if (
    y0 > 9 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    m0 > 9 ||
    m1 > 9 ||
    d0 > 9 ||
    d1 > 9 ||
    h0 > 9 ||
    h1 > 9 ||
    i0 > 9 ||
    i1 > 9 ||
    s0 > 9 ||
    s1 > 9
  )
    return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  const h = h0 * 10 + h1;
  const mi = i0 * 10 + i1;
  const se = s0 * 10 + s1;
  const yi = y - FIRST_YEAR;
  if (yi < 0 || yi >= YEARS || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return NaN;
  if (d > 28 && d > daysInMonth(y, mo)) return NaN;
  if (monthStarts === undefined) {
    monthStarts = new Int32Array(YEARS * 12);
    for (let j = 0; j < YEARS * 12; j++)
      monthStarts[j] = daysFromCivil(FIRST_YEAR + Math.floor(j / 12), (j % 12) + 1, 1);
  }
  const days = monthStarts[yi * 12 + mo - 1]! + d - 1;
  return ((days * 24 + h) * 60 + mi) * 60000 + se * 1000 + ms;
}
