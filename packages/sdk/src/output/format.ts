/** Number formatting shared by the Markdown and HTML outputs (`*` for a withheld figure). */
import type { Locale } from '@netweave/model';

export const SUPPRESSED = '*';

export function formatCount(n: number | null | undefined, locale: Locale = 'en'): string {
  return n === null || n === undefined
    ? SUPPRESSED
    : new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB').format(n);
}

export function formatPercent(p: number | null | undefined, locale: Locale = 'en', digits = 0): string {
  if (p === null || p === undefined) return SUPPRESSED;
  return new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(p);
}

export function formatNumber(x: number | null | undefined, digits = 2, locale: Locale = 'en'): string {
  if (x === null || x === undefined) return SUPPRESSED;
  return new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
}

export function formatInterval(i: [number, number] | null | undefined, locale: Locale = 'en'): string {
  return i ? `${formatPercent(i[0], locale)}–${formatPercent(i[1], locale)}` : SUPPRESSED;
}

/** A date and time for people ("30 November 2026 at 21:05 UTC"; Welsh "30 Tachwedd 2026 am 21:05 UTC"). */
export function formatDateTime(iso: string, locale: Locale = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
  return `${text} UTC`;
}
