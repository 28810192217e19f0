/**
 * Columns commitments gained after their table was first made, added to databases made before
 * them (runs at every start; a column is added only where it is missing):
 * - `author`: who posted it, as a hash of the commitment and the random id its device named
 *   (`X-Netweave-Device`), so that only that device can later say how it has gone
 *   (follow-up-routes.ts). Never sent anywhere; a commitment stored without it (before the column,
 *   or posted without a device id) takes a follow-up from any device.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

const COLUMNS = [['author', 'TEXT']] as const;

export function migrateSqliteCommitments(db: BetterSqlite3.Database): void {
  const have = new Set(
    (db.prepare('PRAGMA table_info(commitments)').all() as { name: string }[]).map((c) => c.name),
  );
  for (const [name, type] of COLUMNS)
    if (!have.has(name)) db.exec(`ALTER TABLE commitments ADD COLUMN ${name} ${type}`);
}

/** Run while holding the schema lock (several instances may start together). */
export async function migratePostgresCommitments(client: pg.PoolClient): Promise<void> {
  for (const [name, type] of COLUMNS)
    await client.query(`ALTER TABLE commitments ADD COLUMN IF NOT EXISTS ${name} ${type}`);
}
