/** Builds a RowIssue with a readable message naming the file, row, column and reason. */
import { Localizer, issueMessage, type Locale, type Params } from '@netweave/model';
import { sdkCy, sdkEn, type SdkStrings } from './strings.js';
import { flatString } from './read/flat-string.js';
import { put } from './dict.js';
import type { IssueSeverity, RowIssue } from './types.js';

const localizers: Partial<Record<Locale, Localizer<SdkStrings>>> = {};
const localizer = (locale: Locale) =>
  (localizers[locale] ??= new Localizer({ en: sdkEn, cy: sdkCy }, locale));

/** Where an issue is, as people read it: `a.csv, row 12, column "nation"`. */
export function issueLocation(file: string, row: number, column: string, locale: Locale = 'en'): string {
  const l = localizer(locale);
  if (row <= 0) return column ? `${file}, "${column}"` : l.t('where.file', { file });
  return column ? l.t('where.cell', { file, row, column }) : l.t('where.row', { file, row });
}

export function rowIssue(
  file: string,
  row: number,
  column: string,
  code: string,
  severity: IssueSeverity,
  params: Params = {},
  locale: Locale = 'en',
): RowIssue {
  const where = issueLocation(file, row, column, locale);
  const key = `reason.${code}` as keyof SdkStrings;
  let message: string;
  if (Object.prototype.hasOwnProperty.call(sdkEn, key)) {
    const reason = localizer(locale).t(key, params);
    message = `${where}: ${reason}`;
  } else {
    message = issueMessage({ path: where, code, params }, locale);
  }
  // flat copies: an issue must not keep the parsed chunk its values were sliced from alive
  const flatParams: Params = {};
  for (const [k, v] of Object.entries(params)) put(flatParams, k, typeof v === 'string' ? flatString(v) : v);
  return {
    file,
    row,
    column: flatString(column),
    code,
    severity,
    params: flatParams,
    message: flatString(message),
  };
}
