/** Locale-aware labels for catalogue items, and the https-only rule for links. */
import type { Locale } from './i18n/localize.js';
import type { Challenge, Resource, ScalePoint } from './model/types.js';

type Translatable = {
  i18n?: Record<string, { label?: string; description?: string; title?: string }> | undefined;
};

function translated<K extends 'label' | 'description' | 'title'>(
  item: Translatable,
  key: K,
  fallback: string,
  locale: Locale,
): string {
  if (locale === 'en') return fallback;
  return item.i18n?.[locale]?.[key] || fallback;
}

export const challengeLabel = (c: Challenge, locale: Locale = 'en') =>
  translated(c, 'label', c.label, locale);
export const challengeDescription = (c: Challenge, locale: Locale = 'en') =>
  translated(c, 'description', c.description ?? '', locale);
export const scaleLabel = (p: ScalePoint, locale: Locale = 'en') => translated(p, 'label', p.label, locale);
export const resourceTitle = (r: Resource, locale: Locale = 'en') => translated(r, 'title', r.title, locale);

/** Only https URLs are ever bound to `href` on a partner's page. */
export function safeHttpsUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
