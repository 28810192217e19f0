/** The SQLite schema and the prepared statements SqliteDatabase runs (see sqlite.ts). */
import type BetterSqlite3 from 'better-sqlite3';
import { SESSION_COUNTS_SQL } from './types.js';

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, prompt TEXT,
  moderation TEXT NOT NULL, open INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS responses (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, session_id TEXT NOT NULL,
  payload TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS responses_session ON responses (session_id, seq);
CREATE TABLE IF NOT EXISTS commitments (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, created_at TEXT NOT NULL, text TEXT NOT NULL,
  col TEXT NOT NULL, sector TEXT, status TEXT NOT NULL, reactions INTEGER NOT NULL DEFAULT 0,
  held_for TEXT, fingerprint TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS commitments_order ON commitments (session_id, created_at, id);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_session ON events (session_id, id);
CREATE TABLE IF NOT EXISTS event_horizons (session_id TEXT PRIMARY KEY, upto INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS summary_releases (
  session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, live INTEGER NOT NULL, upto INTEGER NOT NULL,
  released_at INTEGER NOT NULL, final INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS disclosure_keys (session_id TEXT PRIMARY KEY, secret TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reactions (
  commitment_id TEXT NOT NULL, reactor TEXT NOT NULL, PRIMARY KEY (commitment_id, reactor));
CREATE TABLE IF NOT EXISTS revoked_cookies (digest TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS follow_ups (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, commitment_id TEXT NOT NULL, answer TEXT NOT NULL,
  note TEXT, answered_at TEXT NOT NULL, received_at TEXT NOT NULL, sector TEXT, status TEXT NOT NULL,
  held_for TEXT, fingerprint TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS follow_ups_session ON follow_ups (session_id, answered_at, id);
CREATE TABLE IF NOT EXISTS resumes (
  id TEXT PRIMARY KEY, iv TEXT NOT NULL, ciphertext TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS resumes_expiry ON resumes (expires_at);
CREATE TABLE IF NOT EXISTS resume_tombstones (id TEXT PRIMARY KEY, expired_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS resume_tombstones_expiry ON resume_tombstones (expired_at);
`;

/** The statements SqliteDatabase runs often, by name. */
const STATEMENTS = {
  insertSession:
    'INSERT INTO sessions (id, title, date, prompt, moderation, open, created_at, code, template, partner_url, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  getSession: 'SELECT * FROM sessions WHERE id = ?',
  getSessionByCode: 'SELECT * FROM sessions WHERE code = ?',
  listSessions: `SELECT s.*, ${SESSION_COUNTS_SQL} FROM sessions s ORDER BY s.date DESC, lower(s.title), s.created_at DESC`,
  sessionCounts: `SELECT ${SESSION_COUNTS_SQL} FROM sessions s WHERE s.id = ?`,
  insertResponse:
    'INSERT INTO responses (id, session_id, payload, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  getResponse: 'SELECT session_id, payload, received_at FROM responses WHERE id = ?',
  listResponses: 'SELECT payload FROM responses WHERE session_id = ? AND seq <= ? AND seq > ? ORDER BY seq',
  responsesAfter:
    'SELECT COUNT(*) AS n, COALESCE(MAX(seq), 0) AS latest FROM responses WHERE session_id = ? AND seq > ?',
  lastResponse: 'SELECT COALESCE(MAX(seq), 0) AS latest FROM responses WHERE session_id = ?',
  getRelease: 'SELECT * FROM summary_releases WHERE session_id = ?',
  insertRelease:
    'INSERT INTO summary_releases (session_id, seq, live, upto, released_at, final) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO NOTHING',
  updateRelease:
    'UPDATE summary_releases SET seq = ?, live = ?, upto = ?, released_at = ?, final = ? WHERE session_id = ? AND seq = ?',
  insertKey:
    'INSERT INTO disclosure_keys (session_id, secret) VALUES (?, ?) ON CONFLICT (session_id) DO NOTHING',
  getKey: 'SELECT secret FROM disclosure_keys WHERE session_id = ?',
  responsesVersion: 'SELECT COALESCE(MAX(seq), 0) AS v FROM responses WHERE session_id = ?',
  insertCommitment:
    'INSERT INTO commitments (id, session_id, created_at, text, col, sector, status, reactions, held_for, fingerprint, author) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  getCommitmentAny: 'SELECT * FROM commitments WHERE id = ?',
  updateCommitment: 'UPDATE commitments SET col = ?, status = ?, reactions = ?, held_for = ? WHERE id = ?',
  insertEvent: 'INSERT INTO events (session_id, data) VALUES (?, ?)',
  eventsAfter: 'SELECT id, session_id, data FROM events WHERE session_id = ? AND id > ? ORDER BY id LIMIT ?',
  lastEvent: 'SELECT COALESCE(MAX(id), 0) AS id FROM events WHERE session_id = ?',
};

export type SqliteStatements = Record<keyof typeof STATEMENTS, BetterSqlite3.Statement>;

/** Prepares the statements SqliteDatabase runs often; call once the schema is in place. */
export function prepareStatements(db: BetterSqlite3.Database): SqliteStatements {
  return Object.fromEntries(
    Object.entries(STATEMENTS).map(([name, sql]) => [name, db.prepare(sql)]),
  ) as SqliteStatements;
}
