/**
 * Reading a summary from a `src` URL: the SDK's JSON, or its CSV (core's SUMMARY_COLUMNS, read
 * with core's parseCsv), told apart by content type, then by the file extension.
 */
import { parseCsv, SUMMARY_COLUMNS, type FrequencySummary } from '@netweave/core';

export class LoadError extends Error {
  readonly kind: 'http' | 'network' | 'json' | 'csv' | 'columns';
  readonly detail: string;
  constructor(kind: LoadError['kind'], detail: string) {
    super(`${kind}: ${detail}`);
    this.name = 'LoadError';
    this.kind = kind;
    this.detail = detail;
  }
}

export function isCsv(url: string, contentType: string | null): boolean {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('csv')) return true;
  if (type.includes('json')) return false;
  return /\.csv(?:[?#]|$)/i.test(url);
}

const num = (s: string | undefined): number | null => {
  const t = (s ?? '').trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : (NaN as number);
};

/**
 * A summary CSV as a FrequencySummary: rows with an empty `group` are the overall figures, the
 * others form `groups`. The CSV has no disclosure rule; the note then stays generic. Values
 * that are not numbers are kept as NaN so that validation names them.
 */
export function summaryFromCsv(text: string): unknown {
  let rows: string[][];
  try {
    rows = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  } catch (error) {
    throw new LoadError('csv', error instanceof Error ? error.message : String(error));
  }
  const header = (rows.shift() ?? []).map((h) => h.trim());
  const missing = SUMMARY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new LoadError('columns', missing.join(', '));
  const col = (name: (typeof SUMMARY_COLUMNS)[number]) => header.indexOf(name);
  const challenges: unknown[] = [];
  const groups = new Map<string, unknown[]>();
  for (const r of rows) {
    const lo = num(r[col('ci_low')]);
    const hi = num(r[col('ci_high')]);
    const item = {
      id: (r[col('challenge_id')] ?? '').trim(),
      label: r[col('label')] ?? '',
      identified: num(r[col('identified')]),
      base: num(r[col('base')]),
      proportion: num(r[col('proportion')]),
      interval: lo === null || hi === null ? null : [lo, hi],
      suppressed: (r[col('suppressed')] ?? '').trim().toLowerCase() === 'true',
    };
    const group = (r[col('group')] ?? '').trim();
    if (!group) challenges.push(item);
    else {
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group)!.push(item);
    }
  }
  const summary: Record<string, unknown> = {
    kind: 'netweave.frequency-summary',
    version: 1,
    threshold: 3,
    respondents: null,
    disclosure: { rule: 'none', description: '' },
    challenges,
  };
  if (groups.size) {
    summary.groups = [...groups].map(([key, list]) => ({
      key,
      label: key,
      respondents: null,
      challenges: list,
    }));
  }
  return summary as Partial<FrequencySummary>;
}

export async function loadSummary(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json, text/csv;q=0.9' },
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new LoadError('network', String(error));
  }
  if (!response.ok)
    // The status code alone: its reason phrase ("Not Found") is English on a Welsh page.
    throw new LoadError('http', String(response.status));
  const text = await response.text();
  if (isCsv(url, response.headers.get('content-type'))) return summaryFromCsv(text);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('json', error instanceof Error ? error.message : String(error));
  }
}
