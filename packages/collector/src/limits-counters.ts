/**
 * Where the limits' counts live (limits.ts): this process's memory (SQLite, one instance), or
 * PostgreSQL, where every instance sees them (rate buckets in one row per key, live streams per
 * instance and key, markers with an expiry).
 */
import { randomUUID } from 'node:crypto';

const MINUTE = 60_000;

/**
 * A rate: `perMinute` in a bucket that holds one minute's worth. With `perStream`, the rate is
 * `perMinute` for each live stream counted under that key (at least one), at most `max`.
 */
export interface Bucket {
  readonly key: string;
  readonly perMinute: number;
  readonly perStream?: { readonly key: string; readonly max: number };
  /** How much time's worth the bucket holds (default a minute). */
  readonly windowMs?: number;
}

/** A stream counted under `key`, refused beyond `max` (across instances when shared). */
export interface StreamKey {
  readonly key: string;
  readonly max: number;
}

/** Where the counts live: this process's memory (SQLite, one instance) or the shared database. */
export interface Counters {
  /**
   * Takes one from each bucket in order, stopping at the first that is empty: its index and the
   * milliseconds until it has room again, or null when every bucket gave one.
   */
  take(buckets: readonly Bucket[]): Promise<{ index: number; waitMs: number } | null>;
  /** Counts a new stream under each key; the index of a key that would pass its max (nothing counted), or -1. */
  open(keys: readonly StreamKey[]): Promise<number>;
  /** Counts a stream's end. */
  close(keys: readonly string[]): Promise<void>;
  /**
   * Gives back one taken from a bucket (without a rate per stream), for something that turned out
   * to cost nothing. Call it only after a `take` that gave one, never on its own.
   */
  putBack(bucket: Pick<Bucket, 'key' | 'perMinute'>): Promise<void>;
  /** Marks `key` for `forMs` from now (never shortening a mark); true when it was not marked. */
  mark(key: string, forMs: number): Promise<boolean>;
  /** Whether any of `keys` is marked. */
  marked(keys: readonly string[]): Promise<boolean>;
  stop(): Promise<void>;
}

/** Effective per-minute rate of a bucket, given the streams counted under its `perStream` key. */
function rateOf(b: Bucket, streams: number): number {
  return b.perStream ? Math.min(b.perStream.max, b.perMinute * Math.max(1, streams)) : b.perMinute;
}

/**
 * GCRA (a token bucket kept as one number per key, the "theoretical arrival time"): a request
 * moves it on by one interval; it is allowed while it stays within a minute of now.
 */
function advance(
  tat: number | undefined,
  now: number,
  perMinute: number,
  windowMs: number,
): number | { waitMs: number } {
  const next = Math.max(tat ?? 0, now) + MINUTE / perMinute;
  return next - now <= windowMs ? next : { waitMs: next - now - windowMs };
}

/** Marks kept in memory at most (the oldest are forgotten first). */
const MARKS = 250_000;

