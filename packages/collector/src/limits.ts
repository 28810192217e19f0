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
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { idSource } from '@netweave/model';
import { HttpError } from './http.js';
import { MemoryCounters, type Bucket, type Counters, type StreamKey } from './limits-counters.js';

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

export {
  countersFor,
  MemoryCounters,
  PgCounters,
  type Bucket,
  type Counters,
  type SharedQuery,
  type StreamKey,
} from './limits-counters.js';

/** A device id a client may send: a random id it keeps (8–100 of A–Z a–z 0–9 . _ : -). */
export const DEVICE_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * A participant's write to a session: a response, a post (or reaction, or its author's follow-up),
 * or a TRIZ board's note, vote or group.
 */
const SESSION_WRITE = new RegExp(
  `^/v1/sessions/(?<sid>${idSource()})/(?:(?<responses>responses)|commitments(?:/${idSource()}(?:/reactions|/follow-ups)?)?|notes(?:/${idSource()}(?:/vote)?)?|member)$`,
);

type Refusal = { status: number; code: string; message: string; waitMs: number };

/** The limits of one collector instance (see the module comment). */
export class Limits {
  readonly settings: LimitSettings;
  readonly #counters: Counters;
  /** Reads per address and requests per instance: always this instance's own. */
  readonly #local: MemoryCounters;
  readonly #deviceKey: string;
  #streams = 0;
  readonly #connections = new Map<string, number>();

  /** `options.now`: this instance's clock for its own counts (tests stop it). */
  constructor(
    settings: LimitSettings,
    counters: Counters,
    options: { secret?: string | undefined; now?: () => number } = {},
  ) {
    this.settings = settings;
    this.#counters = counters;
    this.#local = new MemoryCounters(options.now);
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
    if (!id || !DEVICE_ID.test(id)) return undefined;
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
