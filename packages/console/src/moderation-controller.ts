/**
 * One session's posts, live: every post read once (all statuses), then the admin event stream
 * (Server-Sent Events, resumed from where the list was read, so nothing that arrives meanwhile is
 * missed), or polling when the stream cannot be used, as the collector's earlier moderation page
 * did. Updates can be paused (WCAG 2.2.2): what arrives meanwhile waits and is shown on resume.
 */
import type { Commitment, CommitmentStatus, Session, TrizNote } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type CollectorApi } from './api.js';
import type { NoteEvent } from './notes-controller.js';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'polling' | 'offline';

export interface ModerationCallbacks {
  /** New posts waiting for review arrived (a count; the element says it once things settle). */
  arrived(count: number): void;
  /** The session changed (closed, reopened, renamed), as it now stands. */
  session(session: Session): void;
  /** A response was stored, or a post changed: the session's counts may have changed. */
  changed(): void;
  /** The collector no longer takes the admin cookie. */
  refused(error: ApiError): void;
  /** A TRIZ note added, changed or removed (the admin stream's `note`, `note-removed`). */
  note?(event: NoteEvent): void;
  /**
   * The stream (re)opened, or a poll answered: what the stream does not replay (TRIZ notes)
   * should be read again.
   */
  opened?(): void;
  /** Updates resumed after a pause. */
  resumed?(): void;
}

interface StoreEventLike {
  type: string;
  commitment?: Commitment;
  session?: Session;
  note?: TrizNote;
  id?: string;
}

/** Milliseconds between polls, and how many polls before the stream is tried again. */
const POLL_MS = 5000;
const POLLS_BEFORE_STREAM = 12;
/** The first wait after a poll that could not reach the collector (ms), doubled at each miss. */
const MISSED_FIRST_WAIT = 1000;

export class ModerationController implements ReactiveController {
  posts = new Map<string, Commitment>();
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: ApiError | undefined;
  connection: Connection = 'connecting';
  paused = false;
  /** Changes that arrived while paused, by post. */
  readonly waiting = new Map<string, Commitment>();
  session: string | undefined;

  private readonly _host: ReactiveControllerHost;
  private readonly _api: () => CollectorApi;
  private readonly _on: ModerationCallbacks;
  private readonly _pollMs: number;
  private _run = 0;
  private _lastId: number | null = null;
  private _source: EventSource | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _failures = 0;
  private _polls = 0;
  /** Polls in a row that could not reach the collector. */
  private _misses = 0;