export class MemoryCounters implements Counters {
  readonly #tat = new Map<string, number>();
  readonly #streams = new Map<string, number>();
  /** Marks and until when they hold. */
  readonly #marks = new Map<string, number>();
  readonly #sweep: NodeJS.Timeout;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
    // Buckets that have filled up again hold nothing worth keeping.
    this.#sweep = setInterval(() => {
      const t = this.#now();
      for (const [key, tat] of this.#tat) if (tat <= t) this.#tat.delete(key);
      for (const [key, until] of this.#marks) if (until <= t) this.#marks.delete(key);
    }, MINUTE);
    this.#sweep.unref();
  }

  async take(buckets: readonly Bucket[]): Promise<{ index: number; waitMs: number } | null> {
    return this.takeNow(buckets);
  }

  /** The same, synchronously (for checks that must not wait). */
  takeNow(buckets: readonly Bucket[]): { index: number; waitMs: number } | null {
    const now = this.#now();
    for (let index = 0; index < buckets.length; index += 1) {
      const b = buckets[index]!;
      const rate = rateOf(b, b.perStream ? (this.#streams.get(b.perStream.key) ?? 0) : 0);
      const next = advance(this.#tat.get(b.key), now, rate, b.windowMs ?? MINUTE);
      if (typeof next !== 'number') return { index, waitMs: next.waitMs };
      this.#tat.set(b.key, next);
    }
    return null;
  }

  async open(keys: readonly StreamKey[]): Promise<number> {
    const index = keys.findIndex((k) => (this.#streams.get(k.key) ?? 0) >= k.max);
    if (index >= 0) return index;
    for (const k of keys) this.#streams.set(k.key, (this.#streams.get(k.key) ?? 0) + 1);
    return -1;
  }

  async close(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      const n = (this.#streams.get(key) ?? 1) - 1;
      if (n > 0) this.#streams.set(key, n);
      else this.#streams.delete(key);
    }
  }

  async putBack(bucket: Pick<Bucket, 'key' | 'perMinute'>): Promise<void> {
    const tat = this.#tat.get(bucket.key);
    if (tat !== undefined) this.#tat.set(bucket.key, tat - MINUTE / bucket.perMinute);
  }

  async mark(key: string, forMs: number): Promise<boolean> {
    const now = this.#now();
    const until = this.#marks.get(key) ?? 0;
    this.#marks.delete(key); // to the end of the queue: the oldest marks are forgotten first
    if (this.#marks.size >= MARKS) this.#marks.delete(this.#marks.keys().next().value!);
    this.#marks.set(key, Math.max(until, now + forMs));
    return until <= now;
  }

  async marked(keys: readonly string[]): Promise<boolean> {
    const now = this.#now();
    return keys.some((key) => (this.#marks.get(key) ?? 0) > now);
  }

  async stop(): Promise<void> {
    clearInterval(this.#sweep);
  }
}

/** Runs SQL on the shared database (PostgreSQL) and returns its rows. */
export type SharedQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** The first key of the advisory locks that stream opens take turns by (`pg_advisory_xact_lock(key, hash)`). */
const STREAM_LOCK = 7709;

/** An instance that has not said it is alive for this long no longer counts (it crashed). */
const INSTANCE_TIMEOUT = 60_000;
const HEARTBEAT = 15_000;

/**
 * Counters in PostgreSQL, seen by every instance: rate buckets in one row per key (one statement
 * per request, whatever the number of buckets), marks in the same table (their `tat` is when they
 * end), live streams per instance and key (an instance that stops saying it is alive stops
 * counting). UNLOGGED tables: no WAL and no fsync for counters that may be lost in a crash.
 */
export class PgCounters implements Counters {
  readonly #query: SharedQuery;
  readonly #instance = randomUUID();
  /** This instance's own streams per key (what it restores if the database lost its counts). */
  readonly #mine = new Map<string, number>();
  #heartbeat: NodeJS.Timeout | undefined;
  /** The pg driver's escapeLiteral (loaded in `init`: SQLite collectors never load pg). */
  #literal!: (text: string) => string;

  constructor(query: SharedQuery) {
    this.#query = query;
  }

  async init(): Promise<void> {
    this.#literal = (await import('pg')).default.escapeLiteral;
    // One statement string, so the advisory lock and its release run on one connection.
    await this.#query(`SELECT pg_advisory_lock(7708);
      CREATE UNLOGGED TABLE IF NOT EXISTS limit_buckets (key TEXT PRIMARY KEY, tat DOUBLE PRECISION NOT NULL);
      CREATE UNLOGGED TABLE IF NOT EXISTS live_instances (instance TEXT PRIMARY KEY, seen DOUBLE PRECISION NOT NULL);
      CREATE UNLOGGED TABLE IF NOT EXISTS live_streams (
        instance TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (instance, key));
      SELECT pg_advisory_unlock(7708);`);
    await this.#beat();
    this.#heartbeat = setInterval(() => void this.#beat().catch(() => undefined), HEARTBEAT);
    this.#heartbeat.unref();
  }

  /** Says this instance is alive, restores its own counts, and clears what dead instances left. */
  async #beat(): Promise<void> {
    const keys = [...this.#mine.keys()];
    await this.#query(
      `WITH clock AS (SELECT extract(epoch FROM clock_timestamp()) * 1000 AS now),
       me AS (INSERT INTO live_instances (instance, seen) SELECT $1, now FROM clock
              ON CONFLICT (instance) DO UPDATE SET seen = EXCLUDED.seen),
       gone AS (DELETE FROM live_instances WHERE instance <> $1 AND seen < (SELECT now FROM clock) - $4 RETURNING instance),
       orphans AS (DELETE FROM live_streams WHERE instance IN (SELECT instance FROM gone)
                   OR (instance = $1 AND NOT (key = ANY($2::text[])))),
       mine AS (INSERT INTO live_streams (instance, key, n) SELECT $1, k, n FROM unnest($2::text[], $3::int[]) AS u(k, n)
                ON CONFLICT (instance, key) DO UPDATE SET n = EXCLUDED.n),
       full_ AS (DELETE FROM limit_buckets WHERE tat < (SELECT now FROM clock))
       SELECT 1`,
      [this.#instance, keys, keys.map((k) => this.#mine.get(k)!), 5 * INSTANCE_TIMEOUT],
    );
  }

  async take(buckets: readonly Bucket[]): Promise<{ index: number; waitMs: number } | null> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const ctes = ['clock AS (SELECT extract(epoch FROM clock_timestamp()) * 1000 AS now)'];
    const selects: string[] = [];
    buckets.forEach((b, i) => {
      let interval = `${MINUTE / b.perMinute}::float8`;
      if (b.perStream) {
        ctes.push(
          `s${i} AS (SELECT COALESCE(SUM(st.n), 0)::int AS n FROM live_streams st JOIN live_instances li ON li.instance = st.instance
           WHERE st.key = ${p(b.perStream.key)} AND li.seen > (SELECT now FROM clock) - ${p(INSTANCE_TIMEOUT)}::float8)`,
        );
        interval = `(${MINUTE}::float8 / LEAST(${p(b.perStream.max)}::float8, ${p(b.perMinute)}::float8 * GREATEST(1, (SELECT n FROM s${i}))))`;
        selects.push(`(SELECT n FROM s${i}) AS streams${i}`);
      }
      const key = p(b.key);
      const now = '(SELECT now FROM clock)';
      const window = b.windowMs ?? MINUTE;
      ctes.push(
        `b${i} AS (INSERT INTO limit_buckets AS b (key, tat) SELECT ${key}, ${now} + ${interval}
         ${i ? `WHERE EXISTS (SELECT 1 FROM b${i - 1})` : ''}
         ON CONFLICT (key) DO UPDATE SET tat = GREATEST(b.tat, ${now}) + ${interval}
         WHERE GREATEST(b.tat, ${now}) + ${interval} - ${now} <= ${window}
         RETURNING tat)`,
      );
      selects.push(`(SELECT COUNT(*) FROM b${i})::int AS ok${i}`);
    });
    const [row] = await this.#query(
      `WITH ${ctes.join(',\n')} SELECT ${selects.join(', ')}, (SELECT now FROM clock) AS now`,
      params,
    );
    const index = buckets.findIndex((_, i) => !row![`ok${i}`]);
    if (index < 0) return null;
    // Refused: when will that bucket have room again? (Rare, so a second statement is fine.)
    const b = buckets[index]!;
    const [state] = await this.#query('SELECT tat FROM limit_buckets WHERE key = $1', [b.key]);
    const rate = rateOf(b, Number(row![`streams${index}`] ?? 0));
    const tat = Number(state?.tat ?? 0);
    return { index, waitMs: Math.max(0, tat + MINUTE / rate - Number(row!.now) - (b.windowMs ?? MINUTE)) };
  }

  /**
   * Counts a stream under every key, or under none when one is full. Opens of the same keys take
   * turns (an advisory lock per key, held to the end of the statement's transaction, taken in one
   * order), and each checks the totals before it counts: a refused open never counts, even for a
   * moment, so it cannot make another open on the same address refused (counting first and taking
   * back a refused one did, under load: 19 of 20 streams on a second session). The two statements
   * go as one string, one implicit transaction on one connection, so their values are written in as
   * literals (escaped by the pg driver).
   */
  async open(keys: readonly StreamKey[]): Promise<number> {
    for (const k of keys) this.#mine.set(k.key, (this.#mine.get(k.key) ?? 0) + 1);
    const literal = this.#literal;
    const names = `ARRAY[${keys.map((k) => literal(k.key)).join(', ')}]::text[]`;
    const maxes = `ARRAY[${keys.map((k) => Math.trunc(k.max)).join(', ')}]::int[]`;
    const me = literal(this.#instance);
    const rows = await this.#query(
      `SELECT pg_advisory_xact_lock(${STREAM_LOCK}, h) FROM
         (SELECT DISTINCT hashtext(k) AS h FROM unnest(${names}) AS k ORDER BY h) AS locks;
       WITH clock AS (SELECT extract(epoch FROM clock_timestamp()) * 1000 AS now),
       wanted AS (SELECT key, max, i FROM unnest(${names}, ${maxes}) WITH ORDINALITY AS u(key, max, i)),
       totals AS (SELECT w.i, w.max, (SELECT COALESCE(SUM(s.n), 0) FROM live_streams s
           LEFT JOIN live_instances li ON li.instance = s.instance
           WHERE s.key = w.key AND (s.instance = ${me} OR li.seen > (SELECT now FROM clock) - ${INSTANCE_TIMEOUT}))
         AS total FROM wanted w),
       full_ AS (SELECT MIN(i) AS i FROM totals WHERE total >= max),
       up AS (INSERT INTO live_streams (instance, key, n) SELECT ${me}, key, 1 FROM wanted
              WHERE (SELECT i FROM full_) IS NULL
              ON CONFLICT (instance, key) DO UPDATE SET n = live_streams.n + 1)
       SELECT (SELECT i FROM full_) AS full_`,
    ).catch((error: unknown) => {
      this.#forget(keys.map((k) => k.key));
      throw error;
    });
    const full = rows[0]?.full_;
    if (full === null || full === undefined) return -1;
    this.#forget(keys.map((k) => k.key));
    return Number(full) - 1;
  }

  async putBack(bucket: Pick<Bucket, 'key' | 'perMinute'>): Promise<void> {
    await this.#query('UPDATE limit_buckets SET tat = tat - $2::float8 WHERE key = $1', [
      bucket.key,
      MINUTE / bucket.perMinute,
    ]);
  }

  async mark(key: string, forMs: number): Promise<boolean> {
    const [row] = await this.#query(
      `WITH clock AS (SELECT extract(epoch FROM clock_timestamp()) * 1000 AS now),
       was AS (SELECT 1 FROM limit_buckets WHERE key = $1 AND tat > (SELECT now FROM clock)),
       up AS (INSERT INTO limit_buckets AS b (key, tat) SELECT $1, now + $2::float8 FROM clock
              ON CONFLICT (key) DO UPDATE SET tat = GREATEST(b.tat, EXCLUDED.tat))
       SELECT NOT EXISTS (SELECT 1 FROM was) AS fresh`,
      [key, forMs],
    );
    return Boolean(row?.fresh);
  }

  async marked(keys: readonly string[]): Promise<boolean> {
    const [row] = await this.#query(
      `SELECT EXISTS (SELECT 1 FROM limit_buckets WHERE key = ANY($1::text[])
         AND tat > extract(epoch FROM clock_timestamp()) * 1000) AS marked`,
      [[...keys]],
    );
    return Boolean(row?.marked);
  }

  #forget(keys: readonly string[]): void {
    for (const key of keys) {
      const n = (this.#mine.get(key) ?? 1) - 1;
      if (n > 0) this.#mine.set(key, n);
      else this.#mine.delete(key);
    }
  }

  async close(keys: readonly string[]): Promise<void> {
    this.#forget(keys);
    await this.#query('UPDATE live_streams SET n = n - 1 WHERE instance = $1 AND key = ANY($2::text[])', [
      this.#instance,
      [...keys],
    ]).catch(() => undefined); // restored from this instance's own counts at the next heartbeat
  }

  async stop(): Promise<void> {
    clearInterval(this.#heartbeat);
    this.#mine.clear();
    await this.#query(
      'WITH s AS (DELETE FROM live_streams WHERE instance = $1) DELETE FROM live_instances WHERE instance = $1',
      [this.#instance],
    ).catch(() => undefined);
  }
}

/** The counters for a database: shared through PostgreSQL, else in this process's memory. */
export async function countersFor(db: { sharedQuery?: SharedQuery }): Promise<Counters> {
  if (!db.sharedQuery) return new MemoryCounters();
  const counters = new PgCounters(db.sharedQuery.bind(db));
  await counters.init();
  return counters;
}
