/**
 * Welsh dates, times and lists that do not depend on the browser's locale data. Debian's Chromium
 * (and other builds with reduced ICU data) has no Welsh: `Intl.DateTimeFormat('cy')` answers
 * "6 December 2026" or "2026 M12 6" and `Intl.ListFormat('cy')` joins with "and". We take the
 * numbers and their order from British English (day month year, 24-hour clock, as Welsh writes
 * them) and put in Welsh names and words from our own tables.
 */

const MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];
const MONTHS_SHORT = [
  'Ion',
  'Chwef',
  'Maw',
  'Ebr',
  'Mai',
  'Meh',
  'Gorff',
  'Awst',
  'Medi',
  'Hyd',
  'Tach',
  'Rhag',
];
const DAYS = [
  'dydd Sul',
  'dydd Llun',
  'dydd Mawrth',
  'dydd Mercher',
  'dydd Iau',
  'dydd Gwener',
  'dydd Sadwrn',
];
const DAYS_SHORT = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'];

const formats = new Map<string, Intl.DateTimeFormat>();

function britishFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat('en-GB', options)));
  return format;
}

/** Numeric month (1–12) and weekday (0 = Sunday) of `date` in the format's time zone. */
function calendar(date: Date, timeZone: string | undefined): { month: number; weekday: number } {
  const parts = britishFormat({ month: 'numeric', day: 'numeric', year: 'numeric', timeZone }).formatToParts(
    date,
  );
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const month = get('month');
  // Day of the week from the calendar date itself (Zeller-free: a UTC date has the same weekday).
  const weekday = new Date(Date.UTC(get('year'), month - 1, get('day'))).getUTCDay();
  return { month, weekday };
}

/** `date` formatted as Welsh, with the same options `Intl.DateTimeFormat` takes. */
export function formatWelshDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  // Welsh writes the 24-hour clock; a caller may still ask for a 12-hour one.
  const resolved: Intl.DateTimeFormatOptions = { hourCycle: 'h23', ...options };
  if (resolved.hour12 !== undefined) delete resolved.hourCycle;
  const parts = britishFormat(resolved).formatToParts(date);
  const { month, weekday } = calendar(date, resolved.timeZone);
  const longMonth =
    resolved.month === 'long' || resolved.dateStyle === 'long' || resolved.dateStyle === 'full';
  const longDay = resolved.weekday === 'long' || resolved.dateStyle === 'full';
  return parts
    .map((part) => {
      switch (part.type) {
        case 'month':
          return /^\d+$/.test(part.value) ? part.value : (longMonth ? MONTHS : MONTHS_SHORT)[month - 1]!;
        case 'weekday':
          return (longDay ? DAYS : DAYS_SHORT)[weekday]!;
        case 'dayPeriod':
          return /^p/i.test(part.value) ? 'yh' : 'yb';
        case 'literal':
          // "6 December 2026 at 20:35" → "6 Rhagfyr 2026 am 20:35"
          return part.value.replace(/\bat\b/, 'am');
        default:
          return part.value;
      }
    })
    .join('');
}

/** Welsh consonant mutations used after list joiners. */
const SOFT: [RegExp, string][] = [
  [/^ll/i, 'l'],
  [/^rh/i, 'r'],
  [/^c/i, 'g'],
  [/^p/i, 'b'],
  [/^t/i, 'd'],
  [/^g/i, ''],
  [/^b/i, 'f'],
  [/^d(?!d)/i, 'dd'],
  [/^m/i, 'f'],
];
const ASPIRATE: [RegExp, string][] = [
  [/^c(?!h)/i, 'ch'],
  [/^p(?!h)/i, 'ph'],
  [/^t(?!h)/i, 'th'],
];

function mutate(word: string, rules: [RegExp, string][]): string {
  // Acronyms (GIG, VCSE) and digits are not mutated.
  if (/^[\p{Lu}\d]{2,}\b/u.test(word) || !/^\p{L}/u.test(word)) return word;
  for (const [pattern, replacement] of rules) {
    const match = pattern.exec(word);
    if (!match) continue;
    const capital = word[0] !== word[0]!.toLowerCase();
    let out = replacement + word.slice(match[0].length);
    if (capital) out = out.charAt(0).toUpperCase() + out.slice(1);
    return out;
  }
  return word;
}

/**
 * A Welsh list: "a" (with aspirate mutation: "a Thai") or "ac" before a vowel for conjunction;
 * "neu" (with soft mutation: "neu Gymru") for disjunction.
 */
export function formatWelshList(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  let tail: string;
  if (type === 'disjunction') tail = `neu ${mutate(last, SOFT)}`;
  // "ac" before a vowel (an initial w is a consonant: "a Wrecsam").
  else if (/^[aeiouyâêîôûŷáéíóúàèìòù]/i.test(last)) tail = `ac ${last}`;
  else tail = `a ${mutate(last, ASPIRATE)}`;
  return `${items.slice(0, -1).join(', ')} ${tail}`;
}

/**
 * "i" ("to") before a name, as Welsh writes it: "i’r" before the article ("i’r canlyniad
 * gwaethaf"), else "i" with soft mutation ("i Gamau cyntaf", not "i Camau cyntaf").
 */
export function welshTo(name: string): string {
  const article = /^(y|yr)\s+/i.exec(name);
  return article ? `i’r ${name.slice(article[0].length)}` : `i ${mutate(name, SOFT)}`;
}

export interface WelshFormats {
  date(date: Date, options: Intl.DateTimeFormatOptions): string;
  list(items: readonly string[], type: 'conjunction' | 'disjunction'): string;
}

/** Pass to `setWelshFormats` (core's Localizer) when Welsh wording is loaded. */
export const welshFormats: WelshFormats = { date: formatWelshDate, list: formatWelshList };
