/** The SQLite database's event log (see sqlite.ts): current state of events' commitments, retention. */
import type BetterSqlite3 from 'better-sqlite3';

/** The current status and text of the given commitments of a session. */
export function currentCommitments(
  db: BetterSqlite3.Database,
  sessionId: string,
  ids: string[],
): { id: string; status: string; text: string }[] {
  return db
    .prepare(
      `SELECT id, status, text FROM commitments WHERE session_id = ? AND id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(sessionId, ...ids) as { id: string; status: string; text: string }[];
}

/** Deletes all but a session's newest `keep` events, moving its horizon up; returns how many went. */
export function pruneEventRows(db: BetterSqlite3.Database, sessionId: string, keep: number): number {
  const oldest = db
    .prepare('SELECT id FROM events WHERE session_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?')
    .get(sessionId, keep) as { id: number } | undefined;
  if (!oldest) return 0;
  const removed = db
    .prepare('DELETE FROM events WHERE session_id = ? AND id <= ?')
    .run(sessionId, oldest.id).changes;
  db.prepare(
    'INSERT INTO event_horizons (session_id, upto) VALUES (?, ?) ON CONFLICT (session_id) DO UPDATE SET upto = MAX(upto, excluded.upto)',
  ).run(sessionId, oldest.id);
  return removed;
}

/** The id up to which a session's events have been pruned (0: none). */
export function eventHorizonOf(db: BetterSqlite3.Database, sessionId: string): number {
  const row = db.prepare('SELECT upto FROM event_horizons WHERE session_id = ?').get(sessionId) as
    { upto: number } | undefined;
  return Number(row?.upto ?? 0);
}

/** The sessions with more than `keep` events. */
export function sessionsOverEventCount(db: BetterSqlite3.Database, keep: number): string[] {
  const rows = db
    .prepare('SELECT session_id FROM events GROUP BY session_id HAVING COUNT(*) > ?')
    .all(keep) as { session_id: string }[];
  return rows.map((r) => r.session_id);
}
