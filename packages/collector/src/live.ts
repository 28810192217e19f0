/**
 * Live updates: Server-Sent Events per session (resumable with Last-Event-ID) and the same
 * events as JSON for clients that poll. Public streams only ever carry visible commitments.
 *
 * Each stream is counted against the limits (limits.ts) while it is open, may keep only so much
 * waiting for a client that reads slowly, and each event is turned into text once for all the
 * streams of a session. Events are pruned to the last `keepEvents` per session; a client that
 * resumes from before what was pruned is sent the wall as it stands instead (for a moderator,
 * every post of the session as it stands, held and hidden ones too).
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Commitment, CommitmentStatus, Session, StoreEvent, TrizNote } from '@netweave/model';
import type { CommitmentCursor, Database, StoredEvent } from './db/types.js';
import type { Limits } from './limits.js';
import type { Logger } from './log.js';
import { BatchedWrites } from './batched-writes.js';
import { noteFrame, toStoreEvent, type Audience } from './live-events.js';

/**
 * `responses`: a response was stored (told to admin streams only); `release`: the public summary
 * has a new release (told to everyone, as the `responses` event old clients already refresh on).
 */
type Change = {
  event?: StoredEvent;
  responses?: true;
  release?: true;
  session?: Session;
  /** A TRIZ note as it now stands (`removed`: deleted), and how it stood before. */
  note?: { now?: TrizNote; before?: TrizNote };
};
type Subscriber = (change: Change) => void;

const KEEP_ALIVE = Buffer.from(': keep-alive\n\n');

export class LiveHub {
  readonly #subs = new Map<string, Set<Subscriber>>();
  readonly #streams = new Set<ServerResponse>();
  readonly #db: Database;
  readonly #limits: Limits | undefined;
  readonly #logger: Logger | undefined;
  readonly #heartbeat: NodeJS.Timeout;
  /** At most one `responses` hint per session per second. */
  readonly #responseHints = new Map<string, NodeJS.Timeout>();
  /** Each live event as SSE text, per audience: made once for every stream that sends it. */
  readonly #frames = new WeakMap<StoredEvent, { public?: Buffer | null; admin?: Buffer | null }>();
  /** Writes to the streams, batched, closing those whose client stopped reading. */
  readonly #writes: BatchedWrites;

  /** Events kept per session (older ones are pruned); 0 keeps every event. */
  readonly #keepEvents: number;
  /** Events stored per session since it was last pruned. */
  readonly #sincePrune = new Map<string, number>();
  readonly #pruning = new Set<string>();
  readonly #startupPrune: NodeJS.Timeout | undefined;
  /** Events deleted by pruning so far (this instance). */
  pruned = 0;

  /** Streams closed because their client did not keep up (they resume with Last-Event-ID). */
  get slowClosed(): number {
    return this.#writes.slowClosed;
  }

