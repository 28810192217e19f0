/** Loads a partner's catalogue from `catalogue-src`, turning every failure into a readable message. */
import type { TemplateResult } from 'lit';
import type { Catalogue, Locale, StringOverrides } from '@netweave/core';
import type { Problem } from './catalogue-problem.js';

export type CatalogueLoad =
  | { ok: true; catalogue: Catalogue }
  | {
      ok: false;
      /** The message naming the problem (its module is loaded only when something went wrong). */
      render(src: string, locale: Locale, overrides: StringOverrides): TemplateResult;
    };

async function failed(problem: Problem): Promise<CatalogueLoad> {
  const { renderProblem } = await import('./catalogue-problem.js');
  return { ok: false, render: (src, locale, overrides) => renderProblem(problem, src, locale, overrides) };
}

export async function loadCatalogue(src: string, signal?: AbortSignal): Promise<CatalogueLoad> {
  let text: string;
  try {
    const res = await fetch(src, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!res.ok) return failed({ reason: 'http', status: res.status });
    text = await res.text();
  } catch {
    return failed({ reason: 'network' });
  }
  const { issueMessage, parseCatalogueJson } = await import('./catalogue-validate.js');
  const parsed = parseCatalogueJson(text, { source: 'JSON' });
  return parsed.success
    ? { ok: true, catalogue: parsed.value }
    : failed({ reason: 'invalid', issues: parsed.issues, message: issueMessage });
}
