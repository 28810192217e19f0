/**
 * Columns sessions gained for live sessions (join code, template, partner page, language, stage), added
 * to databases made before them, and a join code for every session that has none. Runs at every
 * start: a column is added only where it is missing, a code only where there is none.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { newJoinCode } from '../join-codes.js';

const COLUMNS = [
  ['code', 'TEXT'],
  ['template', "TEXT NOT NULL DEFAULT 'commitments'"],
  ['partner_url', 'TEXT'],
  ['lang', 'TEXT'],
  ['stage', 'TEXT'],
] as const;

/** Fresh codes for `ids`, none of them in `taken` nor given twice. */
function freshCodes(ids: readonly string[], taken: Set<string>): [string, string][] {
  return ids.map((id) => {
    let code = newJoinCode();
    while (taken.has(code)) code = newJoinCode();
    taken.add(code);
    return [id, code];
  });
}

export function migrateSqliteSessions(db: BetterSqlite3.Database): void {
  db.transaction(() => {
    const have = new Set(
      (db.prepare('PRAGMA table_info(sessions)').all() as { name: string }[]).map((c) => c.name),
    );
    for (const [name, type] of COLUMNS)
      if (!have.has(name)) db.exec(`ALTER TABLE sessions ADD COLUMN ${name} ${type}`);
    const missing = db.prepare('SELECT id FROM sessions WHERE code IS NULL').pluck().all() as string[];
    if (missing.length) {
      const taken = new Set(
        db.prepare('SELECT code FROM sessions WHERE code IS NOT NULL').pluck().all() as string[],
      );
      const set = db.prepare('UPDATE sessions SET code = ? WHERE id = ?');
      for (const [id, code] of freshCodes(missing, taken)) set.run(code, id);
    }
    db.exec('CREATE UNIQUE INDEX IF NOT EXISTS sessions_code ON sessions (code)');
  })();
}

/** Run while holding the schema lock (several instances may start together). */
export async function migratePostgresSessions(client: pg.PoolClient): Promise<void> {
  for (const [name, type] of COLUMNS)
    await client.query(`ALTER TABLE sessions ADD COLUMN IF NOT EXISTS ${name} ${type}`);
  const missing = await client.query<{ id: string }>('SELECT id FROM sessions WHERE code IS NULL');
  if (missing.rows.length) {
    const { rows } = await client.query<{ code: string }>('SELECT code FROM sessions WHERE code IS NOT NULL');
    const taken = new Set(rows.map((r) => r.code));
    for (const [id, code] of freshCodes(
      missing.rows.map((r) => r.id),
      taken,
    ))
      await client.query('UPDATE sessions SET code = $1 WHERE id = $2 AND code IS NULL', [code, id]);
  }
  await client.query('CREATE UNIQUE INDEX IF NOT EXISTS sessions_code ON sessions (code)');
}

/** Whether a database error is a clash on the join code's unique index. */
export function isCodeClash(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE') return String(e.message).includes('sessions.code');
  return e?.code === '23505' && e.constraint === 'sessions_code';
}