  constructor(
    host: ReactiveControllerHost,
    api: () => CollectorApi,
    on: ModerationCallbacks,
    options: { pollMs?: number } = {},
  ) {
    this._host = host;
    this._api = api;
    this._on = on;
    this._pollMs = options.pollMs ?? POLL_MS;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.session && this.state === 'idle') void this.open(this.session, true);
  }

  hostDisconnected(): void {
    this._stop();
    this.state = 'idle';
  }

  /** Follows a session (again, with `force`): reads its posts, then listens for changes. */
  async open(session: string, force = false): Promise<void> {
    if (session === this.session && this.state !== 'idle' && this.state !== 'error' && !force) return;
    this._stop();
    const run = ++this._run;
    this.session = session;
    this.posts = new Map();
    this.waiting.clear();
    this.state = 'loading';
    this.connection = 'connecting';
    this.error = undefined;
    this._failures = 0;
    this._misses = 0;
    this._host.requestUpdate();
    const api = this._api();
    try {
      // Where the session's changes stand before the list is read: the stream starts from there,
      // so a post that arrives while the list loads is not missed (a replay is harmless).
      this._lastId = (await api.events(session, null)).lastEventId;
      const posts = await api.commitments(session);
      if (run !== this._run) return;
      this.posts = new Map(posts.map((c) => [c.id, c]));
      this.state = 'ready';
      this._connect(run);
    } catch (error) {
      if (run !== this._run) return;
      this.state = 'error';
      this.error = error instanceof ApiError ? error : new ApiError('network', 0);
      if (this.error.status === 401) this._on.refused(this.error);
    }
    this._host.requestUpdate();
  }

  /** Stops following the session. */
  close(): void {
    this._stop();
    this._run += 1;
    this.session = undefined;
    this.state = 'idle';
    this.posts = new Map();
    this.waiting.clear();
  }

  /** Pauses or resumes updates; on resume, what waited is shown and new waiting posts counted. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) {
      let fresh = 0;
      for (const c of this.waiting.values()) {
        if (!this.posts.has(c.id) && c.status === 'pending') fresh += 1;
        this.posts.set(c.id, c);
      }
      this.waiting.clear();
      if (fresh) this._on.arrived(fresh);
      this._on.changed();
      this._on.resumed?.();
    }
    this._host.requestUpdate();
  }

  /** Approves (`visible`), hides or restores a post, optionally with the moderator's wording. */
  async moderate(id: string, status: CommitmentStatus, text?: string): Promise<Commitment> {
    const session = this.session;
    if (!session) throw new ApiError('session-not-found', 404);
    try {
      const c = await this._api().moderate(session, id, status, text);
      if (session === this.session) {
        this.posts.set(c.id, c);
        this.waiting.delete(c.id);
        this._on.changed();
        this._host.requestUpdate();
      }
      return c;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this._on.refused(error);
      throw error;
    }
  }

  private _stop(): void {
    this._source?.close();
    this._source = undefined;
    clearTimeout(this._timer);
  }

  private _take(event: StoreEventLike): void {
    if (event.type === 'commitment' && event.commitment) {
      const c = event.commitment;
      if (this.paused) {
        this.waiting.set(c.id, c);
      } else {
        const before = this.posts.get(c.id);
        this.posts.set(c.id, c);
        if (!before && c.status === 'pending') this._on.arrived(1);
        this._on.changed();
      }
    } else if (event.type === 'session' && event.session) {
      this._on.session(event.session);
    } else if (event.type === 'responses') {
      this._on.changed();
    } else if (event.type === 'note' && event.note) {
      this._on.note?.({ type: 'note', note: event.note });
    } else if (event.type === 'note-removed' && event.id) {
      this._on.note?.({ type: 'note-removed', id: event.id });
    }
    this._host.requestUpdate();
  }

  private _setConnection(connection: Connection): void {
    if (this.connection === connection) return;
    this.connection = connection;
    this._host.requestUpdate();
  }

  private _connect(run: number): void {
    const ES = this._api().EventSource;
    const session = this.session!;
    if (!ES || this._failures >= 3) {
      this._poll(run);
      return;
    }
    const source = new ES(this._api().streamUrl(session, this._lastId));
    this._source = source;
    const take = (e: Event) => {
      if (run !== this._run) return;
      const message = e as MessageEvent<string>;
      if (message.lastEventId) this._lastId = Number(message.lastEventId);
      this._failures = 0;
      try {
        this._take(JSON.parse(message.data) as StoreEventLike);
      } catch {
        /* not an event of ours */
      }
    };
    for (const type of ['commitment', 'session', 'responses', 'note', 'note-removed'])
      source.addEventListener(type, take);
    source.addEventListener('open', () => {
      if (run !== this._run) return;
      this._setConnection('live');
      this._on.opened?.();
    });
    source.addEventListener('error', () => {
      if (run !== this._run) return;
      this._failures += 1;
      if (source.readyState !== 2 && this._failures < 3) {
        this._setConnection('reconnecting');
        return;
      }
      // The browser gave up (a refusal such as 401 or 429), or the stream keeps failing: poll.
      source.close();
      this._source = undefined;
      this._failures = 3;
      this._poll(run);
    });
  }

  private _poll(run: number): void {
    const tick = async (): Promise<void> => {
      if (run !== this._run) return;
      let delay = this._pollMs;
      let restream = false;
      try {
        const page = await this._api().events(this.session!, this._lastId);
        if (run !== this._run) return;
        // Answering again after it could not be reached (a restart): the stream most likely
        // failed for that, so stream again now.
        restream = this._misses > 0;
        this._misses = 0;
        this._setConnection('polling');
        for (const { event } of page.events) this._take(event);
        this._lastId = page.lastEventId;
        if (page.session) this._on.session(page.session);
        this._on.opened?.();
        if (page.more) delay = 0;
      } catch (error) {
        if (run !== this._run) return;
        if (error instanceof ApiError && error.status === 401) {
          this._on.refused(error);
          return;
        }
        this._setConnection('offline');
        // From a second, doubling, at most three polls' time: a restart takes seconds.
        this._misses += 1;
        delay = Math.min(this._pollMs * 3, MISSED_FIRST_WAIT * 2 ** (this._misses - 1));
      }
      this._polls += 1;
      if (this._api().EventSource && (restream || this._polls % POLLS_BEFORE_STREAM === 0)) {
        this._failures = 0;
        this._timer = setTimeout(() => this._connect(run), restream ? 0 : delay);
      } else this._timer = setTimeout(() => void tick(), delay);
    };
    void tick();
  }
}
