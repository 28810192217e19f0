/**
 * Embedded SQLite (better-sqlite3): WAL with `synchronous=FULL`, so a write acknowledged to a
 * client survives a crash or power loss. One process owns the file; live updates stay in process.
 * Writes are committed in groups (see SqliteGroupCommit#write in sqlite-group-commit.ts): one
 * fsync per turn of the event loop, each write answered only once its group is on disk.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { AssessmentResponse, Commitment, CommitmentStatus, Session } from '@netweave/model';
import {
  applyChange,
  decodeEvent,
  EDITED_FINGERPRINT,
  encodeEvent,
  rowToCommitment,
  rowToCounts,
  rowToSession,
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
  withCurrent,
} from './types.js';
import { isCodeClash, migrateSqliteSessions } from './session-columns.js';
import { migrateSqliteCommitments } from './commitment-columns.js';
import { sqliteRunner, type SqlRunner } from './triz-store.js';
import { deleteSessionRows, replaceText } from './sqlite-erase.js';
import {
  currentCommitments,
  eventHorizonOf,
  pruneEventRows,
  sessionsOverEventCount,
} from './sqlite-events.js';
import { SqliteGroupCommit } from './sqlite-group-commit.js';
import { prepareStatements, SQLITE_SCHEMA, type SqliteStatements } from './sqlite-schema.js';

export { SQLITE_SCHEMA } from './sqlite-schema.js';

type Row = Record<string, unknown>;

export class SqliteDatabase implements Database {
  readonly kind = 'sqlite';
  readonly #db: BetterSqlite3.Database;
  readonly #listeners: ChangeListener[] = [];
  #stmts!: SqliteStatements;
  /** Commits the writes in groups (see sqlite-group-commit.ts). */
  readonly #commits: SqliteGroupCommit;

  constructor(file: string) {
    this.#db = new BetterSqlite3(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = FULL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.pragma('foreign_keys = ON');
    // Deleted and overwritten content is zeroed in the file (a moderator's edit, a deleted session).
    this.#db.pragma('secure_delete = ON');
    this.#commits = new SqliteGroupCommit(this.#db, (change) => this.#notify(change));
  }

  async init(): Promise<void> {
    this.#db.exec(SQLITE_SCHEMA);
    migrateSqliteSessions(this.#db);
    migrateSqliteCommitments(this.#db);
    this.#stmts = prepareStatements(this.#db);
  }

  /** SQL on this database for the TRIZ store (triz-store.ts). */
  sql(): SqlRunner {
    return sqliteRunner(this.#db);
  }

  async close(): Promise<void> {
    this.#commits.flush();
    if (this.#db.open) this.#db.close();
  }

  onChange(listener: ChangeListener): void {
    this.#listeners.push(listener);
  }

  #notify(change: Parameters<ChangeListener>[0]): void {
    for (const l of this.#listeners) l(change);
  }

  async createSession(s: StoredSession): Promise<InsertOutcome | 'code-taken'> {
    try {
      return await this.#commits.write(() => {
        const r = this.#stmts.insertSession.run(
          s.id,
          s.title,
          s.date,
          s.prompt ?? null,
          s.moderation,
          s.open ? 1 : 0,
          new Date().toISOString(),
          s.code,
          s.template ?? 'commitments',
          s.partnerUrl ?? null,
          s.lang ?? null,
        );
        return r.changes ? 'created' : 'conflict';
      });
    } catch (error) {
      if (isCodeClash(error)) return 'code-taken';
      throw error;
    }
  }

  async getSessionByCode(code: string): Promise<Session | undefined> {
    const row = this.#stmts.getSessionByCode.get(code) as Parameters<typeof rowToSession>[0] | undefined;
    return row ? rowToSession(row) : undefined;
  }

  async sessionCounts(id: string): Promise<SessionCounts> {
    return rowToCounts((this.#stmts.sessionCounts.get(id) as Row | undefined) ?? {});
  }

  async getSession(id: string): Promise<Session | undefined> {
    const row = this.#stmts.getSession.get(id) as Parameters<typeof rowToSession>[0] | undefined;
    return row ? rowToSession(row) : undefined;
  }

  async listSessions(): Promise<(Session & { counts: SessionCounts })[]> {
    return (this.#stmts.listSessions.all() as (Parameters<typeof rowToSession>[0] & Row)[]).map((row) => ({
      ...rowToSession(row),
      counts: rowToCounts(row),
    }));
  }

  async updateSession(id: string, patch: Partial<Omit<Session, 'id'>>): Promise<Session | undefined> {
    return this.#commits.write((tell) => {
      const row = this.#stmts.getSession.get(id) as Parameters<typeof rowToSession>[0] | undefined;
      if (!row) return undefined;
      const next = { ...rowToSession(row), ...patch };
      this.#db
        .prepare(
          'UPDATE sessions SET title = ?, date = ?, prompt = ?, moderation = ?, open = ?, partner_url = ?, lang = ?, stage = ? WHERE id = ?',
        )
        .run(
          next.title,
          next.date,
          next.prompt ?? null,
          next.moderation,
          next.open ? 1 : 0,
          next.partnerUrl ?? null,
          next.lang ?? null,
          next.stage ?? null,
          id,
        );
      tell({ sessionId: id, session: true });
      return next;
    });
  }

  async deleteSession(id: string): Promise<Commitment[] | undefined> {
    return this.#commits.write(() => {
      if (!this.#stmts.getSession.get(id)) return undefined;
      return deleteSessionRows(this.#db, id);
    });
  }

  async insertResponse(
    response: AssessmentResponse,
    payload: string,
  ): Promise<{ outcome: InsertOutcome; receivedAt: string }> {
    const receivedAt = new Date().toISOString();
    return this.#commits.write((tell) => {
      const r = this.#stmts.insertResponse.run(response.id, response.sessionId, payload, receivedAt);
      if (r.changes) {
        tell({ sessionId: response.sessionId, responses: true });
        return { outcome: 'created' as const, receivedAt };
      }
      const existing = this.#stmts.getResponse.get(response.id) as {
        session_id: string;
        payload: string;
        received_at: string;
      };
      const same = existing.payload === payload && existing.session_id === response.sessionId;
      return {
        outcome: same ? ('replay' as const) : ('conflict' as const),
        receivedAt: existing.received_at,
      };
    });
  }

  async listResponses(sessionId: string, upto?: number, after?: number): Promise<AssessmentResponse[]> {
    return (
      this.#stmts.listResponses.all(sessionId, upto ?? Number.MAX_SAFE_INTEGER, after ?? 0) as {
        payload: string;
      }[]
    ).map((r) => JSON.parse(r.payload) as AssessmentResponse);
  }

  async responsesAfter(sessionId: string, after: number): Promise<{ count: number; latest: number }> {
    const row = this.#stmts.responsesAfter.get(sessionId, after) as { n: number; latest: number };
    const latest = row.n
      ? Number(row.latest)
      : Number((this.#stmts.lastResponse.get(sessionId) as { latest: number }).latest);
    return { count: Number(row.n), latest };
  }

  async getRelease(sessionId: string): Promise<ReleaseState | undefined> {
    const row = this.#stmts.getRelease.get(sessionId) as Record<string, number> | undefined;
    return row ? rowToRelease(row) : undefined;
  }

  async saveRelease(sessionId: string, previousSeq: number, next: ReleaseState): Promise<boolean> {
    const values = [next.seq, next.live, next.upto, next.releasedAt, next.final ? 1 : 0] as const;
    return this.#commits.write(() => {
      const r =
        previousSeq === 0
          ? this.#stmts.insertRelease.run(sessionId, ...values)
          : this.#stmts.updateRelease.run(...values, sessionId, previousSeq);
      return r.changes > 0;
    });
  }

  async announceRelease(sessionId: string): Promise<void> {
    this.#notify({ sessionId, release: true });
  }

  async revokeCookie(digest: string, expiresAt: number): Promise<void> {
    await this.#commits.write(() => {
      this.#db.prepare('DELETE FROM revoked_cookies WHERE expires_at < ?').run(Date.now());
      this.#db
        .prepare(
          'INSERT INTO revoked_cookies (digest, expires_at) VALUES (?, ?) ON CONFLICT (digest) DO NOTHING',
        )
        .run(digest, expiresAt);
    });
  }

  async isCookieRevoked(digest: string): Promise<boolean> {
    return Boolean(this.#db.prepare('SELECT 1 FROM revoked_cookies WHERE digest = ?').get(digest));
  }

  async disclosureKey(sessionId: string, fresh: string): Promise<string> {
    return this.#commits.write(() => {
      this.#stmts.insertKey.run(sessionId, fresh);
      return (this.#stmts.getKey.get(sessionId) as { secret: string }).secret;
    });
  }

  async responsesVersion(sessionId: string): Promise<number> {
    return Number((this.#stmts.responsesVersion.get(sessionId) as { v: number }).v);
  }

  #event(sessionId: string, commitment: Commitment, previous: CommitmentStatus | null): StoredEvent {
    const r = this.#stmts.insertEvent.run(sessionId, encodeEvent(commitment, previous));
    return { id: Number(r.lastInsertRowid), sessionId, commitment, previous };
  }

  async insertCommitment(
    c: Commitment,
    fingerprint: string,
    author?: string | null,
  ): Promise<{ outcome: InsertOutcome; commitment: Commitment }> {
    return this.#commits.write((tell) => {
      const r = this.#stmts.insertCommitment.run(
        c.id,
        c.sessionId,
        c.createdAt,
        c.text,
        c.column,
        c.sector ?? null,
        c.status,
        c.heldFor ? JSON.stringify(c.heldFor) : null,
        fingerprint,
        author ?? null,
      );
      if (r.changes) {
        tell({ sessionId: c.sessionId, event: this.#event(c.sessionId, c, null) });
        return { outcome: 'created' as const, commitment: c };
      }
      const row = this.#stmts.getCommitmentAny.get(c.id) as Parameters<typeof rowToCommitment>[0] & {
        fingerprint: string;
      };
      const same =
        (row.fingerprint === fingerprint || row.fingerprint === EDITED_FINGERPRINT) &&
        row.session_id === c.sessionId;
      return {
        outcome: same ? ('replay' as const) : ('conflict' as const),
        commitment: rowToCommitment(row),
      };
    });
  }

  async getCommitment(sessionId: string, id: string): Promise<Commitment | undefined> {
    const row = this.#stmts.getCommitmentAny.get(id) as Parameters<typeof rowToCommitment>[0] | undefined;
    return row && row.session_id === sessionId ? rowToCommitment(row) : undefined;
  }

  async listCommitments(
    sessionId: string,
    options: { statuses: readonly string[]; cursor: CommitmentCursor | null; limit: number },
  ): Promise<Commitment[]> {
    const params: unknown[] = [sessionId, ...options.statuses];
    let sql = `SELECT * FROM commitments WHERE session_id = ? AND status IN (${options.statuses.map(() => '?').join(', ')})`;
    if (options.cursor) {
      sql += ' AND (created_at < ? OR (created_at = ? AND id < ?))';
      params.push(options.cursor.createdAt, options.cursor.createdAt, options.cursor.id);
    }
    sql += ' ORDER BY created_at DESC, id DESC LIMIT ?';
    params.push(options.limit);
    return (this.#db.prepare(sql).all(...params) as Parameters<typeof rowToCommitment>[0][]).map(
      rowToCommitment,
    );
  }

  async updateCommitment(
    sessionId: string,
    id: string,
    change: CommitmentChange,
  ): Promise<Commitment | undefined> {
    const commitment = await this.#commits.write((tell) => {
      const row = this.#stmts.getCommitmentAny.get(id) as Parameters<typeof rowToCommitment>[0] | undefined;
      if (!row || row.session_id !== sessionId) return undefined;
      const before = rowToCommitment(row);
      if (change.kind === 'react') {
        const prefix = change.by.slice(0, change.by.indexOf('.') + 1);
        const { n } = this.#db
          .prepare(
            'SELECT COUNT(*) AS n FROM reactions WHERE commitment_id = ? AND substr(reactor, 1, ?) = ?',
          )
          .get(id, prefix.length, prefix) as { n: number };
        if (n >= change.perAddress) return before;
        const added = this.#db
          .prepare(
            'INSERT INTO reactions (commitment_id, reactor) VALUES (?, ?) ON CONFLICT (commitment_id, reactor) DO NOTHING',
          )
          .run(id, change.by);
        if (!added.changes) return before;
      }
      const next = applyChange(before, change);
      if (change.kind === 'moderate' && change.text !== undefined)
        replaceText(this.#db, sessionId, id, change.text);
      this.#stmts.updateCommitment.run(
        next.column,
        next.status,
        next.reactions,
        next.heldFor ? JSON.stringify(next.heldFor) : null,
        id,
      );
      const event = this.#event(sessionId, next, before.status);
      tell({ sessionId, event });
      return event.commitment;
    });
    if (change.kind === 'moderate' && change.text !== undefined) this.#db.pragma('wal_checkpoint(TRUNCATE)');
    return commitment;
  }

  async eventsAfter(sessionId: string, afterId: number, limit: number): Promise<StoredEvent[]> {
    const events = (this.#stmts.eventsAfter.all(sessionId, afterId, limit) as Row[]).map((r) =>
      decodeEvent(Number(r.id), String(r.session_id), String(r.data)),
    );
    if (!events.length) return events;
    const ids = [...new Set(events.map((e) => e.commitment.id))];
    return withCurrent(events, currentCommitments(this.#db, sessionId, ids));
  }

  async lastEventId(sessionId: string): Promise<number> {
    return Number((this.#stmts.lastEvent.get(sessionId) as { id: number }).id);
  }

  async pruneEvents(sessionId: string, keep: number): Promise<number> {
    return this.#commits.write(() => pruneEventRows(this.#db, sessionId, keep));
  }

  async eventHorizon(sessionId: string): Promise<number> {
    return eventHorizonOf(this.#db, sessionId);
  }

  async sessionsOverEvents(keep: number): Promise<string[]> {
    return sessionsOverEventCount(this.#db, keep);
  }
}
