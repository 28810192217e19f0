/**
 * TRIZ storage (see TRIZ.md): each session's groups, agenda, round and votes; which group each
 * device is in; the notes on the groups' boards; and the votes given. The same SQL for SQLite and
 * PostgreSQL through a small runner (`?` placeholders, numbered for PostgreSQL). Devices are kept
 * only as a hash of the session and the random id a browser keeps, so they cannot be linked across
 * sessions.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import {
  INITIAL_ROUND,
  TRIZ_AGENDA,
  type AgendaItem,
  type RoundState,
  type SessionGroup,
  type TrizNote,
} from '@netweave/model';

/** A session's TRIZ settings and state, as stored beside it. */
export interface TrizState {
  readonly groups?: readonly SessionGroup[];
  readonly agenda: readonly AgendaItem[];
  readonly round: RoundState;
  readonly votes: number;
}

type Row = Record<string, unknown>;

/**
 * Runs SQL written with `?` placeholders. Every operation below is one statement or a few that
 * need no transaction (each statement is atomic; the round's version guards it), so SQLite's
 * synchronous connection is never left inside a transaction across an await.
 */
export interface SqlRunner {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS session_triz (
    session_id TEXT PRIMARY KEY, groups TEXT, agenda TEXT, round TEXT, round_version INTEGER NOT NULL DEFAULT 0,
    votes INTEGER NOT NULL DEFAULT 0)`,
  `CREATE TABLE IF NOT EXISTS triz_members (
    session_id TEXT NOT NULL, device TEXT NOT NULL, group_id TEXT NOT NULL, PRIMARY KEY (session_id, device))`,
  `CREATE TABLE IF NOT EXISTS triz_notes (
    id TEXT NOT NULL, session_id TEXT NOT NULL, group_id TEXT NOT NULL, text TEXT NOT NULL, state TEXT NOT NULL,
    step TEXT, history TEXT NOT NULL, votes INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
    status TEXT NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY (session_id, id))`,
  `CREATE INDEX IF NOT EXISTS triz_notes_group ON triz_notes (session_id, group_id, created_at)`,
  `CREATE TABLE IF NOT EXISTS triz_votes (
    session_id TEXT NOT NULL, note_id TEXT NOT NULL, device TEXT NOT NULL, PRIMARY KEY (session_id, note_id, device))`,
  `CREATE INDEX IF NOT EXISTS triz_votes_device ON triz_votes (session_id, device)`,
];

/** A runner on a better-sqlite3 database. */
export function sqliteRunner(db: BetterSqlite3.Database): SqlRunner {
  return {
    all: async (sql, params = []) => db.prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
  };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A runner on a PostgreSQL pool. */
export function postgresRunner(pool: pg.Pool): SqlRunner {
  return {
    all: async (sql, params = []) => (await pool.query(numbered(sql), params)).rows as Row[],
    run: async (sql, params = []) => (await pool.query(numbered(sql), params)).rowCount ?? 0,
  };
}

const json = <T>(text: unknown, fallback: T): T => {
  if (typeof text !== 'string' || !text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

function rowToNote(row: Row): TrizNote {
  const note: TrizNote = {
    id: String(row.id),
    sessionId: String(row.session_id),
    group: String(row.group_id),
    text: String(row.text),
    state: row.state as TrizNote['state'],
    history: json(row.history, []),
    votes: Number(row.votes ?? 0),
    createdAt: String(row.created_at),
    status: row.status as TrizNote['status'],
  };
  return row.step ? { ...note, step: String(row.step) } : note;
}

/** What a note says, to tell a repeated add (same id, same words) from a different one. */
export const noteFingerprint = (n: Pick<TrizNote, 'group' | 'text' | 'state'>) =>
  JSON.stringify([n.group, n.text, n.state]);

export class TrizStore {
  readonly #sql: SqlRunner;

  constructor(sql: SqlRunner) {
    this.#sql = sql;
  }

  async init(): Promise<void> {
    for (const statement of SCHEMA) await this.#sql.run(statement);
  }

  /** The session's TRIZ state (defaults for a session that has none stored). */
  async state(sessionId: string): Promise<TrizState> {
    const [row] = await this.#sql.all('SELECT * FROM session_triz WHERE session_id = ?', [sessionId]);
    const groups = json<SessionGroup[] | undefined>(row?.groups, undefined);
    return {
      ...(groups ? { groups } : {}),
      agenda: json(row?.agenda, TRIZ_AGENDA),
      round: json(row?.round, INITIAL_ROUND),
      votes: Number(row?.votes ?? 0),
    };
  }

  /** The TRIZ state of several sessions at once (a listing). */
  async states(sessionIds: readonly string[]): Promise<Map<string, TrizState>> {
    const out = new Map<string, TrizState>();
    for (const id of sessionIds) out.set(id, await this.state(id));
    return out;
  }

  /**
   * Stores the session's TRIZ state. With `expectVersion`, only while the stored round is still at
   * that version (else `stale`, nothing changed): one statement, so two facilitator tabs cannot
   * both win.
   */
  async save(sessionId: string, state: TrizState, expectVersion?: number): Promise<'saved' | 'stale'> {
    const values = [
      sessionId,
      state.groups ? JSON.stringify(state.groups) : null,
      JSON.stringify(state.agenda),
      JSON.stringify(state.round),
      state.round.version,
      state.votes,
    ];
    const guard = expectVersion === undefined ? '' : ' WHERE session_triz.round_version = ?';
    const changed = await this.#sql.run(
      `INSERT INTO session_triz (session_id, groups, agenda, round, round_version, votes) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET groups = excluded.groups, agenda = excluded.agenda,
       round = excluded.round, round_version = excluded.round_version, votes = excluded.votes${guard}`,
      expectVersion === undefined ? values : [...values, expectVersion],
    );
    return changed ? 'saved' : 'stale';
  }

  /** The group a device joined in the session. */
  async member(sessionId: string, device: string): Promise<string | undefined> {
    const [row] = await this.#sql.all(
      'SELECT group_id FROM triz_members WHERE session_id = ? AND device = ?',
      [sessionId, device],
    );
    return row ? String(row.group_id) : undefined;
  }

  /** Members per group. */
  async memberCounts(sessionId: string): Promise<Map<string, number>> {
    const rows = await this.#sql.all(
      'SELECT group_id, COUNT(*) AS n FROM triz_members WHERE session_id = ? GROUP BY group_id',
      [sessionId],
    );
    return new Map(rows.map((r) => [String(r.group_id), Number(r.n)]));
  }

  /** Puts a device in `group`, or (`auto`) in the group of `groups` with fewest members. */
  async join(sessionId: string, device: string, group: string, groups: readonly string[]): Promise<string> {
    let chosen = group;
    if (group === 'auto') {
      const rows = await this.#sql.all(
        'SELECT group_id, COUNT(*) AS n FROM triz_members WHERE session_id = ? AND device <> ? GROUP BY group_id',
        [sessionId, device],
      );
      const counts = new Map(rows.map((r) => [String(r.group_id), Number(r.n)]));
      chosen = [...groups].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0))[0] ?? 'g1';
    }
    await this.#sql.run(
      `INSERT INTO triz_members (session_id, device, group_id) VALUES (?, ?, ?)
       ON CONFLICT (session_id, device) DO UPDATE SET group_id = excluded.group_id`,
      [sessionId, device, chosen],
    );
    return chosen;
  }

  /** Notes of a group (or of every group), of the given statuses, oldest first. */
  async notes(
    sessionId: string,
    options: { group?: string; statuses?: readonly TrizNote['status'][] } = {},
  ): Promise<TrizNote[]> {
    const statuses = options.statuses ?? ['visible'];
    const params: unknown[] = [sessionId, ...statuses];
    let where = `session_id = ? AND status IN (${statuses.map(() => '?').join(', ')})`;
    if (options.group) {
      where += ' AND group_id = ?';
      params.push(options.group);
    }
    const rows = await this.#sql.all(
      `SELECT * FROM triz_notes WHERE ${where} ORDER BY created_at, id`,
      params,
    );
    return rows.map(rowToNote);
  }

  async note(sessionId: string, id: string): Promise<TrizNote | undefined> {
    const [row] = await this.#sql.all('SELECT * FROM triz_notes WHERE session_id = ? AND id = ?', [
      sessionId,
      id,
    ]);
    return row ? rowToNote(row) : undefined;
  }

  /** Notes on a group's board (any status). */
  async count(sessionId: string, group: string): Promise<number> {
    const [row] = await this.#sql.all(
      'SELECT COUNT(*) AS n FROM triz_notes WHERE session_id = ? AND group_id = ?',
      [sessionId, group],
    );
    return Number(row?.n ?? 0);
  }

  /** Adds a note; `exists` (nothing changed) when its id is taken, with the note stored. */
  async add(note: TrizNote): Promise<{ outcome: 'created' | 'exists'; note: TrizNote }> {
    const changed = await this.#sql.run(
      `INSERT INTO triz_notes (id, session_id, group_id, text, state, step, history, votes, created_at, status, fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT (session_id, id) DO NOTHING`,
      [
        note.id,
        note.sessionId,
        note.group,
        note.text,
        note.state,
        note.step ?? null,
        JSON.stringify(note.history),
        note.createdAt,
        note.status,
        noteFingerprint(note),
      ],
    );
    if (changed) return { outcome: 'created', note };
    return { outcome: 'exists', note: (await this.note(note.sessionId, note.id))! };
  }

  /** The stored note's fingerprint (for telling a retried add from a clash). */
  async fingerprint(sessionId: string, id: string): Promise<string | undefined> {
    const [row] = await this.#sql.all('SELECT fingerprint FROM triz_notes WHERE session_id = ? AND id = ?', [
      sessionId,
      id,
    ]);
    return row ? String(row.fingerprint) : undefined;
  }

  /** Writes a note's changeable fields (group, words, state, step, history, status). */
  async put(note: TrizNote): Promise<void> {
    await this.#sql.run(
      `UPDATE triz_notes SET group_id = ?, text = ?, state = ?, step = ?, history = ?, status = ?
       WHERE session_id = ? AND id = ?`,
      [
        note.group,
        note.text,
        note.state,
        note.step ?? null,
        JSON.stringify(note.history),
        note.status,
        note.sessionId,
        note.id,
      ],
    );
  }

  async remove(sessionId: string, id: string): Promise<boolean> {
    await this.#sql.run('DELETE FROM triz_votes WHERE session_id = ? AND note_id = ?', [sessionId, id]);
    return (
      (await this.#sql.run('DELETE FROM triz_notes WHERE session_id = ? AND id = ?', [sessionId, id])) > 0
    );
  }

  /**
   * Gives (`on`) or takes back a device's vote for a note: `limit` when the device has given
   * `max` already. Giving twice or taking back one not given changes nothing.
   */
  async vote(
    sessionId: string,
    noteId: string,
    device: string,
    on: boolean,
    max: number,
  ): Promise<{ note: TrizNote } | 'limit'> {
    if (on) {
      // One statement: given only while the device has given fewer than `max` (atomic per statement).
      const given = await this.#sql.run(
        `INSERT INTO triz_votes (session_id, note_id, device) SELECT ?, ?, ?
         WHERE (SELECT COUNT(*) FROM triz_votes WHERE session_id = ? AND device = ?) < ?
         ON CONFLICT (session_id, note_id, device) DO NOTHING`,
        [sessionId, noteId, device, sessionId, device, max],
      );
      if (!given && !(await this.#has(sessionId, noteId, device))) return 'limit';
    } else
      await this.#sql.run('DELETE FROM triz_votes WHERE session_id = ? AND note_id = ? AND device = ?', [
        sessionId,
        noteId,
        device,
      ]);
    await this.#sql.run(
      `UPDATE triz_notes SET votes = (SELECT COUNT(*) FROM triz_votes WHERE session_id = ? AND note_id = ?)
       WHERE session_id = ? AND id = ?`,
      [sessionId, noteId, sessionId, noteId],
    );
    return { note: (await this.note(sessionId, noteId))! };
  }

  async #has(sessionId: string, noteId: string, device: string): Promise<boolean> {
    const rows = await this.#sql.all(
      'SELECT 1 FROM triz_votes WHERE session_id = ? AND note_id = ? AND device = ?',
      [sessionId, noteId, device],
    );
    return rows.length > 0;
  }

  /** The notes a device has voted for. */
  async votesOf(sessionId: string, device: string): Promise<string[]> {
    const rows = await this.#sql.all('SELECT note_id FROM triz_votes WHERE session_id = ? AND device = ?', [
      sessionId,
      device,
    ]);
    return rows.map((r) => String(r.note_id));
  }

  /** Everything of a session's TRIZ (the session is being deleted). */
  async deleteSession(sessionId: string): Promise<void> {
    for (const table of ['triz_votes', 'triz_notes', 'triz_members', 'session_triz'])
      await this.#sql.run(`DELETE FROM ${table} WHERE session_id = ?`, [sessionId]);
  }
}
