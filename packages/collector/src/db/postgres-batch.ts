/** New commitments on PostgreSQL (postgres.ts), stored in batches: one commits while the next fills. */
import pg from 'pg';
import type { Commitment } from '@netweave/model';
import { EDITED_FINGERPRINT, rowToCommitment, type InsertOutcome } from './types.js';
import type { CommitmentRow } from './postgres-schema.js';
import { storeEvents } from './postgres-events.js';

export type InsertedCommitment = { outcome: InsertOutcome; commitment: Commitment };

interface PendingCommitment {
  readonly commitment: Commitment;
  readonly fingerprint: string;
  /** Who posted it (hashed, see commitment-columns.ts), or null. */
  readonly author: string | null;
  resolve(outcome: InsertedCommitment): void;
  reject(error: unknown): void;
}

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

export class CommitmentBatches {
  readonly #tx: Transaction;
  /** New commitments waiting for the next batch (see insert). */
  readonly #newCommitments: PendingCommitment[] = [];
  #inserting = false;

  constructor(tx: Transaction) {
    this.#tx = tx;
  }

  /**
   * Stores a new commitment. Commitments that come in while a batch is being stored wait for the
   * next: one transaction for all of them (one lock per session, one commit), each answered only
   * once it has committed. One at a time, the posts of a room queued behind each other's lock
   * on their session (measured: 500 posts in 2 s over two instances waited 66 ms each on average
   * for it, delivery p99 1.8–4.2 s).
   */
  insert(c: Commitment, fingerprint: string, author: string | null = null): Promise<InsertedCommitment> {
    return new Promise((resolve, reject) => {
      this.#newCommitments.push({ commitment: c, fingerprint, author, resolve, reject });
      if (this.#inserting) return;
      this.#inserting = true;
      setImmediate(() => void this.#insertBatches());
    });
  }

  async #insertBatches(): Promise<void> {
    try {
      while (this.#newCommitments.length) {
        const batch = this.#newCommitments.splice(0, 500);
        let outcomes: InsertedCommitment[];
        try {
          outcomes = await this.#tx((client) => insertAll(client, batch));
        } catch {
          // Whatever broke the batch (one bad post, a lost connection), each on its own as before.
          await Promise.all(
            batch.map((p) =>
              this.#tx((client) => insertAll(client, [p])).then(([o]) => p.resolve(o!), p.reject),
            ),
          );
          continue;
        }
        batch.forEach((p, i) => p.resolve(outcomes[i]!));
      }
    } finally {
      this.#inserting = false;
    }
  }
}

async function insertAll(
  client: pg.PoolClient,
  batch: readonly PendingCommitment[],
): Promise<InsertedCommitment[]> {
  const column = (f: (p: PendingCommitment) => string | null) => batch.map(f);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO commitments (id, session_id, created_at, text, col, sector, status, reactions, held_for, fingerprint, author)
     SELECT id, session_id, created_at, text, col, sector, status, 0, held_for, fingerprint, author
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       AS t(id, session_id, created_at, text, col, sector, status, held_for, fingerprint, author)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      column((p) => p.commitment.id),
      column((p) => p.commitment.sessionId),
      column((p) => p.commitment.createdAt),
      column((p) => p.commitment.text),
      column((p) => p.commitment.column),
      column((p) => p.commitment.sector ?? null),
      column((p) => p.commitment.status),
      column((p) => (p.commitment.heldFor ? JSON.stringify(p.commitment.heldFor) : null)),
      column((p) => p.fingerprint),
      column((p) => p.author),
    ],
  );
  // The first of each id stored now is created; any other is a retry of one stored before
  // (or of that first one) or a clash with it.
  const stored = new Set(rows.map((r) => r.id));
  const created = batch.map((p) => stored.delete(p.commitment.id));
  const others = batch.filter((_, i) => !created[i]).map((p) => p.commitment.id);
  const existing = new Map<string, CommitmentRow>();
  if (others.length) {
    const found = await client.query<CommitmentRow>('SELECT * FROM commitments WHERE id = ANY($1)', [
      [...new Set(others)],
    ]);
    for (const row of found.rows) existing.set(row.id, row);
  }
  // Sessions in a fixed order, so two instances' batches never wait for each other in a cycle.
  const sessions = [...new Set(batch.filter((_, i) => created[i]).map((p) => p.commitment.sessionId))].sort();
  for (const sessionId of sessions)
    await storeEvents(
      client,
      sessionId,
      batch
        .filter((p, i) => created[i] && p.commitment.sessionId === sessionId)
        .map((p) => ({ commitment: p.commitment, previous: null })),
    );
  return batch.map((p, i) => {
    if (created[i]) return { outcome: 'created' as const, commitment: p.commitment };
    const row = existing.get(p.commitment.id)!;
    const same =
      (row.fingerprint === p.fingerprint || row.fingerprint === EDITED_FINGERPRINT) &&
      row.session_id === p.commitment.sessionId;
    return {
      outcome: same ? ('replay' as const) : ('conflict' as const),
      commitment: rowToCommitment(row),
    };
  });
}