  constructor(
    db: Database,
    options: { maxBuffered?: number; limits?: Limits; keepEvents?: number; logger?: Logger } = {},
  ) {
    this.#db = db;
    this.#limits = options.limits;
    this.#logger = options.logger;
    this.#writes = new BatchedWrites(options.maxBuffered ?? 1_048_576);
    this.#keepEvents = options.keepEvents ?? 0;
    db.onChange((change) => {
      if (change.responses) this.#hintResponses(change.sessionId);
      else if (change.release) this.#publish(change.sessionId, { release: true });
      else if (change.note) this.#publish(change.sessionId, { note: change.note });
      else if (change.session) void this.#publishSession(change.sessionId);
      else {
        this.#publish(change.sessionId, { event: change.event });
        this.#counted(change.sessionId);
      }
    });
    this.#heartbeat = setInterval(() => {
      for (const res of this.#streams) this.#writes.write(res, KEEP_ALIVE);
    }, 20_000);
    this.#heartbeat.unref();
    if (this.#keepEvents) {
      // Sessions that grew past the limit before this instance started (or before pruning existed).
      this.#startupPrune = setTimeout(() => {
        void db
          .sessionsOverEvents(this.#keepEvents)
          .then(async (sessions) => {
            for (const sid of sessions) await this.prune(sid);
          })
          .catch(() => undefined);
      }, 1000);
      this.#startupPrune.unref();
    }
  }

  /** Prunes a session once a tenth of its allowance more has been stored since the last time. */
  #counted(sessionId: string): void {
    if (!this.#keepEvents) return;
    const n = (this.#sincePrune.get(sessionId) ?? 0) + 1;
    this.#sincePrune.set(sessionId, n);
    if (n >= Math.max(10, Math.ceil(this.#keepEvents / 10))) void this.prune(sessionId);
  }

  /** Deletes the session's events older than the last `keepEvents` (one pruning at a time per session). */
  async prune(sessionId: string): Promise<number> {
    if (!this.#keepEvents || this.#pruning.has(sessionId)) return 0;
    this.#pruning.add(sessionId);
    this.#sincePrune.delete(sessionId);
    try {
      const removed = await this.#db.pruneEvents(sessionId, this.#keepEvents);
      this.pruned += removed;
      if (removed) this.#logger?.info('events-pruned', { removed, kept: this.#keepEvents });
      return removed;
    } catch {
      return 0; // tried again after the next batch of events
    } finally {
      this.#pruning.delete(sessionId);
    }
  }

  /** An event as SSE bytes for an audience (null: nothing to send), made once per event and audience. */
  #frame(e: StoredEvent, audience: Audience): Buffer | null {
    let frames = this.#frames.get(e);
    if (!frames) this.#frames.set(e, (frames = {}));
    let frame = frames[audience];
    if (frame === undefined) {
      const data = toStoreEvent(e, audience);
      frame = data
        ? Buffer.from(`id: ${e.id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`)
        : null;
      frames[audience] = frame;
    }
    return frame;
  }

  get streams(): number {
    return this.#streams.size;
  }

  #hintResponses(sessionId: string): void {
    if (this.#responseHints.has(sessionId)) return;
    this.#publish(sessionId, { responses: true });
    const t = setTimeout(() => this.#responseHints.delete(sessionId), 1000);
    t.unref();
    this.#responseHints.set(sessionId, t);
  }

  /** The session as it now stands, to everyone following it (read once for all of them). */
  async #publishSession(sessionId: string): Promise<void> {
    if (!this.#subs.has(sessionId)) return;
    const session = await this.#db.getSession(sessionId).catch(() => undefined);
    if (session) this.#publish(sessionId, { session });
  }

  /**
   * A TRIZ note added, changed (`now`, with how it stood `before`) or deleted (`before` only), to
   * everyone following the session on this instance. Public streams hear only of visible notes:
   * a note no longer visible is taken down, one never visible is not mentioned.
   */
  publishNote(sessionId: string, note: { now?: TrizNote; before?: TrizNote }): void {
    this.#publish(sessionId, { note });
  }

  #publish(sessionId: string, change: Change): void {
    for (const sub of [...(this.#subs.get(sessionId) ?? [])]) sub(change);
  }

  subscribe(sessionId: string, sub: Subscriber): () => void {
    let set = this.#subs.get(sessionId);
    if (!set) this.#subs.set(sessionId, (set = new Set()));
    set.add(sub);
    return () => {
      set.delete(sub);
      if (!set.size) this.#subs.delete(sessionId);
    };
  }

  /**
   * The session's posts as they stand, as commitment events, for a client behind the pruning
   * horizon: the visible wall for the public; every post, whatever its status, for a moderator,
   * whose console would otherwise never hear of the posts held for review or hidden meanwhile.
   */
  async *#wall(sessionId: string, audience: Audience): AsyncGenerator<StoreEvent[]> {
    const statuses: CommitmentStatus[] =
      audience === 'admin' ? ['pending', 'visible', 'hidden'] : ['visible'];
    let cursor: CommitmentCursor | null = null;
    for (;;) {
      const page: Commitment[] = await this.#db.listCommitments(sessionId, {
        statuses,
        cursor,
        limit: 500,
      });
      yield page.reverse().map((commitment) => ({ type: 'commitment', sessionId, commitment }) as const);
      if (page.length < 500) return;
      const last = page[0]!;
      cursor = { createdAt: last.createdAt, id: last.id };
    }
  }

  /**
   * Opens an SSE stream: replays events after `lastId`, then sends new ones as they happen.
   * Counted against the limits while open; a refusal is thrown before anything is written.
   */
  async stream(
    req: IncomingMessage,
    res: ServerResponse,
    options: {
      sessionId: string;
      audience: Audience;
      lastId: number | null;
      client: string;
      headers: Record<string, string>;
    },
  ): Promise<void> {
    const { sessionId, audience } = options;
    let release = () => {};
    if (this.#limits) {
      let gone = false;
      const left = () => (gone = true);
      res.once('close', left);
      const url = new URL(req.url ?? '/', 'http://collector.invalid');
      try {
        release = await this.#limits.openStream(req, url, options.client, sessionId, options.headers, {
          admin: audience === 'admin',
        });
      } finally {
        res.off('close', left);
      }
      // The client may have gone while the stream was being counted.
      if (gone || res.destroyed) {
        release();
        return;
      }
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      ...options.headers,
    });
    res.write('retry: 3000\n\n');
    this.#streams.add(res);
    let catchingUp = true;
    const buffered: StoredEvent[] = [];
    let sent = 0;
    const send = (e: StoredEvent, force = false) => {
      if (e.id <= sent) return;
      sent = e.id;
      const text = this.#frame(e, audience);
      if (!text) return;
      if (force) {
        if (!res.destroyed && !res.writableEnded) res.write(text);
      } else this.#writes.write(res, text);
    };
    const unsubscribe = this.subscribe(sessionId, (change) => {
      if (change.release || (change.responses && audience === 'admin')) {
        // Public streams hear of new releases of the summary only, never of single responses.
        this.#writes.write(
          res,
          `event: responses\ndata: ${JSON.stringify({ type: 'responses', sessionId })}\n\n`,
        );
      } else if (change.responses) {
        return;
      } else if (change.session) {
        const data = { type: 'session', sessionId, session: change.session };
        this.#writes.write(res, `event: session\ndata: ${JSON.stringify(data)}\n\n`);
      } else if (change.note) {
        const text = noteFrame(sessionId, change.note, audience);
        if (text) this.#writes.write(res, text);
      } else if (change.event) {
        if (!catchingUp) send(change.event);
        else if (buffered.push(change.event) > 10_000) res.destroy(); // resumes from its last id
      }
    });
    let closed = false;
    const done = () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      this.#streams.delete(res);
      release();
    };
    req.on('close', done);
    res.on('close', done);
    /** Waits while the client has a full buffer to read (catching up never closes a stream). */
    const drained = async () => {
      if (res.writableLength > this.#writes.maxBuffered / 2 && !res.destroyed)
        await Promise.race([once(res, 'drain'), once(res, 'close')]);
    };
    try {
      sent = options.lastId ?? (await this.#db.lastEventId(sessionId));
      // Tell a fresh client where it stands, so its reconnect resumes from here.
      const fresh = options.lastId === null;
      if (fresh) res.write(`id: ${sent}\nevent: ready\ndata: {}\n\n`);
      // Where the session stands (its stage, open or closed), so a client that was away when it
      // changed learns it now: a change is otherwise only told as it happens.
      const session = await this.#db.getSession(sessionId);
      if (session)
        res.write(`event: session\ndata: ${JSON.stringify({ type: 'session', sessionId, session })}\n\n`);
      if (!fresh) {
        const horizon = await this.#db.eventHorizon(sessionId);
        if (sent < horizon) {
          // What it missed was pruned: the wall as it stands, then the events kept after it.
          for await (const page of this.#wall(sessionId, audience)) {
            for (const event of page) res.write(`event: commitment\ndata: ${JSON.stringify(event)}\n\n`);
            await drained();
          }
          sent = horizon;
        }
      }
      for (;;) {
        const page = await this.#db.eventsAfter(sessionId, sent, 200);
        for (const e of page) send(e, true);
        if (page.length < 200 || res.destroyed) break;
        await drained();
      }
    } catch {
      res.end();
      return;
    }
    catchingUp = false;
    for (const e of buffered.splice(0)) send(e);
  }

  /** The polling form: events after `after`, as JSON. */
  async poll(sessionId: string, after: number | null, audience: Audience) {
    const events: { seq: number; event: StoreEvent }[] = [];
    let from = after;
    if (after !== null) {
      const horizon = await this.#db.eventHorizon(sessionId);
      if (after < horizon) {
        // What it missed was pruned: the wall as it stands, then the events kept after it.
        for await (const page of this.#wall(sessionId, audience))
          for (const event of page) events.push({ seq: horizon, event });
        from = horizon;
      }
    }
    // Without `after`, a client only learns where the stream stands.
    const page = from === null ? [] : await this.#db.eventsAfter(sessionId, from, 500);
    const lastEventId = page.length
      ? page[page.length - 1]!.id
      : Math.max(from ?? 0, await this.#db.lastEventId(sessionId));
    for (const e of page) {
      const event = toStoreEvent(e, audience);
      if (event) events.push({ seq: e.id, event });
    }
    return {
      events,
      lastEventId,
      more: page.length === 500,
      // Public: the release number of the summary (it changes per release, not per response).
      responsesVersion:
        audience === 'admin'
          ? await this.#db.responsesVersion(sessionId)
          : ((await this.#db.getRelease(sessionId))?.seq ?? 0),
      // The session as it stands, so a polling client notices it closing or its prompt changing.
      session: await this.#db.getSession(sessionId),
    };
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    clearInterval(this.#heartbeat);
    clearTimeout(this.#startupPrune);
    this.#writes.close();
    for (const t of this.#responseHints.values()) clearTimeout(t);
    for (const res of this.#streams) res.end();
    this.#streams.clear();
  }
}
