/**
 * PostgreSQL, for several stateless collector instances behind a load balancer. Every stored
 * change is announced with NOTIFY; each instance LISTENs and feeds its own live streams
 * (postgres-notifications.ts). The tables are in postgres-schema.ts, the event log in
 * postgres-events.ts, and new commitments are stored in batches (postgres-batch.ts).
 */
import pg from 'pg';
import type { AssessmentResponse, Commitment, Session, TrizNote } from '@netweave/model';
import {
  applyChange,
  rowToCommitment,
  rowToCounts,
  rowToSession,
  SESSION_COUNTS_SQL,
  type SessionCounts,
  type StoredSession,
  type ChangeListener,
  type CommitmentChange,
  type CommitmentCursor,
  type Database,
  type InsertOutcome,
  type ReleaseState,
  type StoredEvent,
  rowToRelease,
} from './types.js';
import { isCodeClash, migratePostgresSessions } from './session-columns.js';
import { migratePostgresCommitments } from './commitment-columns.js';
import { postgresRunner, type SqlRunner } from './triz-store.js';
import { CHANNEL, deleteSessionRows, SCHEMA, transaction } from './postgres-schema.js';
import { currentEvents, pruneSessionEvents, replaceText, storeEvents, toEvent } from './postgres-events.js';
import { PostgresNotifications } from './postgres-notifications.js';
import { CommitmentBatches } from './postgres-batch.js';

