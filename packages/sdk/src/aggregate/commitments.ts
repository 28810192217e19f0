/**
 * Commitments ("One thing I will do…") counted by session, column and sector, and coded onto
 * challenges with the codebook. Mergeable: the result is plain counts (see `mergeCommitmentCounts`).
 */
import type { Commitment } from '@netweave/core';
import { codeText, DEFAULT_CODEBOOK, type Codebook } from './codebook.js';

/** Counts (null = withheld by disclosure control). */
export interface CommitmentCounts {
  total: number | null;
  bySession: Record<string, number | null>;
  byColumn: Record<string, number | null>;
  /** '' = sector not stated. */
  bySector: Record<string, number | null>;
  byCode: Record<string, number | null>;
  /** Commitments no keyword matched. */
  unmatched: number | null;
}

const bump = (r: Record<string, number | null>, key: string, n: number | null = 1) =>
  (r[key] = (r[key] ?? 0) + (n ?? 0));

export function countCommitments(
  commitments: Iterable<Commitment>,
  codebook: Codebook = DEFAULT_CODEBOOK,
): CommitmentCounts {
  const out = { total: 0, bySession: {}, byColumn: {}, bySector: {}, byCode: {}, unmatched: 0 };
  for (const c of commitments) {
    if (c.status === 'hidden') continue;
    out.total += 1;
    bump(out.bySession, c.sessionId);
    bump(out.byColumn, c.column ?? 'commitments');
    bump(out.bySector, c.sector ?? '');
    const codes = codeText(c.text, codebook);
    if (codes.length === 0) out.unmatched += 1;
    for (const code of codes) bump(out.byCode, code);
  }
  return out;
}

export function mergeCommitmentCounts(...parts: CommitmentCounts[]): CommitmentCounts {
  const out = { total: 0, bySession: {}, byColumn: {}, bySector: {}, byCode: {}, unmatched: 0 };
  for (const p of parts) {
    out.total += p.total ?? 0;
    out.unmatched += p.unmatched ?? 0;
    for (const key of ['bySession', 'byColumn', 'bySector', 'byCode'] as const) {
      for (const [k, n] of Object.entries(p[key])) bump(out[key], k, n);
    }
  }
  return out;
}
