/**
 * Commitments ("One thing I will do…") counted by session, column and sector, and coded onto
 * challenges with the codebook. Mergeable: the result is plain counts (see `mergeCommitmentCounts`).
 */
import type { Commitment } from '@netweave/core';
import { codeText, DEFAULT_CODEBOOK, type Codebook } from './codebook.js';

export interface CommitmentCounts {
  total: number;
  bySession: Record<string, number>;
  byColumn: Record<string, number>;
  /** '' = sector not stated. */
  bySector: Record<string, number>;
  byCode: Record<string, number>;
  /** Commitments no keyword matched. */
  unmatched: number;
}

const bump = (r: Record<string, number>, key: string, n = 1) => (r[key] = (r[key] ?? 0) + n);

export function countCommitments(commitments: Iterable<Commitment>, codebook: Codebook = DEFAULT_CODEBOOK): CommitmentCounts {
  const out: CommitmentCounts = { total: 0, bySession: {}, byColumn: {}, bySector: {}, byCode: {}, unmatched: 0 };
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
  const out: CommitmentCounts = { total: 0, bySession: {}, byColumn: {}, bySector: {}, byCode: {}, unmatched: 0 };
  for (const p of parts) {
    out.total += p.total;
    out.unmatched += p.unmatched;
    for (const key of ['bySession', 'byColumn', 'bySector', 'byCode'] as const) {
      for (const [k, n] of Object.entries(p[key])) bump(out[key], k, n);
    }
  }
  return out;
}
