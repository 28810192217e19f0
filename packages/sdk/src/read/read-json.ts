/**
 * Reads responses (and commitments) from JSON: an array of responses, or an object
 * `{responses: [...], commitments: [...]}` such as the collector exports. Each item is checked
 * with core's validation against the catalogue; problems name the item ("row" = item number + 1,
 * so the first item is row 2 as in a CSV), good items are kept.
 */
import {
  DEFAULT_CATALOGUE,
  checkAgainstCatalogue,
  validateCommitment,
  validateResponse,
  type AssessmentResponse,
  type Commitment,
} from '@netweave/core';
import type { Provenance, ReadOptions, ReadResult } from '../types.js';
import { createIdSet, hashString } from './id-set.js';
import { createIssueLog } from './issue-log.js';
import { createRowView, fillRowView, type RowView } from './row-view.js';
import { normaliseNation } from '../normalise/nation.js';
import { normaliseSector } from '../normalise/sector.js';
import { issueLocation } from '../issue.js';

export function readJson(
  text: string,
  options: ReadOptions & { onRow?: (view: RowView) => void } = {},
): ReadResult & { commitments: Commitment[] } {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const file = options.file ?? 'input';
  const log = createIssueLog(file, options);
  const stats = log.stats;
  const ids = options.ids ?? createIdSet();
  const fileIndex = ids.files.push(file) - 1;
  const responses: AssessmentResponse[] = [];
  const provenance: Provenance[] = [];
  const commitments: Commitment[] = [];
  const collect = !(options.onResponse || options.onRow);
  const view = createRowView(catalogue);
  const done = (): ReadResult & { commitments: Commitment[] } => ({
    file,
    format: 'json',
    responses,
    provenance,
    commitments,
    issues: log.issues,
    stats,
  });

  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    log.add(0, '', 'invalid-json', 'error', {
      detail: error instanceof Error ? error.message : String(error),
    });
    stats.stopped = true;
    return done();
  }
  const envelope = Array.isArray(data)
    ? { responses: data }
    : (data as { responses?: unknown; commitments?: unknown } | null);
  const list = Array.isArray(envelope?.responses) ? envelope.responses : [];
  const commitmentList = Array.isArray(envelope?.commitments) ? envelope.commitments : [];
  if (!Array.isArray(envelope?.responses) && !Array.isArray(envelope?.commitments)) {
    log.add(0, '', 'not-csv', 'error');
    stats.stopped = true;
    return done();
  }

  for (let i = 0; i < list.length && !stats.stopped; i++) {
    const row = i + 2;
    stats.rows += 1;
    let item = list[i] as Record<string, unknown> | null;
    // normalise sector and nation labels before validation ("third sector" → vcse)
    if (item && typeof item === 'object' && item.respondent && typeof item.respondent === 'object') {
      const r = { ...(item.respondent as Record<string, unknown>) };
      for (const [field, fn] of [
        ['sector', normaliseSector],
        ['nation', normaliseNation],
      ] as const) {
        if (typeof r[field] === 'string') {
          const value = fn(r[field] as string);
          if (value === undefined)
            log.add(row, `respondent.${field}`, 'unknown-value', 'warning', {
              field,
              value: String(r[field]).slice(0, 60),
            });
          r[field] = value ?? null;
        }
      }
      item = { ...item, respondent: r };
    }
    const result = validateResponse(item);
    if (!result.success) {
      for (const issue of result.issues) log.add(row, issue.path, issue.code, 'error', issue.params);
      stats.rejected += 1;
      if (options.strict) stats.stopped = true;
      continue;
    }
    const response = result.value;
    const problems = checkAgainstCatalogue(response, catalogue);
    const bad = problems.filter((p) => p.code !== 'unknown-challenge');
    for (const p of problems) {
      log.add(row, p.path, p.code, p.code === 'unknown-challenge' ? 'warning' : 'error', p.params);
    }
    if (bad.length) {
      stats.rejected += 1;
      if (options.strict) stats.stopped = true;
      continue;
    }
    const seen = ids.check(response.id, hashString(JSON.stringify({ ...response, id: '' })), fileIndex, row);
    if (seen) {
      const first = issueLocation(ids.files[seen.file] ?? '?', seen.row, '', options.locale);
      if (seen.same) {
        stats.duplicates += 1;
        log.add(row, 'id', 'duplicate-identical', 'info', { id: response.id, first });
      } else {
        stats.rejected += 1;
        log.add(row, 'id', 'duplicate-conflict', 'error', { id: response.id, first });
        if (options.strict) stats.stopped = true;
      }
      continue;
    }
    stats.accepted += 1;
    const prov: Provenance = {
      file,
      row,
      sessionId: response.sessionId,
      catalogueVersion: response.catalogueVersion,
    };
    if (options.onRow) {
      fillRowView(view, response, catalogue);
      view.row = row;
      options.onRow(view);
    }
    options.onResponse?.(response, prov);
    if (collect) {
      responses.push(response);
      provenance.push(prov);
    }
  }
  for (let i = 0; i < commitmentList.length && !stats.stopped; i++) {
    const result = validateCommitment(commitmentList[i]);
    if (result.success) commitments.push(result.value);
    else {
      for (const issue of result.issues)
        log.add(list.length + i + 2, `commitments[${i}].${issue.path}`, issue.code, 'error', issue.params);
      if (options.strict) stats.stopped = true;
    }
  }
  return done();
}
