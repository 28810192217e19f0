/**
 * What a collector opens before it serves: its database (SQLite, or PostgreSQL for a
 * postgres:// address) and the challenge catalogue (the built-in one, or a partner's file).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE, parseCatalogueJson, type Catalogue } from '@netweave/model';
import type { Database } from './db/types.js';

export async function openDatabase(url: string): Promise<Database> {
  let db: Database;
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { PostgresDatabase } = await import('./db/postgres.js');
    db = new PostgresDatabase(url);
  } else {
    const { SqliteDatabase } = await import('./db/sqlite.js');
    db = new SqliteDatabase(url);
  }
  await db.init();
  return db;
}

export function loadCatalogue(file: string | undefined): Catalogue {
  if (!file) return DEFAULT_CATALOGUE;
  const parsed = parseCatalogueJson(readFileSync(file, 'utf8'), { source: file });
  if (!parsed.success) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.value;
}
