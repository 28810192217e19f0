/** The PostgreSQL event log (postgres.ts): writing a session's events, reading them as they stand now, pruning. */
import pg from 'pg';
import type { Commitment, CommitmentStatus } from '@netweave/model';
import {
  decodeEvent,
  EDITED_FINGERPRINT,
  encodeEvent,
  eventWithText,
  type StoredEvent,
  withCurrent,
} from './types.js';
import { CHANNEL } from './postgres-schema.js';

/**
 * Stores a session's events (in this order) and announces them, as the transaction's last
 * statement before COMMIT. Event writers are serialised per session until commit, so a
 * session's event ids become visible in order: a stream resuming after id N can never pass over
 * an event that commits late with a lower id. (Resumes are per session, so other sessions are
 * not held up.) The lock, the inserts and the notifications are one statement, so the lock is
 * held for one round trip and the commit, not four.
 */
export async function storeEvents(
  client: pg.PoolClient,
  sessionId: string,
  events: readonly { commitment: Commitment; previous: CommitmentStatus | null }[],
): Promise<void> {
  await client.query(
    `WITH locked AS MATERIALIZED (SELECT pg_advisory_xact_lock(7301, hashtext($1))),
     added AS (
       INSERT INTO events (session_id, data)
       SELECT $1, e.data FROM locked, unnest($2::text[]) WITH ORDINALITY AS e(data, n) ORDER BY e.n
       RETURNING id)
     SELECT pg_notify($3, json_build_object('s', $1::text, 'e', a.id)::text)
     FROM (SELECT id FROM added ORDER BY id) AS a`,
    [sessionId, events.map((e) => encodeEvent(e.commitment, e.previous)), CHANNEL],
  );
}

/**
 * A moderator's edit: the new text in the commitment and in every stored event of it (which
 * the fan-out reads back by id), so the unedited text can no longer be read from any table.
 * PostgreSQL keeps the old row versions on disk until (auto)vacuum reclaims them.
 */
export async function replaceText(
  client: pg.PoolClient,
  sessionId: string,
  id: string,
  text: string,
): Promise<void> {
  await client.query('UPDATE commitments SET text = $1, fingerprint = $2 WHERE id = $3', [
    text,
    EDITED_FINGERPRINT,
    id,
  ]);
  const { rows } = await client.query<{ id: string; data: string }>(
    "SELECT id, data FROM events WHERE session_id = $1 AND COALESCE(data::jsonb #>> '{commitment,id}', data::jsonb ->> 'id') = $2 FOR UPDATE",
    [sessionId, id],
  );
  for (const e of rows)
    await client.query('UPDATE events SET data = $1 WHERE id = $2', [eventWithText(e.data, text), e.id]);
}

/** A session's events with their posts as they stand now. */
export async function currentEvents(
  pool: pg.Pool,
  sessionId: string,
  events: StoredEvent[],
): Promise<StoredEvent[]> {
  if (!events.length) return events;
  const { rows } = await pool.query(
    'SELECT id, status, text FROM commitments WHERE session_id = $1 AND id = ANY($2)',
    [sessionId, [...new Set(events.map((e) => e.commitment.id))]],
  );
  return withCurrent(events, rows as { id: string; status: string; text: string }[]);
}

/** Deletes a session's events but the newest `keep` and moves its horizon; how many were deleted. */
export async function pruneSessionEvents(c: pg.PoolClient, sessionId: string, keep: number): Promise<number> {
  const { rows } = await c.query(
    'SELECT id FROM events WHERE session_id = $1 ORDER BY id DESC LIMIT 1 OFFSET $2',
    [sessionId, keep],
  );
  if (!rows[0]) return 0;
  const upto = Number(rows[0].id);
  const removed = await c.query('DELETE FROM events WHERE session_id = $1 AND id <= $2', [sessionId, upto]);
  await c.query(
    `INSERT INTO event_horizons (session_id, upto) VALUES ($1, $2)
     ON CONFLICT (session_id) DO UPDATE SET upto = GREATEST(event_horizons.upto, EXCLUDED.upto)`,
    [sessionId, upto],
  );
  return removed.rowCount ?? 0;
}

export function toEvent(row: { id: string | number; session_id: string; data: string }): StoredEvent {
  return decodeEvent(Number(row.id), row.session_id, row.data);
}
