/** The PostgreSQL tables (postgres.ts), the channel their changes are announced on, and transactions. */
import pg from 'pg';
import type { Commitment } from '@netweave/model';
import { rowToCommitment } from './types.js';

export const CHANNEL = 'netweave_changes';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, prompt TEXT,
  moderation TEXT NOT NULL, open BOOLEAN NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS responses (
  seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, session_id TEXT NOT NULL,
  payload TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS responses_session ON responses (session_id, seq);
CREATE TABLE IF NOT EXISTS commitments (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, created_at TEXT NOT NULL, text TEXT NOT NULL,
  col TEXT NOT NULL, sector TEXT, status TEXT NOT NULL, reactions INTEGER NOT NULL DEFAULT 0,
  held_for TEXT, fingerprint TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS commitments_order ON commitments (session_id, created_at, id);
CREATE TABLE IF NOT EXISTS events (
  id BIGSERIAL PRIMARY KEY, session_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_session ON events (session_id, id);
CREATE TABLE IF NOT EXISTS event_horizons (session_id TEXT PRIMARY KEY, upto BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS summary_releases (
  session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, live INTEGER NOT NULL, upto BIGINT NOT NULL,
  released_at BIGINT NOT NULL, final BOOLEAN NOT NULL);
CREATE TABLE IF NOT EXISTS disclosure_keys (session_id TEXT PRIMARY KEY, secret TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reactions (
  commitment_id TEXT NOT NULL, reactor TEXT NOT NULL, PRIMARY KEY (commitment_id, reactor));
CREATE TABLE IF NOT EXISTS revoked_cookies (digest TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS follow_ups (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, commitment_id TEXT NOT NULL, answer TEXT NOT NULL,
  note TEXT, answered_at TEXT NOT NULL, received_at TEXT NOT NULL, sector TEXT, status TEXT NOT NULL,
  held_for TEXT, fingerprint TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS follow_ups_session ON follow_ups (session_id, answered_at, id);
CREATE TABLE IF NOT EXISTS resumes (
  id TEXT PRIMARY KEY, iv TEXT NOT NULL, ciphertext TEXT NOT NULL, created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS resumes_expiry ON resumes (expires_at);
CREATE TABLE IF NOT EXISTS resume_tombstones (id TEXT PRIMARY KEY, expired_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS resume_tombstones_expiry ON resume_tombstones (expired_at);
`;

export type CommitmentRow = Parameters<typeof rowToCommitment>[0] & { fingerprint: string };

export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Deletes a session and everything stored for it; its commitments as they were, or undefined if none. */
export async function deleteSessionRows(c: pg.PoolClient, id: string): Promise<Commitment[] | undefined> {
  const s = await c.query('DELETE FROM sessions WHERE id = $1', [id]);
  if (!s.rowCount) return undefined;
  await c.query(
    'DELETE FROM reactions WHERE commitment_id IN (SELECT id FROM commitments WHERE session_id = $1)',
    [id],
  );
  const { rows } = await c.query('DELETE FROM commitments WHERE session_id = $1 RETURNING *', [id]);
  await c.query('DELETE FROM responses WHERE session_id = $1', [id]);
  await c.query('DELETE FROM events WHERE session_id = $1', [id]);
  await c.query('DELETE FROM event_horizons WHERE session_id = $1', [id]);
  await c.query('DELETE FROM summary_releases WHERE session_id = $1', [id]);
  await c.query('DELETE FROM disclosure_keys WHERE session_id = $1', [id]);
  await c.query('DELETE FROM follow_ups WHERE session_id = $1', [id]);
  return (rows as CommitmentRow[]).map(rowToCommitment);
}
