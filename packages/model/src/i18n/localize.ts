/**
 * A small localiser shared by every netweave element: message tables per locale, partner
 * overrides (their own wording or their translator's), plurals through `Intl.PluralRules`
 * (Welsh has six categories), and numbers, percentages and dates through `Intl`.
 */

import type { WelshFormats } from './welsh.js';

/**
 * Welsh dates and lists from netweave's own tables (welsh.ts), for browsers without Welsh locale
 * data. Given by whoever loads Welsh wording (each widget's Welsh strings call
 * `setWelshFormats(welshFormats)`), so pages in English never download them.
 */
let welsh: WelshFormats | undefined;

/** Makes every Welsh `Localizer` use netweave's own Welsh dates, times and lists. */
export function setWelshFormats(formats: WelshFormats): void {
  welsh = formats;
}

export type Locale = 'en' | 'cy';
export const LOCALES: readonly Locale[] = ['en', 'cy'];

/** A message with plural forms; `other` is required, the rest follow `Intl.PluralRules`. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type MessageTable = Record<string, Message>;

/**
 * Partner overrides: `{ en: { key: 'wording' }, cy: { key: 'geiriad' } }`. Keys left out fall
 * back to netweave's own wording.
 */
export type StringOverrides = Partial<Record<string, Record<string, Message>>>;

export type Params = Record<string, string | number | Date | null | undefined>;

/** Normalises a BCP 47 tag to a locale netweave has tables for (`cy-GB` → `cy`); else English. */
export function normaliseLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'cy' ? 'cy' : 'en';
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function plural(locale: Locale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

export class Localizer<T extends MessageTable = MessageTable> {
  readonly locale: Locale;
  readonly #tables: Record<Locale, T>;
  readonly #overrides: StringOverrides;
  #number?: Intl.NumberFormat;

  constructor(tables: Record<Locale, T>, locale: Locale = 'en', overrides: StringOverrides = {}) {
    this.#tables = tables;
    this.locale = locale;
    this.#overrides = overrides ?? {};
  }

  /** A copy for another locale or other overrides. */
  with(locale: Locale, overrides: StringOverrides = this.#overrides): Localizer<T> {
    return new Localizer(this.#tables, locale, overrides);
  }

  /** The message for `key`, with `{name}` placeholders filled; `count` picks the plural form. */
  t(key: keyof T & string, params: Params = {}): string {
    const n = typeof params.count === 'number' ? params.count : 0;
    const form = plural(this.locale, n);
    // Welsh uses zero/two/few/many; a partner table may give only one/other: fall back to other,
    // and to netweave's own wording when a partner's entry is not usable text at all
    const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
    const pick = (message: unknown): string | undefined => {
      if (!message || typeof message !== 'object') return text(message);
      const forms = message as Record<string, unknown>;
      return text(forms[form]) ?? text(forms.other);
    };
    const template =
      pick(this.#overrides[this.locale]?.[key]) ??
      pick(this.#tables[this.locale]?.[key]) ??
      pick(this.#tables.en[key]) ??
      key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (value === null || value === undefined) return '';
      if (typeof value === 'number') return this.number(value);
      if (value instanceof Date) return this.date(value);
      return value;
    });
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    if (options) return new Intl.NumberFormat(this.locale, options).format(n);
    // whole numbers without starting ICU (its first number format costs a command line tool about
    // 20 ms): English and Welsh both group thousands with a comma
    if (Number.isSafeInteger(n) && !Object.is(n, -0))
      return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    this.#number ??= new Intl.NumberFormat(this.locale);
    return this.#number.format(n);
  }

  /** 0.4213 → "42%" (or with `digits` fraction digits). */
  percent(p: number, digits = 0): string {
    return new Intl.NumberFormat(this.locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(p);
  }

  /**
   * A date (by default "6 December 2026" / "6 Rhagfyr 2026"). Welsh names come from netweave's
   * own tables: browsers without Welsh locale data would show English ones.
   */
  date(
    d: Date | string,
    options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
  ): string {
    const date = typeof d === 'string' ? new Date(d) : d;
    if (Number.isNaN(date.getTime())) return String(d);
    if (this.locale === 'cy' && welsh) return welsh.date(date, options);
    return new Intl.DateTimeFormat(this.locale === 'cy' ? 'cy-GB' : 'en-GB', options).format(date);
  }

  /** A time of day on the 24-hour clock ("20:35"), as both languages write it in the UK. */
  time(
    d: Date | string,
    options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' },
  ): string {
    return this.date(d, options);
  }

  /** A list joined in the locale's own way ("a, b and c" / "a, b a c", "a Thai", "neu Gymru"). */
  list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    if (this.locale === 'cy' && welsh) return welsh.list(items, type);
    return new Intl.ListFormat(this.locale === 'cy' ? 'cy-GB' : 'en-GB', { style: 'long', type }).format(
      items,
    );
  }
}
