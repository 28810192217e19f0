/**
 * Commitments ("One thing I will do…") counted by session, column and sector, and coded onto
 * challenges with the codebook. Mergeable: the result is plain counts (see `mergeCommitmentCounts`).
 */
import { DEFAULT_COLUMN, type Commitment } from '@netweave/model';
import { codeText, DEFAULT_CODEBOOK, type Codebook } from './codebook.js';
import { dict, own, put } from '../dict.js';
import { nfc } from '../normalise/nfc.js';

/** Counts (null = withheld by disclosure control); the records have no prototype. */
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
  put(r, key, (own(r, key) ?? 0) + (n ?? 0));

const empty = () => ({
  total: 0,
  bySession: dict<number | null>(),
  byColumn: dict<number | null>(),
  bySector: dict<number | null>(),
  byCode: dict<number | null>(),
  unmatched: 0,
});

export function countCommitments(
  commitments: Iterable<Commitment>,
  codebook: Codebook = DEFAULT_CODEBOOK,
): CommitmentCounts {
  const out = empty();
  for (const c of commitments) {
    if (c.status === 'hidden') continue;
    out.total += 1;
    bump(out.bySession, c.sessionId);
    bump(out.byColumn, nfc(c.column ?? DEFAULT_COLUMN));
    bump(out.bySector, c.sector ?? '');
    const codes = codeText(c.text, codebook);
    if (codes.length === 0) out.unmatched += 1;
    for (const code of codes) bump(out.byCode, code);
  }
  return out;
}

export function mergeCommitmentCounts(...parts: CommitmentCounts[]): CommitmentCounts {
  const out = empty();
  for (const p of parts) {
    out.total += p.total ?? 0;
    out.unmatched += p.unmatched ?? 0;
    for (const key of ['bySession', 'byColumn', 'bySector', 'byCode'] as const) {
      for (const [k, n] of Object.entries(p[key])) bump(out[key], k, n);
    }
  }
  return out;
}
