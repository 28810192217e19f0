/**
 * The LISTEN/NOTIFY side of PostgreSQL (postgres.ts): every stored change is announced with
 * NOTIFY; each instance LISTENs and feeds its own live streams.
 */
import pg from 'pg';
import type { TrizNote } from '@netweave/model';
import type { ChangeListener, StoredEvent } from './types.js';
import { CHANNEL } from './postgres-schema.js';
import { currentEvents, toEvent } from './postgres-events.js';

/** A notification's payload: a session, and what changed in it. */
interface Notification {
  s: string;
  e?: number;
  v?: 1;
  k?: 1;
  t?: { now?: TrizNote; before?: TrizNote };
}

export class PostgresNotifications {
  readonly #pool: pg.Pool;
  readonly #listeners: ChangeListener[] = [];
  #listenClient: pg.PoolClient | undefined;
  /** Notifications not handled yet, in the order they came (commit order). */
  readonly #notifications: string[] = [];
  #draining = false;
  #closed = false;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async listen(): Promise<void> {
    const client = await this.#pool.connect();
    this.#listenClient = client;
    // One at a time, in the order they arrive (commit order): a stream skips an event older than
    // the last it sent, so an event fetched late would otherwise never reach it.
    client.on('notification', (msg) => {
      this.#notifications.push(msg.payload ?? '');
      if (!this.#draining) void this.#drain();
    });
    client.on('error', () => {
      if (this.#closed) return;
      this.#listenClient = undefined;
      client.release(true);
      setTimeout(() => void this.listen().catch(() => undefined), 1000);
    });
    await client.query(`LISTEN ${CHANNEL}`);
  }

  /**
   * Handles the notifications that wait, a batch at a time and in order: the batch's events are
   * read with one query (and one per session for how their posts stand now), so a burst of posts
   * costs a few round trips, not two per post.
   */
  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#notifications.length) {
        const batch = this.#notifications.splice(0).flatMap((payload) => {
          try {
            return [JSON.parse(payload) as Notification];
          } catch {
            return [];
          }
        });
        const ids = batch.flatMap((m) => (typeof m.e === 'number' ? [m.e] : []));
        const events = new Map<number, StoredEvent>();
        if (ids.length) {
          try {
            const { rows } = await this.#pool.query(
              'SELECT id, session_id, data FROM events WHERE id = ANY($1::bigint[])',
              [ids],
            );
            const bySession = new Map<string, StoredEvent[]>();
            for (const row of rows as { id: string; session_id: string; data: string }[]) {
              const list = bySession.get(row.session_id) ?? [];
              list.push(toEvent(row));
              bySession.set(row.session_id, list);
            }
            // As they stand now: a post hidden before this notification arrived is not sent as visible.
            for (const [sessionId, list] of bySession)
              for (const event of await currentEvents(this.#pool, sessionId, list))
                events.set(event.id, event);
          } catch {
            /* the streams' next resume catches up from the events table */
          }
        }
        for (const m of batch) {
          if (m.v) this.emit({ sessionId: m.s, release: true });
          else if (m.k) this.emit({ sessionId: m.s, session: true });
          else if (m.t) this.emit({ sessionId: m.s, note: m.t });
          else if (typeof m.e === 'number') {
            const event = events.get(m.e);
            if (event) this.emit({ sessionId: event.sessionId, event });
          }
        }
      }
    } finally {
      this.#draining = false;
    }
  }

  emit(change: Parameters<ChangeListener>[0]): void {
    for (const l of this.#listeners) l(change);
  }

  onChange(listener: ChangeListener): void {
    this.#listeners.push(listener);
  }

  /** Stops listening (before the pool ends): a lost connection is no longer replaced. */
  close(): void {
    this.#closed = true;
    this.#listenClient?.release();
  }
}
