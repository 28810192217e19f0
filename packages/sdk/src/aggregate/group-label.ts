/** Readable labels for group keys: sector and nation names from core, "Not stated" for blanks. */
import { fieldLabels, type Locale } from '@netweave/model';
import { KEY_SEPARATOR, type GroupDimension } from './group-key.js';
import { own } from '../dict.js';

const NOT_STATED: Record<Locale, string> = { en: 'Not stated', cy: 'Heb ei nodi' };

export function dimensionValueLabel(dimension: GroupDimension, value: string, locale: Locale = 'en'): string {
  if (value === '') return NOT_STATED[locale];
  if (dimension === 'sector')
    return own(fieldLabels[locale].sector as Record<string, string>, value) ?? value;
  if (dimension === 'nation')
    return own(fieldLabels[locale].nation as Record<string, string>, value) ?? value;
  return value;
}

export function groupLabel(by: readonly GroupDimension[], key: string, locale: Locale = 'en'): string {
  const values = by.length === 1 ? [key] : key.split(KEY_SEPARATOR);
  return values.map((v, i) => dimensionValueLabel(by[i]!, v, locale)).join(' × ');
}
