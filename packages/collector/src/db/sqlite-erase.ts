/** Erasing data from the SQLite database (see sqlite.ts): a deleted session, an edited text. */
import type BetterSqlite3 from 'better-sqlite3';
import type { Commitment } from '@netweave/model';
import { EDITED_FINGERPRINT, eventWithText, rowToCommitment } from './types.js';

/** Deletes a session and everything stored for it; returns the commitments it had. */
export function deleteSessionRows(db: BetterSqlite3.Database, id: string): Commitment[] {
  const rows = db.prepare('SELECT * FROM commitments WHERE session_id = ?').all(id) as Parameters<
    typeof rowToCommitment
  >[0][];
  db.prepare(
    'DELETE FROM reactions WHERE commitment_id IN (SELECT id FROM commitments WHERE session_id = ?)',
  ).run(id);
  db.prepare('DELETE FROM commitments WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM responses WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM events WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM event_horizons WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM summary_releases WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM disclosure_keys WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM follow_ups WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
  return rows.map(rowToCommitment);
}

/**
 * A moderator's edit: the new text in the commitment and in every stored event of it, so the
 * unedited text is kept nowhere (with secure_delete, not even in the file's free space; the
 * write-ahead log is then checkpointed and truncated by the caller).
 */
export function replaceText(db: BetterSqlite3.Database, sessionId: string, id: string, text: string): void {
  db.prepare('UPDATE commitments SET text = ?, fingerprint = ? WHERE id = ?').run(
    text,
    EDITED_FINGERPRINT,
    id,
  );
  const events = db
    .prepare(
      "SELECT id, data FROM events WHERE session_id = ? AND coalesce(json_extract(data, '$.commitment.id'), json_extract(data, '$.id')) = ?",
    )
    .all(sessionId, id) as { id: number; data: string }[];
  const update = db.prepare('UPDATE events SET data = ? WHERE id = ?');
  for (const e of events) update.run(eventWithText(e.data, text), e.id);
}
