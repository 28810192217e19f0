/** Words for operators: storage failures and weak settings said plainly in the logs. */

/** A storage failure the operator must act on, in plain words (undefined for anything else). */
export function storageProblem(error: unknown): { code: string; advice: string } | undefined {
  const e = error as { code?: unknown; name?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === 'SQLITE_FULL' || code === '53100')
    return {
      code: 'disk-full',
      advice:
        'The disk holding the database is full: nothing new can be stored. Free some space (or grow the disk); the collector carries on as soon as there is room.',
    };
  if (code === 'SQLITE_READONLY' || code === '25006')
    return {
      code: 'read-only',
      advice: 'The database is read-only: check the file (and its folder) can be written by the collector.',
    };
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === '58030')
    return {
      code: 'disk-error',
      advice: 'The disk reported an input/output error while writing the database.',
    };
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return {
      code: 'database-corrupt',
      advice: 'The database file is damaged or is not a netweave database: restore it from a backup.',
    };
  return undefined;
}

/** Bits of guessing an admin token is worth, going by its characters (a rough, generous estimate). */
export function tokenStrength(token: string): number {
  const counts = new Map<string, number>();
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / token.length) * Math.log2(n / token.length);
  return perChar * token.length;
}

/** Below this a token is accepted with a warning (`openssl rand -hex 24` gives far more). */
export const WEAK_TOKEN_BITS = 56;

/** A database address fit for a log: a postgres:// URL without its password. */
export function databaseName(db: string): string {
  return db.replace(/\/\/([^:@/\s]*):[^@\s]*@/, '//$1:***@');
}
