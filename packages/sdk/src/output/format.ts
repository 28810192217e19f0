/** Number formatting shared by the Markdown and HTML outputs (`*` for a withheld figure). */
import type { Locale } from '@netweave/core';

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
