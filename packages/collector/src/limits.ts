/**
 * Limits: how much one device, one address, one session and the whole instance may ask of the
 * collector. Sized so that a room of 500 people on one network (one address, no proxy headers)
 * can follow a session live and each post within the same minute, while one hostile client on
 * that address cannot flood the session, use up the connections or slow everyone else down.
 *
 * - Writes to a session's wall (commitments, reactions, moves) are allowed per address in
 *   proportion to the live streams that address holds on that session: each stream stands for
 *   one device, and each device may write `deviceRate` a minute. A room of 500 following the
 *   wall may post 500 × 30 a minute (up to the address's ceiling); a script that follows
 *   nothing, 30 a minute. A client that names its device (`X-Netweave-Device`, or `?device=` on
 *   a stream) is also held to `deviceRate` itself; one that names none is counted by its address.
 * - Every write counts against its address (`rateLimit` a minute, reads 5×) and every public
 *   write to a session against that session (`sessionRate` a minute, everyone together), walls
 *   (posts, reactions, moves), responses and other writes apart, so a flood of responses cannot
 *   keep posts off a wall, nor the other way round.
 * - Live streams: per address on one session, per address overall (twice that), per device, and
 *   a ceiling per instance; each stream may keep `streamBuffer` bytes waiting for a slow reader.
 * - Requests per second and connections per instance; connections per address.
 *
 * Every rate is a bucket that holds one minute's worth (a room may post all at once), checked
 * from the narrowest to the widest and stopped at the first that is empty, so a client that goes
 * too fast spends its own allowance before anyone else's. With PostgreSQL, writes and streams (and
 * the join guard's wrong codes, join-guard.ts) are counted in the database, so they hold across
 * instances; reads, requests per second and connections protect each instance and are counted in
 * its memory.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { idSource } from '@netweave/model';
import { HttpError } from './http.js';

export interface LimitSettings {
  /** Writes per minute per address (`--rate-limit`); reads get five times as many. */
  rateLimit: number;
  /** Writes per minute per device (`--device-rate-limit`), and per live stream an address holds. */
  deviceRate: number;
  /** Public writes per minute to one session, from everyone (`--session-rate-limit`). */
  sessionRate: number;
  /** Live streams per address on one session (`--streams-per-address`); twice as many across sessions. */
  streamsPerAddress: number;
  /** Live streams per named device (`--streams-per-device`). */
  streamsPerDevice: number;
  /** Live streams per instance (`--max-streams`). */
  maxStreams: number;
  /** Requests per second per instance (`--max-request-rate`), in bursts of up to two seconds' worth. */
  maxRequestRate: number;
  /** Bytes a live stream may keep waiting for its client (`--stream-buffer`). */
  streamBuffer: number;
}

export const LIMIT_DEFAULTS: LimitSettings = {
  rateLimit: 2400,
  deviceRate: 30,
  sessionRate: 3000,
  streamsPerAddress: 1000,
  streamsPerDevice: 10,
  maxStreams: 5000,
  maxRequestRate: 1000,
  streamBuffer: 262_144,
};

/** The settings from the collector's options (config.ts). */
export function limitSettings(config: {
  rateLimit: number;
  deviceRateLimit: number;
  sessionRateLimit: number;
  streamsPerAddress: number;
  streamsPerDevice: number;
  maxStreams: number;
  maxRequestRate: number;
  streamBuffer: number;
}): LimitSettings {
  return {
    rateLimit: config.rateLimit,
    deviceRate: config.deviceRateLimit,
    sessionRate: config.sessionRateLimit,
    streamsPerAddress: config.streamsPerAddress,
    streamsPerDevice: config.streamsPerDevice,
    maxStreams: config.maxStreams,
    maxRequestRate: config.maxRequestRate,
    streamBuffer: config.streamBuffer,
  };
}

