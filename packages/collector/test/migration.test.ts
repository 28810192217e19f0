/**
 * A database made before join codes: the collector adds the new columns on start, gives every
 * existing session a code of its own and the `commitments` template, and keeps them on the next
 * start. SQLite by default; PostgreSQL (in a schema of its own) when NETWEAVE_TEST_DB names one.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { call, cleanUp, freshDb, start } from './helpers.js';
import { query } from './db-peek.js';

after(() => cleanUp());

/** The sessions table as it was before join codes, templates, partner pages and languages. */
const OLD_SESSIONS = `CREATE TABLE sessions (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, prompt TEXT,
  moderation TEXT NOT NULL, open %BOOL% NOT NULL, created_at TEXT NOT NULL)`;

const OLD_ROWS = [
  ['old-1', 'Leeds', '2026-03-12', 'One thing…', 'none', true],
  ['old-2', 'Cardiff', '2026-03-13', null, 'pre', true],
  ['old-3', 'Belfast', '2026-03-14', null, 'post', false],
] as const;

/** An old database: a SQLite file, or a schema of its own in the test PostgreSQL. */
async function oldDatabase(): Promise<{ db: string; drop(): Promise<void> }> {
  const fresh = freshDb();
  if (/^postgres/.test(fresh)) {
    const schema = `migration_${randomBytes(4).toString('hex')}`;
    await query(fresh, `CREATE SCHEMA ${schema}`);
    const db = `${fresh}${fresh.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    await query(db, OLD_SESSIONS.replace('%BOOL%', 'BOOLEAN'));
    for (const row of OLD_ROWS)
      await query(
        db,
        'INSERT INTO sessions (id, title, date, prompt, moderation, open, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [...row, '2026-03-01T00:00:00Z'],
      );
    return { db, drop: async () => void (await query(fresh, `DROP SCHEMA ${schema} CASCADE`)) };
  }
  const file = new BetterSqlite3(fresh);
  file.exec(OLD_SESSIONS.replace('%BOOL%', 'INTEGER'));
  const insert = file.prepare(
    'INSERT INTO sessions (id, title, date, prompt, moderation, open, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const [id, title, date, prompt, moderation, open] of OLD_ROWS)
    insert.run(id, title, date, prompt, moderation, open ? 1 : 0, '2026-03-01T00:00:00Z');
  file.close();
  return { db: fresh, drop: async () => undefined };
}

describe('sessions made before join codes', () => {
  it('get a code each and the commitments template on start, kept on the next start', async () => {
    const old = await oldDatabase();
    try {
      let server = await start({ db: old.db });
      const first = await call(server.url, 'GET', '/v1/admin/sessions', { admin: true });
      assert.equal(first.status, 200, first.text);
      const byId = new Map(first.body.items.map((s: { id: string }) => [s.id, s]));
      const codes = OLD_ROWS.map(([id]) => (byId.get(id) as { code: string }).code);
      for (const code of codes) assert.match(code, /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      assert.equal(new Set(codes).size, 3, 'three different codes');
      for (const [id, title, , prompt, moderation, open] of OLD_ROWS) {
        const s = byId.get(id) as Record<string, unknown>;
        assert.equal(s.template, 'commitments');
        assert.deepEqual(
          [s.title, s.prompt ?? null, s.moderation, s.open],
          [title, prompt, moderation, open],
          'nothing stored is lost',
        );
      }
      const joined = await call(server.url, 'GET', `/v1/join/${codes[0]!.toLowerCase()}`);
      assert.equal(joined.status, 200);
      assert.equal(joined.body.session.id, 'old-1');
      assert.equal((await call(server.url, 'GET', `/v1/join/${codes[2]}`)).status, 410);
      // Old clients still work against the migrated database.
      const posted = await call(server.url, 'POST', '/v1/sessions/old-2/commitments', {
        body: { id: 'c-after-migration', sessionId: 'old-2', text: 'Still works' },
      });
      assert.equal(posted.status, 201, posted.text);
      await server.stop();

      server = await start({ db: old.db });
      const second = await call(server.url, 'GET', '/v1/admin/sessions', { admin: true });
      const again = OLD_ROWS.map(([id]) => second.body.items.find((s: { id: string }) => s.id === id).code);
      assert.deepEqual(again, codes, 'the codes stay the same');
      await server.stop();
      const unique = await query(old.db, 'SELECT COUNT(DISTINCT code) AS n, COUNT(*) AS total FROM sessions');
      assert.equal(Number(unique[0]!.n), Number(unique[0]!.total));
    } finally {
      await old.drop();
    }
  });
});