export class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;
  readonly #notifications: PostgresNotifications;
  readonly #batches: CommitmentBatches;

  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString, max: 10 });
    // An idle client's error (database restarted) must not crash the process.
    this.#pool.on('error', () => undefined);
    this.#notifications = new PostgresNotifications(this.#pool);
    this.#batches = new CommitmentBatches((work) => this.#tx(work));
  }

  async init(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      // Serialise schema creation when several instances start together.
      await client.query('SELECT pg_advisory_lock(7707)');
      await client.query(SCHEMA);
      await migratePostgresSessions(client);
      await migratePostgresCommitments(client);
      await client.query('SELECT pg_advisory_unlock(7707)');
    } finally {
      client.release();
    }
    await this.#notifications.listen();
  }

  async announceNote(sessionId: string, note: { now?: TrizNote; before?: TrizNote }): Promise<void> {
    await this.#pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ s: sessionId, t: note })]);
  }

  /** SQL on this database for the TRIZ store (triz-store.ts). */
  sql(): SqlRunner {
    return postgresRunner(this.#pool);
  }

  async close(): Promise<void> {
    this.#notifications.close();
    await this.#pool.end();
  }

  onChange(listener: ChangeListener): void {
    this.#notifications.onChange(listener);
  }

  #tx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return transaction(this.#pool, work);
  }

  async createSession(s: StoredSession): Promise<InsertOutcome | 'code-taken'> {
    try {
      const r = await this.#pool.query(
        'INSERT INTO sessions (id, title, date, prompt, moderation, open, created_at, code, template, partner_url, lang) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING',
        [
          s.id,
          s.title,
          s.date,
          s.prompt ?? null,
          s.moderation,
          s.open,
          new Date().toISOString(),
          s.code,
          s.template ?? 'commitments',
          s.partnerUrl ?? null,
          s.lang ?? null,
        ],
      );
      return r.rowCount ? 'created' : 'conflict';
    } catch (error) {
      if (isCodeClash(error)) return 'code-taken';
      throw error;
    }
  }

  async getSessionByCode(code: string): Promise<Session | undefined> {
    const { rows } = await this.#pool.query('SELECT * FROM sessions WHERE code = $1', [code]);
    return rows[0] ? rowToSession(rows[0]) : undefined;
  }

  async sessionCounts(id: string): Promise<SessionCounts> {
    const { rows } = await this.#pool.query(`SELECT ${SESSION_COUNTS_SQL} FROM sessions s WHERE s.id = $1`, [
      id,
    ]);
    return rowToCounts(rows[0] ?? {});
  }

  async getSession(id: string): Promise<Session | undefined> {
    const { rows } = await this.#pool.query('SELECT * FROM sessions WHERE id = $1', [id]);
    return rows[0] ? rowToSession(rows[0]) : undefined;
  }

  async listSessions(): Promise<(Session & { counts: SessionCounts })[]> {
    const { rows } = await this.#pool.query(
      `SELECT s.*, ${SESSION_COUNTS_SQL} FROM sessions s ORDER BY s.date DESC, lower(s.title), s.created_at DESC`,
    );
    return rows.map((row) => ({ ...rowToSession(row), counts: rowToCounts(row) }));
  }

  async updateSession(id: string, patch: Partial<Omit<Session, 'id'>>): Promise<Session | undefined> {
    const current = await this.getSession(id);
    if (!current) return undefined;
    const next = { ...current, ...patch };
    await this.#pool.query(
      'UPDATE sessions SET title = $1, date = $2, prompt = $3, moderation = $4, open = $5, partner_url = $6, lang = $7, stage = $8 WHERE id = $9',
      [
        next.title,
        next.date,
        next.prompt ?? null,
        next.moderation,
        next.open,
        next.partnerUrl ?? null,
        next.lang ?? null,
        next.stage ?? null,
        id,
      ],
    );
    await this.#pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ s: id, k: 1 })])
      .catch(() => undefined);
    return next;
  }

  async deleteSession(id: string): Promise<Commitment[] | undefined> {
    return this.#tx((c) => deleteSessionRows(c, id));
  }

  async insertResponse(
    response: AssessmentResponse,
    payload: string,
  ): Promise<{ outcome: InsertOutcome; receivedAt: string }> {
    const receivedAt = new Date().toISOString();
    const r = await this.#pool.query(
      'INSERT INTO responses (id, session_id, payload, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
      [response.id, response.sessionId, payload, receivedAt],
    );
    // Only this instance needs to know (it decides whether a release is due; releases are announced).
    if (r.rowCount) this.#notifications.emit({ sessionId: response.sessionId, responses: true });
    if (r.rowCount) return { outcome: 'created', receivedAt };
    const { rows } = await this.#pool.query(
      'SELECT session_id, payload, received_at FROM responses WHERE id = $1',
      [response.id],
    );
    const existing = rows[0] as { session_id: string; payload: string; received_at: string } | undefined;
    if (!existing) return { outcome: 'conflict', receivedAt };
    const same = existing.payload === payload && existing.session_id === response.sessionId;
    return { outcome: same ? 'replay' : 'conflict', receivedAt: existing.received_at };
  }

  async listResponses(sessionId: string, upto?: number, after?: number): Promise<AssessmentResponse[]> {
    const { rows } = await this.#pool.query(
      'SELECT payload FROM responses WHERE session_id = $1 AND seq <= $2 AND seq > $3 ORDER BY seq',
      [sessionId, upto ?? Number.MAX_SAFE_INTEGER, after ?? 0],
    );
    return rows.map((r: { payload: string }) => JSON.parse(r.payload) as AssessmentResponse);
  }

  async responsesAfter(sessionId: string, after: number): Promise<{ count: number; latest: number }> {
    const { rows } = await this.#pool.query(
      `SELECT (SELECT COUNT(*) FROM responses WHERE session_id = $1 AND seq > $2) AS n,
              (SELECT COALESCE(MAX(seq), 0) FROM responses WHERE session_id = $1) AS latest`,
      [sessionId, after],
    );
    return { count: Number(rows[0].n), latest: Number(rows[0].latest) };
  }

  async getRelease(sessionId: string): Promise<ReleaseState | undefined> {
    const { rows } = await this.#pool.query('SELECT * FROM summary_releases WHERE session_id = $1', [
      sessionId,
    ]);
    return rows[0] ? rowToRelease(rows[0] as Record<string, unknown>) : undefined;
  }

  async saveRelease(sessionId: string, previousSeq: number, next: ReleaseState): Promise<boolean> {
    const values = [next.seq, next.live, next.upto, next.releasedAt, next.final];
    const r =
      previousSeq === 0
        ? await this.#pool.query(
            'INSERT INTO summary_releases (session_id, seq, live, upto, released_at, final) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id) DO NOTHING',
            [sessionId, ...values],
          )
        : await this.#pool.query(
            'UPDATE summary_releases SET seq = $1, live = $2, upto = $3, released_at = $4, final = $5 WHERE session_id = $6 AND seq = $7',
            [...values, sessionId, previousSeq],
          );
    return Boolean(r.rowCount);
  }

  async announceRelease(sessionId: string): Promise<void> {
    await this.#pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ s: sessionId, v: 1 })])
      .catch(() => undefined);
  }

  async revokeCookie(digest: string, expiresAt: number): Promise<void> {
    await this.#pool.query('DELETE FROM revoked_cookies WHERE expires_at < $1', [Date.now()]);
    await this.#pool.query(
      'INSERT INTO revoked_cookies (digest, expires_at) VALUES ($1, $2) ON CONFLICT (digest) DO NOTHING',
      [digest, expiresAt],
    );
  }

  async isCookieRevoked(digest: string): Promise<boolean> {
    const { rows } = await this.#pool.query('SELECT 1 FROM revoked_cookies WHERE digest = $1', [digest]);
    return rows.length > 0;
  }

  async disclosureKey(sessionId: string, fresh: string): Promise<string> {
    await this.#pool.query(
      'INSERT INTO disclosure_keys (session_id, secret) VALUES ($1, $2) ON CONFLICT (session_id) DO NOTHING',
      [sessionId, fresh],
    );
    const { rows } = await this.#pool.query('SELECT secret FROM disclosure_keys WHERE session_id = $1', [
      sessionId,
    ]);
    return String(rows[0].secret);
  }

  async responsesVersion(sessionId: string): Promise<number> {
    const { rows } = await this.#pool.query(
      'SELECT COALESCE(MAX(seq), 0) AS v FROM responses WHERE session_id = $1',
      [sessionId],
    );
    return Number(rows[0].v);
  }

  /** Stores a new commitment, in the next batch (see CommitmentBatches.insert in postgres-batch.ts). */
  insertCommitment(
    c: Commitment,
    fingerprint: string,
    author?: string | null,
  ): Promise<{ outcome: InsertOutcome; commitment: Commitment }> {
    return this.#batches.insert(c, fingerprint, author ?? null);
  }

  async getCommitment(sessionId: string, id: string): Promise<Commitment | undefined> {
    const { rows } = await this.#pool.query('SELECT * FROM commitments WHERE id = $1 AND session_id = $2', [
      id,
      sessionId,
    ]);
    return rows[0] ? rowToCommitment(rows[0]) : undefined;
  }

  async listCommitments(
    sessionId: string,
    options: { statuses: readonly string[]; cursor: CommitmentCursor | null; limit: number },
  ): Promise<Commitment[]> {
    const params: unknown[] = [sessionId, [...options.statuses]];
    let sql = 'SELECT * FROM commitments WHERE session_id = $1 AND status = ANY($2)';
    if (options.cursor) {
      sql += ' AND (created_at < $3 OR (created_at = $3 AND id < $4))';
      params.push(options.cursor.createdAt, options.cursor.id);
    }
    sql += ` ORDER BY created_at DESC, id DESC LIMIT $${params.length + 1}`;
    params.push(options.limit);
    const { rows } = await this.#pool.query(sql, params);
    return rows.map(rowToCommitment);
  }

  async updateCommitment(
    sessionId: string,
    id: string,
    change: CommitmentChange,
  ): Promise<Commitment | undefined> {
    return this.#tx(async (client) => {
      const { rows } = await client.query(
        'SELECT * FROM commitments WHERE id = $1 AND session_id = $2 FOR UPDATE',
        [id, sessionId],
      );
      if (!rows[0]) return undefined;
      const before = rowToCommitment(rows[0]);
      if (change.kind === 'react') {
        const prefix = change.by.slice(0, change.by.indexOf('.') + 1);
        const count = await client.query(
          'SELECT COUNT(*) AS n FROM reactions WHERE commitment_id = $1 AND left(reactor, $2) = $3',
          [id, prefix.length, prefix],
        );
        if (Number(count.rows[0].n) >= change.perAddress) return before;
        const added = await client.query(
          'INSERT INTO reactions (commitment_id, reactor) VALUES ($1, $2) ON CONFLICT (commitment_id, reactor) DO NOTHING',
          [id, change.by],
        );
        if (!added.rowCount) return before;
      }
      const next = applyChange(before, change);
      if (change.kind === 'moderate' && change.text !== undefined)
        await replaceText(client, sessionId, id, change.text);
      await client.query(
        'UPDATE commitments SET col = $1, status = $2, reactions = $3, held_for = $4 WHERE id = $5',
        [next.column, next.status, next.reactions, next.heldFor ? JSON.stringify(next.heldFor) : null, id],
      );
      await storeEvents(client, sessionId, [{ commitment: next, previous: before.status }]);
      return next;
    });
  }

  async eventsAfter(sessionId: string, afterId: number, limit: number): Promise<StoredEvent[]> {
    const { rows } = await this.#pool.query(
      'SELECT id, session_id, data FROM events WHERE session_id = $1 AND id > $2 ORDER BY id LIMIT $3',
      [sessionId, afterId, limit],
    );
    return currentEvents(this.#pool, sessionId, rows.map(toEvent));
  }

  async lastEventId(sessionId: string): Promise<number> {
    const { rows } = await this.#pool.query(
      'SELECT COALESCE(MAX(id), 0) AS id FROM events WHERE session_id = $1',
      [sessionId],
    );
    return Number(rows[0].id);
  }

  async pruneEvents(sessionId: string, keep: number): Promise<number> {
    return this.#tx((c) => pruneSessionEvents(c, sessionId, keep));
  }

  async eventHorizon(sessionId: string): Promise<number> {
    const { rows } = await this.#pool.query('SELECT upto FROM event_horizons WHERE session_id = $1', [
      sessionId,
    ]);
    return Number(rows[0]?.upto ?? 0);
  }

  async sessionsOverEvents(keep: number): Promise<string[]> {
    const { rows } = await this.#pool.query(
      'SELECT session_id FROM events GROUP BY session_id HAVING COUNT(*) > $1',
      [keep],
    );
    return rows.map((r: { session_id: string }) => r.session_id);
  }

  async sharedQuery(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> {
    const result = await this.#pool.query(sql, params);
    // A string of several statements answers with one result per statement.
    const last = Array.isArray(result) ? (result[result.length - 1] as pg.QueryResult) : result;
    return last.rows as Record<string, unknown>[];
  }
}