/** Connections one address may hold open at once: its streams plus as many again for requests. */
export const connectionsPerAddress = (s: LimitSettings) => 3 * s.streamsPerAddress;
/** Connections per instance: twice its streams. */
export const maxConnections = (s: LimitSettings) => 2 * s.maxStreams;

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

  constructor(query: SharedQuery) {
    this.#query = query;
  }

  async init(): Promise<void> {
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

  async open(keys: readonly StreamKey[]): Promise<number> {
    for (const k of keys) this.#mine.set(k.key, (this.#mine.get(k.key) ?? 0) + 1);
    const rows = await this.#query(
      `WITH clock AS (SELECT extract(epoch FROM clock_timestamp()) * 1000 AS now),
       up AS (INSERT INTO live_streams (instance, key, n) SELECT $1, k, 1 FROM unnest($2::text[]) AS k
              ON CONFLICT (instance, key) DO UPDATE SET n = live_streams.n + 1 RETURNING key, n)
       SELECT up.key, up.n + COALESCE((SELECT SUM(s.n) FROM live_streams s JOIN live_instances i ON i.instance = s.instance
         WHERE s.key = up.key AND s.instance <> $1 AND i.seen > (SELECT now FROM clock) - $3), 0) AS total
       FROM up`,
      [this.#instance, keys.map((k) => k.key), INSTANCE_TIMEOUT],
    ).catch((error: unknown) => {
      this.#forget(keys.map((k) => k.key));
      throw error;
    });
    const totals = new Map(rows.map((r) => [String(r.key), Number(r.total)]));
    const index = keys.findIndex((k) => (totals.get(k.key) ?? 0) > k.max);
    if (index >= 0) await this.close(keys.map((k) => k.key));
    return index;
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

/** A device id a client may send: a random id it keeps (8–100 of A–Z a–z 0–9 . _ : -). */
const DEVICE = /^[A-Za-z0-9._:-]{8,100}$/;

/** A participant's write to a session: a response, a post (or reaction), or a TRIZ board's note, vote or group. */
const SESSION_WRITE = new RegExp(
  `^/v1/sessions/(?<sid>${idSource()})/(?:(?<responses>responses)|commitments(?:/${idSource()}(?:/reactions)?)?|notes(?:/${idSource()}(?:/vote)?)?|member)$`,
);

type Refusal = { status: number; code: string; message: string; waitMs: number };

/** The limits of one collector instance (see the module comment). */
export class Limits {
  readonly settings: LimitSettings;
  readonly #counters: Counters;
  /** Reads per address and requests per instance: always this instance's own. */
  readonly #local = new MemoryCounters();
  readonly #deviceKey: string;
  #streams = 0;
  readonly #connections = new Map<string, number>();

  constructor(settings: LimitSettings, counters: Counters, options: { secret?: string | undefined } = {}) {
    this.settings = settings;
    this.#counters = counters;
    this.#deviceKey = options.secret ?? randomBytes(32).toString('hex');
  }

  /** Where the shared counts live (the join guard keeps its own there too: join-guard.ts). */
  get counters(): Counters {
    return this.#counters;
  }

  /** Open live streams on this instance. */
  get streams(): number {
    return this.#streams;
  }

  /** The device a request names (header, or `?device=` on a stream), hashed; undefined when none. */
  device(req: IncomingMessage, url?: URL): string | undefined {
    const raw = req.headers['x-netweave-device'] ?? url?.searchParams.get('device') ?? undefined;
    const id = Array.isArray(raw) ? raw[0] : raw;
    if (!id || !DEVICE.test(id)) return undefined;
    return createHmac('sha256', this.#deviceKey).update(`device:${id}`).digest('base64url').slice(0, 22);
  }

  /**
   * Before a request is routed: may it go on? Requests per second for the instance, reads per
   * address (this instance), writes per device, per address and stream on the session, per
   * address and per session (shared). Throws the refusal (429 or 503, with Retry-After).
   */
  async admit(
    req: IncomingMessage,
    url: URL,
    client: string,
    headers: Record<string, string>,
  ): Promise<void> {
    const s = this.settings;
    const method = req.method ?? 'GET';
    const writing = method !== 'GET' && method !== 'HEAD';
    const local = this.#local.takeNow([
      { key: 'instance', perMinute: s.maxRequestRate * 60, windowMs: 2000 },
      ...(writing ? [] : [{ key: `r:${client}`, perMinute: s.rateLimit * 5 }]),
    ]);
    if (local) throw refusal(local.index === 0 ? busy(local.waitMs) : addressRefusal(local.waitMs), headers);
    if (!writing) return;

    const buckets: Bucket[] = [];
    const reasons: ((waitMs: number) => Refusal)[] = [];
    const match = SESSION_WRITE.exec(url.pathname);
    const sid = match?.groups?.sid;
    // Walls (and TRIZ boards), responses and the rest are counted apart: a flood of one never
    // starves the others.
    const kind = !sid ? 'other' : match?.groups?.responses ? 'responses' : 'wall';
    const device = sid ? this.device(req) : undefined;
    if (device) {
      buckets.push({ key: `w:d:${device}`, perMinute: s.deviceRate });
      reasons.push((waitMs) => ({
        status: 429,
        code: 'device-rate-limited',
        message: `This device is sending faster than one person writes (${s.deviceRate} a minute): try again in ${seconds(waitMs)} seconds.`,
        waitMs,
      }));
    }
    if (kind === 'wall') {
      // The wall: one device's allowance per live stream the address holds on the session.
      buckets.push({
        key: `w:as:${client}:${sid}`,
        perMinute: s.deviceRate,
        perStream: { key: `s:as:${client}:${sid}`, max: s.rateLimit },
      });
      reasons.push((waitMs) => ({
        status: 429,
        code: 'rate-limited',
        message: `Too many posts to this session from this network for the people following it from here (${s.deviceRate} a minute each): try again in ${seconds(waitMs)} seconds.`,
        waitMs,
      }));
    }
    buckets.push({ key: `w:a:${kind}:${client}`, perMinute: s.rateLimit });
    reasons.push(addressRefusal);
    if (sid) {
      buckets.push({ key: `w:s:${kind}:${sid}`, perMinute: s.sessionRate });
      reasons.push((waitMs) => ({
        status: 429,
        code: 'session-busy',
        message: `This session is taking all the ${kind === 'wall' ? 'posts' : 'responses'} it can (${s.sessionRate} a minute from everyone): try again in ${seconds(waitMs)} seconds.`,
        waitMs,
      }));
    }
    const refused = await this.#counters.take(buckets);
    if (refused) throw refusal(reasons[refused.index]!(refused.waitMs), headers);
  }

  /**
   * Counts a live stream about to open: per instance, then per device, per address on the
   * session and per address (shared). Returns what ends it (call once, when it closes); throws
   * the refusal.
   */
  async openStream(
    req: IncomingMessage,
    url: URL,
    client: string,
    sessionId: string,
    headers: Record<string, string>,
    options: { admin?: boolean } = {},
  ): Promise<() => void> {
    const s = this.settings;
    if (this.#streams >= s.maxStreams)
      throw refusal(
        {
          status: 503,
          code: 'collector-busy',
          message: 'The collector has all the live connections it can hold: try again shortly.',
          waitMs: 10_000,
        },
        headers,
      );
    this.#streams += 1;
    const device = this.device(req, url);
    // A facilitator's stream (an admin route) counts only towards the instance's streams: it is
    // never refused because of the room, nor does it raise the room's allowance.
    const keys: StreamKey[] = options.admin
      ? []
      : [
          ...(device ? [{ key: `s:d:${device}`, max: s.streamsPerDevice }] : []),
          { key: `s:as:${client}:${sessionId}`, max: s.streamsPerAddress },
          { key: `s:a:${client}`, max: 2 * s.streamsPerAddress },
        ];
    let index: number;
    try {
      index = keys.length ? await this.#counters.open(keys) : -1;
    } catch (error) {
      this.#streams -= 1;
      throw error;
    }
    if (index >= 0) {
      this.#streams -= 1;
      const which = keys[index]!.key.startsWith('s:d:')
        ? `from this device (${s.streamsPerDevice})`
        : keys[index]!.key.startsWith('s:as:')
          ? `to this session from this network (${s.streamsPerAddress})`
          : `from this network (${2 * s.streamsPerAddress})`;
      throw refusal(
        {
          status: 429,
          code: 'too-many-streams',
          message: `Too many live connections ${which}. Updates can be polled instead.`,
          waitMs: 30_000,
        },
        headers,
      );
    }
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.#streams -= 1;
      if (keys.length) void this.#counters.close(keys.map((k) => k.key));
    };
  }

  /**
   * Connections: at most `maxConnections` per instance (beyond it new ones are dropped) and, when
   * clients connect directly (no trusted proxy), `connectionsPerAddress` per address.
   */
  guard(server: Server, options: { perAddress: boolean; hash: (address: string) => string }): void {
    server.maxConnections = maxConnections(this.settings);
    if (!options.perAddress) return;
    const max = connectionsPerAddress(this.settings);
    server.on('connection', (socket) => {
      const key = options.hash(socket.remoteAddress ?? 'unknown');
      const n = (this.#connections.get(key) ?? 0) + 1;
      if (n > max) {
        socket.destroy();
        return;
      }
      this.#connections.set(key, n);
      socket.once('close', () => {
        const left = (this.#connections.get(key) ?? 1) - 1;
        if (left > 0) this.#connections.set(key, left);
        else this.#connections.delete(key);
      });
    });
  }

  async stop(): Promise<void> {
    await this.#local.stop();
    await this.#counters.stop();
  }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function addressRefusal(waitMs: number): Refusal {
  return {
    status: 429,
    code: 'rate-limited',
    message: `Too many requests from this network: try again in ${seconds(waitMs)} seconds.`,
    waitMs,
  };
}

function busy(waitMs: number): Refusal {
  return {
    status: 503,
    code: 'collector-busy',
    message: 'The collector is taking all the requests it can: try again shortly.',
    waitMs,
  };
}

function refusal(r: Refusal, headers: Record<string, string>): HttpError {
  return new HttpError(r.status, r.code, r.message, {
    headers: { ...headers, 'retry-after': String(seconds(r.waitMs)) },
  });
}

/** The counters for a database: shared through PostgreSQL, else in this process's memory. */
export async function countersFor(db: { sharedQuery?: SharedQuery }): Promise<Counters> {
  if (!db.sharedQuery) return new MemoryCounters();
  const counters = new PgCounters(db.sharedQuery.bind(db));
  await counters.init();
  return counters;
}
