/**
 * Merges responses from several sessions and files, keeping where each came from (file, row,
 * session, catalogue version). Responses with the same id: identical copies are dropped (noted),
 * conflicting ones are reported and only the first is kept.
 */
import type { AssessmentResponse, Locale } from '@netweave/model';
import { rowIssue, issueLocation } from '../issue.js';
import type { Provenance, RowIssue } from '../types.js';

export interface MergeSource {
  file: string;
  responses: readonly AssessmentResponse[];
  /** Per response (same order); made from the file name and position when missing. */
  provenance?: readonly Provenance[];
}

export interface MergedResponses {
  responses: AssessmentResponse[];
  provenance: Provenance[];
  issues: RowIssue[];
  /** Identical copies dropped. */
  duplicates: number;
  /** Conflicting copies left out. */
  conflicts: number;
}

function canonical(r: AssessmentResponse): string {
  const ratings = Object.keys(r.ratings)
    .sort()
    .map((k) => [k, r.ratings[k] ?? null]);
  const p = r.respondent ?? {};
  return JSON.stringify([
    r.sessionId,
    r.submittedAt,
    r.catalogueVersion,
    p.sector ?? null,
    p.nation ?? null,
    p.region ?? null,
    ratings,
    r.otherChallenge ?? null,
  ]);
}

export function mergeResponses(
  sources: Iterable<MergeSource>,
  options: { locale?: Locale } = {},
): MergedResponses {
  const out: MergedResponses = { responses: [], provenance: [], issues: [], duplicates: 0, conflicts: 0 };
  const seen = new Map<string, { key: string; where: Provenance }>();
  for (const source of sources) {
    source.responses.forEach((response, i) => {
      const where: Provenance = source.provenance?.[i] ?? {
        file: source.file,
        row: i + 2,
        sessionId: response.sessionId,
        catalogueVersion: response.catalogueVersion,
      };
      const key = canonical(response);
      const first = seen.get(response.id);
      if (first) {
        const params = {
          id: response.id,
          first: issueLocation(first.where.file, first.where.row, '', options.locale),
        };
        if (first.key === key) {
          out.duplicates += 1;
          out.issues.push(
            rowIssue(
              where.file,
              where.row,
              'response_id',
              'duplicate-identical',
              'info',
              params,
              options.locale,
            ),
          );
        } else {
          out.conflicts += 1;
          out.issues.push(
            rowIssue(
              where.file,
              where.row,
              'response_id',
              'duplicate-conflict',
              'error',
              params,
              options.locale,
            ),
          );
        }
        return;
      }
      seen.set(response.id, { key, where });
      out.responses.push(response);
      out.provenance.push(where);
    });
  }
  return out;
}
