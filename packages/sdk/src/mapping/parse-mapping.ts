import { makeIssue as issue, type Locale, type ValidationIssue } from '@netweave/model';
import type { Mapping } from './mapping.js';

/**
 * Reads a mapping file's text. Problems are reported in `locale` (English or Welsh), each naming
 * the place in the file (`forms-mapping.json.columns["Which sector?"]`) and what is wrong.
 */
export function parseMapping(
  text: string,
  source = 'mapping',
  locale: Locale = 'en',
): { mapping?: Mapping; issues: ValidationIssue[] } {
  const makeIssue = (path: string, code: string, params: Record<string, string> = {}) =>
    issue(path, code, params, locale);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      issues: [
        makeIssue(source, 'invalid-json', { detail: error instanceof Error ? error.message : String(error) }),
      ],
    };
  }
  const issues: ValidationIssue[] = [];
  const m = data as Partial<Mapping> | null;
  if (!m || typeof m !== 'object' || Array.isArray(m)) return { issues: [makeIssue(source, 'type.object')] };
  if (!m.columns || typeof m.columns !== 'object' || Array.isArray(m.columns))
    issues.push(makeIssue(`${source}.columns`, m.columns === undefined ? 'missing' : 'type.object'));
  else {
    for (const [header, target] of Object.entries(m.columns)) {
      const ok =
        target === null ||
        typeof target === 'string' ||
        (typeof target === 'object' && typeof (target as { field?: unknown }).field === 'string');
      if (!ok) issues.push(makeIssue(`${source}.columns["${header}"]`, 'type.string'));
    }
  }
  if (
    m.values !== undefined &&
    (typeof m.values !== 'object' || m.values === null || Array.isArray(m.values))
  )
    issues.push(makeIssue(`${source}.values`, 'type.object'));
  else
    for (const [k, val] of Object.entries(m.values ?? {}))
      if (val !== null && typeof val !== 'number')
        issues.push(makeIssue(`${source}.values["${k}"]`, 'type.number'));
  if (m.dateFormat !== undefined && !['iso', 'dmy', 'mdy'].includes(m.dateFormat))
    issues.push(makeIssue(`${source}.dateFormat`, 'one-of', { options: 'iso, dmy, mdy' }));
  for (const key of ['sessionId', 'catalogueVersion', 'idPrefix'] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'string')
      issues.push(makeIssue(`${source}.${key}`, 'type.string'));
  }
  return issues.length ? { issues } : { mapping: m as Mapping, issues };
}
