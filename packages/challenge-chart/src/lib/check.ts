/**
 * Checks a summary before drawing it: core's schema (negative counts, a proportion above 1…),
 * then what a schema cannot see: more identified than rated, a challenge id that is not in the
 * catalogue the summary names, or the same challenge twice. Messages name the field.
 */
import { validateSummary, type Catalogue, type FrequencySummary, type Locale } from '@netweave/core';
import type { ChartLocalizer } from './format.js';

export type CheckResult = { ok: true; summary: FrequencySummary } | { ok: false; messages: string[] };

export function checkSummary(
  input: unknown,
  l: ChartLocalizer,
  catalogues: readonly Catalogue[],
): CheckResult {
  const result = validateSummary(input, { locale: l.locale as Locale });
  if (!result.success) return { ok: false, messages: result.issues.slice(0, 8).map((i) => i.message) };
  const summary = result.value;
  const messages: string[] = [];
  const catalogue = catalogues.find((c) => c.version === summary.catalogueVersion);
  const known = catalogue ? new Set(catalogue.challenges.map((c) => c.id)) : null;
  const lists: [string, FrequencySummary['challenges']][] = [['challenges', summary.challenges]];
  for (const [i, g] of (summary.groups ?? []).entries())
    lists.push([`groups[${i}].challenges`, g.challenges]);
  for (const [at, list] of lists) {
    const seen = new Set<string>();
    for (const [i, c] of list.entries()) {
      const path = `${at}[${i}]`;
      if (seen.has(c.id)) messages.push(l.t('error.duplicate-id', { path: `${path}.id`, id: c.id }));
      seen.add(c.id);
      if (known && !known.has(c.id)) {
        messages.push(l.t('error.unknown-id', { path: `${path}.id`, id: c.id, version: catalogue!.version }));
      }
      if (c.identified !== null && c.base !== null && c.identified > c.base) {
        messages.push(l.t('error.identified-above-base', { path, identified: c.identified, base: c.base }));
      }
    }
  }
  return messages.length ? { ok: false, messages: messages.slice(0, 8) } : { ok: true, summary };
}
