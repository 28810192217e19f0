/**
 * Follow-ups ("did you do it?", follow-up-routes.ts): a commitment's author says weeks later how
 * it has gone. Kept beside the commitments with the commitment's sector (for counting by sector),
 * their status (a held note waits for a moderator, as a post does) and a fingerprint of what was
 * sent, so a retry of the same id is a replay and a different one a conflict. The same SQL for
 * SQLite and PostgreSQL (the table is in the schema files; a deleted session's go with it).
 */
import type { CommitmentStatus, FollowUp } from '@netweave/model';
import type { InsertOutcome } from './types.js';
import type { SqlRunner } from './triz-store.js';

/** A follow-up as the admin API shows it: with why its note is held, while it is. */
export type StoredFollowUp = FollowUp & { readonly heldFor?: readonly string[] };

type Row = Record<string, unknown>;

/**
 * The fingerprint of a follow-up whose note a moderator edited (the first one held the words as
 * sent): a retry of it is then taken as a replay of what is stored.
 */
const EDITED = 'edited-by-moderator';

function rowToFollowUp(row: Row): StoredFollowUp {
  const f: StoredFollowUp = {
    id: String(row.id),
    sessionId: String(row.session_id),
    commitmentId: String(row.commitment_id),
    answer: row.answer as FollowUp['answer'],
    answeredAt: String(row.answered_at),
    status: row.status as CommitmentStatus,
    ...(row.note !== null && row.note !== undefined && { note: String(row.note) }),
    ...(row.sector !== null && row.sector !== undefined && { sector: String(row.sector) }),
    ...(typeof row.held_for === 'string' && { heldFor: JSON.parse(row.held_for) as string[] }),
  };
  return f;
}

export class FollowUpStore {
  readonly #sql: SqlRunner;

  constructor(sql: SqlRunner) {
    this.#sql = sql;
  }

  /**
   * Who posted the commitment (the hash kept with it: commitment-columns.ts): a string, null when
   * it was stored without one, undefined when there is no such commitment in the session.
   */
  async author(sessionId: string, commitmentId: string): Promise<string | null | undefined> {
    const [row] = await this.#sql.all('SELECT author FROM commitments WHERE id = ? AND session_id = ?', [
      commitmentId,
      sessionId,
    ]);
    if (!row) return undefined;
    return typeof row.author === 'string' ? row.author : null;
  }

  /** Stores a new follow-up; a retry of the same id is a replay (when it says the same) or a conflict. */
  async insert(
    f: StoredFollowUp,
    fingerprint: string,
  ): Promise<{ outcome: InsertOutcome; followUp: StoredFollowUp }> {
    const added = await this.#sql.run(
      `INSERT INTO follow_ups (id, session_id, commitment_id, answer, note, answered_at, received_at, sector,
         status, held_for, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        f.id,
        f.sessionId,
        f.commitmentId,
        f.answer,
        f.note ?? null,
        f.answeredAt,
        new Date().toISOString(),
        f.sector ?? null,
        f.status,
        f.heldFor ? JSON.stringify(f.heldFor) : null,
        fingerprint,
      ],
    );
    if (added) return { outcome: 'created', followUp: f };
    const [row] = await this.#sql.all('SELECT * FROM follow_ups WHERE id = ?', [f.id]);
    if (!row) return { outcome: 'conflict', followUp: f };
    const same =
      (row.fingerprint === fingerprint || row.fingerprint === EDITED) &&
      row.session_id === f.sessionId &&
      row.commitment_id === f.commitmentId;
    return { outcome: same ? 'replay' : 'conflict', followUp: rowToFollowUp(row) };
  }

  /** The session's follow-ups with these statuses, in the order they were answered. */
  async list(sessionId: string, statuses: readonly CommitmentStatus[]): Promise<StoredFollowUp[]> {
    if (!statuses.length) return [];
    const rows = await this.#sql.all(
      `SELECT * FROM follow_ups WHERE session_id = ? AND status IN (${statuses.map(() => '?').join(', ')})
       ORDER BY answered_at, id`,
      [sessionId, ...statuses],
    );
    return rows.map(rowToFollowUp);
  }

  /**
   * A moderator's decision: the new status and, with an approval, the note as edited (`null`
   * removes it; the old words are then kept nowhere). Undefined when there is no such follow-up.
   */
  async moderate(
    sessionId: string,
    id: string,
    status: CommitmentStatus,
    note?: string | null,
  ): Promise<StoredFollowUp | undefined> {
    const edit = note !== undefined;
    const changed = await this.#sql.run(
      `UPDATE follow_ups SET status = ?, held_for = ${status === 'visible' ? 'NULL' : 'held_for'}${
        edit ? ', note = ?, fingerprint = ?' : ''
      } WHERE id = ? AND session_id = ?`,
      [status, ...(edit ? [note, EDITED] : []), id, sessionId],
    );
    if (!changed) return undefined;
    const [row] = await this.#sql.all('SELECT * FROM follow_ups WHERE id = ?', [id]);
    return row ? rowToFollowUp(row) : undefined;
  }
}
