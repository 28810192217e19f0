/**
 * Resume entries ("continue on another device", resume-routes.ts): an envelope the browser
 * encrypted with a key derived from a resume code, kept under an id also derived from that code.
 * Stored are the id, the envelope's iv and ciphertext, and when it was made and expires: no
 * session, no device, no address, nothing readable. An entry that has expired becomes a
 * tombstone (its id and when it expired, no data) for `TOMBSTONE_DAYS`, so a late reader is told
 * "expired" rather than "not found"; `prune` turns expired entries into tombstones and deletes
 * old tombstones. The same SQL for SQLite and PostgreSQL (the tables are in the schema files).
 */
import type { SqlRunner } from './triz-store.js';

const DAY = 86_400_000;

/** Days a tombstone is kept after its entry expired. */
export const TOMBSTONE_DAYS = 90;

/** What the collector keeps of an envelope (never the `v` it always is: 1). */
export interface StoredResume {
  readonly iv: string;
  readonly ct: string;
  /** When it expires (ms since 1970). */
  readonly expiresAt: number;
}

export type ResumeLookup =
  | { readonly state: 'found'; readonly resume: StoredResume }
  | { readonly state: 'expired' }
  | { readonly state: 'not-found' };

export class ResumeStore {
  readonly #sql: SqlRunner;
  readonly #days: number;
  readonly #now: () => number;

  /** Entries kept `days` from their first save; `now` is the clock (ms since 1970). */
  constructor(sql: SqlRunner, options: { days: number; now?: () => number }) {
    this.#sql = sql;
    this.#days = options.days;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Stores an envelope under `id`, or replaces the one stored there, keeping its expiry (a
   * replacement never extends it). `expired` when the id's entry has expired (its code is spent:
   * the person makes a new one).
   */
  async put(id: string, iv: string, ct: string): Promise<{ expiresAt: number } | 'expired'> {
    const now = this.#now();
    await this.#expire(now, id);
    if ((await this.#sql.all('SELECT 1 FROM resume_tombstones WHERE id = ?', [id])).length) return 'expired';
    const rows = await this.#sql.all(
      `INSERT INTO resumes (id, iv, ciphertext, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET iv = excluded.iv, ciphertext = excluded.ciphertext
       WHERE resumes.expires_at > ? RETURNING expires_at`,
      [id, iv, ct, now, now + this.#days * DAY, now],
    );
    // Nothing returned: it expired between the two statements.
    if (!rows[0]) return 'expired';
    return { expiresAt: Number(rows[0].expires_at) };
  }

  /** The entry under `id`; one that has just expired becomes a tombstone first. */
  async get(id: string): Promise<ResumeLookup> {
    const now = this.#now();
    const [row] = await this.#sql.all(
      'SELECT iv, ciphertext, expires_at FROM resumes WHERE id = ? AND expires_at > ?',
      [id, now],
    );
    if (row)
      return {
        state: 'found',
        resume: { iv: String(row.iv), ct: String(row.ciphertext), expiresAt: Number(row.expires_at) },
      };
    await this.#expire(now, id);
    const tomb = await this.#sql.all('SELECT 1 FROM resume_tombstones WHERE id = ?', [id]);
    return tomb.length ? { state: 'expired' } : { state: 'not-found' };
  }

  /** Deletes the entry under `id` and any tombstone: a later lookup finds nothing. */
  async delete(id: string): Promise<void> {
    await this.#sql.run('DELETE FROM resumes WHERE id = ?', [id]);
    await this.#sql.run('DELETE FROM resume_tombstones WHERE id = ?', [id]);
  }

  /**
   * Turns every expired entry into a tombstone and deletes tombstones older than TOMBSTONE_DAYS;
   * returns how many entries and tombstones went.
   */
  async prune(): Promise<{ expired: number; forgotten: number }> {
    const now = this.#now();
    const expired = await this.#expire(now);
    const forgotten = await this.#sql.run('DELETE FROM resume_tombstones WHERE expired_at <= ?', [
      now - TOMBSTONE_DAYS * DAY,
    ]);
    return { expired, forgotten };
  }

  /** Expired entries (all, or the one under `id`) become tombstones; returns how many. */
  async #expire(now: number, id?: string): Promise<number> {
    const only = id === undefined ? '' : ' AND id = ?';
    const params = id === undefined ? [now] : [now, id];
    await this.#sql.run(
      `INSERT INTO resume_tombstones (id, expired_at) SELECT id, expires_at FROM resumes
       WHERE expires_at <= ?${only} ON CONFLICT (id) DO NOTHING`,
      params,
    );
    return this.#sql.run(`DELETE FROM resumes WHERE expires_at <= ?${only}`, params);
  }
}
