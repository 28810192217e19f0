/**
 * Live updates: Server-Sent Events per session (resumable with Last-Event-ID) and the same
 * events as JSON for clients that poll. Public streams only ever carry visible commitments.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Session, StoreEvent } from '@netweave/model';
import type { Database, StoredEvent } from './db/types.js';

export type Audience = 'public' | 'admin';

/**
 * What a stored change means for an audience. Public: a visible commitment, or the removal of one
 * that was visible; nothing at all about posts that never reached the wall (not even their id,
 * so an author's own pending card is not taken down by the stream). Read back from history, an
 * event is shown as the commitment stands now: a post hidden since is only ever a removal, and
 * its text is never replayed.
 */
export function toStoreEvent(e: StoredEvent, audience: Audience): StoreEvent | null {
  if (audience === 'admin') return { type: 'commitment', sessionId: e.sessionId, commitment: e.commitment };
  const visibleThen = e.commitment.status === 'visible';
  const visibleNow = e.current === undefined ? visibleThen : e.current?.status === 'visible';
  if (visibleThen && visibleNow) {
    const commitment = e.current ? { ...e.commitment, text: e.current.text } : e.commitment;
    return { type: 'commitment', sessionId: e.sessionId, commitment };
  }
  if (visibleThen || e.previous === 'visible')
    return { type: 'commitment-removed', sessionId: e.sessionId, id: e.commitment.id };
  return null;
}

/**
 * `responses`: a response was stored (told to admin streams only); `release`: the public summary
 * has a new release (told to everyone, as the `responses` event old clients already refresh on).
 */
type Change = { event?: StoredEvent; responses?: true; release?: true; session?: Session };
type Subscriber = (change: Change) => void;

export class LiveHub {
  readonly #subs = new Map<string, Set<Subscriber>>();
  readonly #streams = new Set<ServerResponse>();
  readonly #perClient = new Map<string, number>();
  readonly #db: Database;
  readonly #heartbeat: NodeJS.Timeout;
  /** At most one `responses` hint per session per second. */
  readonly #responseHints = new Map<string, NodeJS.Timeout>();

  /** Bytes a stream may have waiting for a client that does not read; beyond it the stream is closed. */
  readonly #maxBuffered: number;
  /** Streams closed because their client did not keep up (they resume with Last-Event-ID). */
  slowClosed = 0;

  constructor(db: Database, options: { maxBuffered?: number } = {}) {
    this.#db = db;
    this.#maxBuffered = options.maxBuffered ?? 1_048_576;
    db.onChange((change) => {
      if (change.responses) this.#hintResponses(change.sessionId);
      else if (change.release) this.#publish(change.sessionId, { release: true });
      else if (change.session) void this.#publishSession(change.sessionId);
      else this.#publish(change.sessionId, { event: change.event });
    });
    this.#heartbeat = setInterval(() => {
      for (const res of this.#streams) this.#write(res, ': keep-alive\n\n');
    }, 20_000);
    this.#heartbeat.unref();
  }

  /**
   * Writes to a stream unless its client has stopped reading: once more than `maxBuffered` bytes
   * wait in memory for it, the stream is closed (the client's EventSource reconnects and resumes
   * from its Last-Event-ID, so nothing is lost), keeping memory bounded per stream.
   */
  #write(res: ServerResponse, text: string): void {
    if (res.destroyed || res.writableEnded) return;
    if (res.writableLength > this.#maxBuffered) {
      this.slowClosed += 1;
      res.destroy();
      return;
    }
    res.write(text);
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

  /** Whether a client may open another stream (a few per client, a ceiling overall). */
  canOpen(client: string): boolean {
    return this.#streams.size < 5000 && (this.#perClient.get(client) ?? 0) < 50;
  }

  /** Opens an SSE stream: replays events after `lastId`, then sends new ones as they happen. */
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
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      ...options.headers,
    });
    res.write('retry: 3000\n\n');
    this.#streams.add(res);
    this.#perClient.set(options.client, (this.#perClient.get(options.client) ?? 0) + 1);
    let sent = options.lastId ?? (await this.#db.lastEventId(sessionId));
    let catchingUp = true;
    const buffered: StoredEvent[] = [];
    const send = (e: StoredEvent) => {
      if (e.id <= sent) return;
      sent = e.id;
      const data = toStoreEvent(e, audience);
      if (!data) return;
      this.#write(res, `id: ${e.id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const unsubscribe = this.subscribe(sessionId, (change) => {
      if (change.release || (change.responses && audience === 'admin')) {
        // Public streams hear of new releases of the summary only, never of single responses.
        this.#write(res, `event: responses\ndata: ${JSON.stringify({ type: 'responses', sessionId })}\n\n`);
      } else if (change.responses) {
        return;
      } else if (change.session) {
        const data = { type: 'session', sessionId, session: change.session };
        this.#write(res, `event: session\ndata: ${JSON.stringify(data)}\n\n`);
      } else if (change.event) {
        if (!catchingUp) send(change.event);
        else if (buffered.push(change.event) > 10_000) res.destroy(); // resumes from its last id
      }
    });
    const done = () => {
      unsubscribe();
      this.#streams.delete(res);
      const n = (this.#perClient.get(options.client) ?? 1) - 1;
      if (n > 0) this.#perClient.set(options.client, n);
      else this.#perClient.delete(options.client);
    };
    req.on('close', done);
    // Tell a fresh client where it stands, so its reconnect resumes from here.
    if (options.lastId === null) res.write(`id: ${sent}\nevent: ready\ndata: {}\n\n`);
    try {
      for (;;) {
        const page = await this.#db.eventsAfter(sessionId, sent, 500);
        for (const e of page) send(e);
        if (page.length < 500 || res.destroyed) break;
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
    // Without `after`, a client only learns where the stream stands.
    const page = after === null ? [] : await this.#db.eventsAfter(sessionId, after, 500);
    const lastEventId = page.length
      ? page[page.length - 1]!.id
      : Math.max(after ?? 0, await this.#db.lastEventId(sessionId));
    return {
      events: page.flatMap((e) => {
        const event = toStoreEvent(e, audience);
        return event ? [{ seq: e.id, event }] : [];
      }),
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
    for (const t of this.#responseHints.values()) clearTimeout(t);
    for (const res of this.#streams) res.end();
    this.#streams.clear();
  }
}
