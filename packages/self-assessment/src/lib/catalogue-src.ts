/** Loads a partner's catalogue from `catalogue-src`, turning every failure into a readable reason. */
import type { Catalogue, Locale, ValidationIssue } from '@netweave/core';

export type CatalogueLoad =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; reason: 'http'; status: number }
  | { ok: false; reason: 'network' }
  | {
      ok: false;
      reason: 'invalid';
      issues: readonly ValidationIssue[];
      /** Each issue's message in a locale (from the validation module loaded on demand). */
      message: (issue: ValidationIssue, locale: Locale) => string;
    };

export async function loadCatalogue(src: string, signal?: AbortSignal): Promise<CatalogueLoad> {
  let text: string;
  try {
    const res = await fetch(src, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!res.ok) return { ok: false, reason: 'http', status: res.status };
    text = await res.text();
  } catch {
    return { ok: false, reason: 'network' };
  }
  const { issueMessage, parseCatalogueJson } = await import('./catalogue-validate.js');
  const parsed = parseCatalogueJson(text, { source: 'JSON' });
  return parsed.success
    ? { ok: true, catalogue: parsed.value }
    : { ok: false, reason: 'invalid', issues: parsed.issues, message: issueMessage };
}
