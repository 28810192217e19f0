/**
 * Reads a test collector's database directly (SQLite file or PostgreSQL URL), to check what is
 * stored, not only what the API says (and to set a row's dates back, as time passing would).
 * Queries use `$1`, `$2`… placeholders for both.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export type PeekRow = Record<string, unknown>;

export async function query(db: string, sql: string, params: unknown[] = []): Promise<PeekRow[]> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as PeekRow[];
    } finally {
      await client.end();
    }
  }
  const file = new BetterSqlite3(db);
  try {
    const statement = file.prepare(sql.replace(/\$\d+/g, '?'));
    // A change (a test setting a row's dates back) returns no rows.
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as PeekRow[];
  } finally {
    file.close();
  }
}

/** Every table and column (text-cast) in which `needle` occurs, as `table.column` names. */
export async function whereStored(db: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  if (/^postgres(ql)?:\/\//.test(db)) {
    const columns = await query(
      db,
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE 'pg_%'",
    );
    for (const { table_name: table, column_name: column } of columns) {
      const rows = await query(
        db,
        `SELECT COUNT(*) AS n FROM "${String(table)}" WHERE "${String(column)}"::text LIKE $1`,
        [`%${needle}%`],
      );
      if (Number(rows[0]!.n)) found.push(`${String(table)}.${String(column)}`);
    }
    return found;
  }
  const tables = await query(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
  for (const { name } of tables) {
    const columns = await query(db, `PRAGMA table_info("${String(name)}")`);
    for (const { name: column } of columns) {
      const rows = await query(
        db,
        `SELECT COUNT(*) AS n FROM "${String(name)}" WHERE CAST("${String(column)}" AS TEXT) LIKE $1`,
        [`%${needle}%`],
      );
      if (Number(rows[0]!.n)) found.push(`${String(name)}.${String(column)}`);
    }
  }
  return found;
}
