/**
 * `HttpStore`: the store interface against a netweave collector (`/v1`). Submissions that cannot
 * be sent wait in a queue kept on this device and are retried with exponential backoff; live
 * updates come by Server-Sent Events (resumed with Last-Event-ID), or by polling when
 * EventSource is missing or keeps failing. Drafts stay on this device (a LocalStore).
 */
import type {
  AssessmentResponse,
  Commitment,
  CommitmentStatus,
  FrequencySummary,
  NewCommitment,
  Session,
} from '../model/types.js';
import { compareCommitments, LocalStore } from './local-store.js';
import {
  StoreError,
  type CommitmentPage,
  type ResponseStore,
  type SavedDraft,
  type StorageStatus,
  type StoreEvent,
  type StoreListener,
  type SubmitResult,
  type SummaryOptions,
} from './types.js';

export interface HttpStoreOptions {
  /** fetch to use (tests); default the global one. */
  fetch?: typeof fetch;
  /** EventSource to use; `null` polls instead. Default: the global one when there is one. */
  EventSource?: typeof EventSource | null;
  /** Where drafts and the offline queue are kept (default: a LocalStore namespaced `netweave`). */
  local?: LocalStore;
  /** Facilitators only: enables `moderate`. */
  adminToken?: string;
  /** Milliseconds between polls (default 10 s). */
  pollInterval?: number;
  /** First retry delay in ms, doubled on each failure up to `retryMax` (defaults 1 s, 60 s). */
  retryBase?: number;
  retryMax?: number;
}

interface Queued {
  readonly path: string;
  readonly body: unknown;
}

interface Channel {
  readonly listeners: Set<StoreListener>;
  lastId: string | null;
  /**
   * Settles once the collector has said where the session's changes stand (the stream's `ready`,
   * or a poll, also when the stream fails before saying so), or a poll failed, or after a few
   * seconds. Listing and the summary wait
   * for it, so a change made between reading them and the stream starting is not missed.
   */
  readonly started: Promise<void>;
  markStarted: () => void;
  source?: EventSource;
  timer?: ReturnType<typeof setTimeout>;
  failures: number;
  version?: number;
  /** The session as the last poll saw it (JSON), to notice it change. */
  session?: string;
}

/** How long listing waits at most for a new subscription to learn where the session stands. */
const STARTED_WAIT = 5000;
/** After a stream fails before its first event and one poll, how soon to stream again (ms). */
const RESTREAM_AFTER = 1000;

/** A network failure or a status worth retrying (timeouts, rate limits, server trouble). */
class Transient extends Error {}

export class HttpStore implements ResponseStore {
  readonly acceptsSubmissions = true;
  readonly endpoint: string;
  readonly #fetch: typeof fetch;
  readonly #ES: typeof EventSource | null;
  readonly #local: LocalStore;
  readonly #options: HttpStoreOptions;
  readonly #channels = new Map<string, Channel>();
  readonly #queueKey: string;
  #queue: Queued[] | undefined;
  #attempts = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;
  #closed = false;

  constructor(endpoint: string, options: HttpStoreOptions = {}) {
    this.endpoint = endpoint.replace(/\/+$/, '');
    this.#options = options;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#ES = options.EventSource === undefined ? (globalThis.EventSource ?? null) : options.EventSource;
    this.#local = options.local ?? new LocalStore();
    this.#queueKey = `queue:${this.endpoint}`;
    globalThis.addEventListener?.('online', () => void this.flush());
    void this.#load().then((q) => {
      if (q.length) void this.flush();
    });
  }

  get status(): StorageStatus {
    return this.#local.status;
  }

  loadDraft<T>(key: string): Promise<SavedDraft<T> | undefined> {
    return this.#local.loadDraft<T>(key);
  }
  saveDraft<T>(key: string, value: T): Promise<void> {
    return this.#local.saveDraft(key, value);
  }
  clearDraft(key: string): Promise<void> {
    return this.#local.clearDraft(key);
  }

  // ---- requests ----------------------------------------------------------------------------

  async #request<T>(method: string, path: string, body?: unknown, admin = false): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (admin && this.#options.adminToken) headers.authorization = `Bearer ${this.#options.adminToken}`;
    let res: Response;
    try {
      // A request that hangs (a half-open connection) must not stall the queue or the polling.
      const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(30_000) : null;
      res = await this.#fetch(this.endpoint + path, {
        method,
        headers,
        signal,
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new Transient('network');
    }
    if (res.status === 408 || res.status === 429 || res.status >= 500)
      throw new Transient(String(res.status));
    const data = (await res.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string; issues?: unknown };
    };
    if (!res.ok) {
      throw new StoreError(data.error?.message ?? `The collector refused the request (${res.status}).`, {
        status: res.status,
        code: data.error?.code ?? 'error',
        details: data.error?.issues,
      });
    }
    return data as T;
  }

  /** Requests that are not queued: a network failure becomes a StoreError (status 0). */
  async #call<T>(method: string, path: string, body?: unknown, admin = false): Promise<T> {
    try {
      return await this.#request<T>(method, path, body, admin);
    } catch (error) {
      if (error instanceof Transient)
        throw new StoreError('The collector could not be reached. Try again in a moment.', {
          code: 'offline',
        });
      throw error;
    }
  }

  #session(id: string): string {
    return `/v1/sessions/${encodeURIComponent(id)}`;
  }

  // ---- the offline queue -------------------------------------------------------------------

  async #load(): Promise<Queued[]> {
    this.#queue ??= (await this.#local.loadDraft<Queued[]>(this.#queueKey))?.value ?? [];
    return this.#queue;
  }

  async #save(): Promise<void> {
    const queue = await this.#load();
    await this.#local.saveDraft(this.#queueKey, queue);
    this.#broadcast({ type: 'queue', pending: queue.length });
  }

  /** Sends a submission now, or keeps it on this device to retry. */
  async #submit<T>(path: string, body: unknown): Promise<T | undefined> {
    const queue = await this.#load();
    if (!queue.length) {
      try {
        return await this.#request<T>('POST', path, body);
      } catch (error) {
        if (!(error instanceof Transient)) throw error;
      }
    }
    queue.push({ path, body });
    await this.#save();
    this.#schedule();
    return undefined;
  }

  #schedule(): void {
    if (this.#retry || this.#closed) return;
    const base = this.#options.retryBase ?? 1000;
    const delay =
      Math.min(this.#options.retryMax ?? 60_000, base * 2 ** this.#attempts) * (0.5 + Math.random() / 2);
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      void this.flush();
    }, delay);
  }

  /** Sends what is waiting, oldest first; stops at the first failure and retries later. */
  flush(): Promise<void> {
    this.#flushing ??= (async () => {
      const queue = await this.#load();
      while (queue.length) {
        try {
          await this.#request('POST', queue[0]!.path, queue[0]!.body);
        } catch (error) {
          if (error instanceof Transient) {
            this.#attempts += 1;
            this.#schedule();
            return;
          }
          // Refused for good (closed session, invalid): retrying cannot help.
          console.warn('netweave: a queued submission was refused', error);
        }
        queue.shift();
        this.#attempts = 0;
        await this.#save();
      }
    })().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async pendingCount(): Promise<number> {
    return (await this.#load()).length;
  }

  // ---- the API -----------------------------------------------------------------------------

  async submitResponse(response: AssessmentResponse): Promise<SubmitResult> {
    const sent = await this.#submit(`${this.#session(response.sessionId)}/responses`, response);
    return { id: response.id, state: sent ? 'sent' : 'queued' };
  }

  async getSummary(sessionId: string, options: SummaryOptions = {}): Promise<FrequencySummary> {
    // As for lists: read once a live subscription hears new responses, so none falls between.
    await this.#channels.get(sessionId)?.started;
    const q = options.threshold === undefined ? '' : `?threshold=${options.threshold}`;
    return this.#call('GET', `${this.#session(sessionId)}/summary${q}`);
  }

  async getSession(sessionId: string): Promise<Session | undefined> {
    try {
      return await this.#call<Session>('GET', this.#session(sessionId));
    } catch (error) {
      if (error instanceof StoreError && error.status === 404) return undefined;
      throw error;
    }
  }

  async addCommitment(input: NewCommitment): Promise<Commitment> {
    const body = { ...input, createdAt: input.createdAt ?? new Date().toISOString() };
    const stored = await this.#submit<Commitment>(`${this.#session(input.sessionId)}/commitments`, body);
    const commitment: Commitment = stored ?? {
      ...body,
      column: input.column ?? 'commitments',
      sector: input.sector ?? null,
      status: 'pending',
      reactions: 0,
    };
    if (commitment.status === 'pending') {
      // The author keeps seeing their own post while it waits for a moderator (not others).
      const own = await this.#own(input.sessionId);
      await this.#local.saveDraft(`own:${this.endpoint}:${input.sessionId}`, [...own, commitment].slice(-50));
    }
    return commitment;
  }

  /** This device's own posts still waiting for review (kept a day at most). */
  async #own(sessionId: string): Promise<Commitment[]> {
    const saved = await this.#local.loadDraft<Commitment[]>(`own:${this.endpoint}:${sessionId}`);
    const since = new Date(Date.now() - 86_400_000).toISOString();
    return (saved?.value ?? []).filter((c) => c.createdAt > since);
  }

  async listCommitments(
    sessionId: string,
    options: { cursor?: string | null; limit?: number } = {},
  ): Promise<CommitmentPage> {
    if (!options.cursor) await this.#channels.get(sessionId)?.started;
    const q = new URLSearchParams();
    if (options.cursor) q.set('cursor', options.cursor);
    if (options.limit) q.set('limit', String(Math.min(options.limit, 200)));
    const page = await this.#call<CommitmentPage>(
      'GET',
      `${this.#session(sessionId)}/commitments${q.size ? `?${q}` : ''}`,
    );
    if (options.cursor) return page;
    const shown = new Set(page.items.map((c) => c.id));
    const own = await this.#own(sessionId);
    const waiting = own.filter((c) => !shown.has(c.id));
    if (waiting.length !== own.length) {
      await this.#local.saveDraft(`own:${this.endpoint}:${sessionId}`, waiting);
    }
    return waiting.length ? { ...page, items: [...waiting, ...page.items].sort(compareCommitments) } : page;
  }

  react(sessionId: string, commitmentId: string): Promise<Commitment> {
    return this.#call(
      'POST',
      `${this.#session(sessionId)}/commitments/${encodeURIComponent(commitmentId)}/reactions`,
    );
  }

  moveCommitment(sessionId: string, commitmentId: string, column: string): Promise<Commitment> {
    return this.#call(
      'PATCH',
      `${this.#session(sessionId)}/commitments/${encodeURIComponent(commitmentId)}`,
      { column },
    );
  }

  moderate(sessionId: string, commitmentId: string, status: CommitmentStatus): Promise<Commitment> {
    const path = `/v1/admin/sessions/${encodeURIComponent(sessionId)}/commitments/${encodeURIComponent(commitmentId)}/moderation`;
    return this.#call('POST', path, { status }, true);
  }

  // ---- live updates ------------------------------------------------------------------------

  subscribe(sessionId: string, listener: StoreListener): () => void {
    let channel = this.#channels.get(sessionId);
    if (!channel) {
      let markStarted!: () => void;
      const started = new Promise<void>((resolve) => (markStarted = resolve));
      channel = { listeners: new Set(), lastId: null, failures: 0, started, markStarted };
      const timer = setTimeout(markStarted, STARTED_WAIT);
      void started.then(() => clearTimeout(timer));
      this.#channels.set(sessionId, channel);
      channel.listeners.add(listener);
      this.#connect(sessionId, channel);
    } else channel.listeners.add(listener);
    return () => {
      channel.listeners.delete(listener);
      if (channel.listeners.size) return;
      this.#stop(channel);
      this.#channels.delete(sessionId);
    };
  }

  /** Stops live updates and retries for good (tests, pages that go away). */
  close(): void {
    this.#closed = true;
    for (const channel of this.#channels.values()) this.#stop(channel);
    this.#channels.clear();
    clearTimeout(this.#retry);
    this.#retry = undefined;
  }

  #stop(channel: Channel): void {
    channel.markStarted();
    channel.source?.close();
    channel.source = undefined;
    clearTimeout(channel.timer);
  }

  #emit(channel: Channel, event: StoreEvent): void {
    for (const listener of [...channel.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('netweave: a store listener failed', error);
      }
    }
  }

  #broadcast(event: StoreEvent): void {
    for (const channel of this.#channels.values()) this.#emit(channel, event);
  }

  #connection(channel: Channel, state: 'live' | 'reconnecting' | 'polling' | 'offline'): void {
    this.#emit(channel, { type: 'connection', state });
  }

  #connect(sessionId: string, channel: Channel): void {
    if (!this.#ES || channel.failures >= 3) {
      this.#poll(sessionId, channel);
      return;
    }
    const resume = channel.lastId === null ? '' : `?lastEventId=${encodeURIComponent(channel.lastId)}`;
    const source = new this.#ES(`${this.endpoint}${this.#session(sessionId)}/events${resume}`);
    channel.source = source;
    const take = (e: Event) => {
      const message = e as MessageEvent<string>;
      if (message.lastEventId) channel.lastId = message.lastEventId;
      channel.failures = 0;
      if (e.type === 'ready') return channel.markStarted();
      try {
        this.#emit(channel, JSON.parse(message.data) as StoreEvent);
      } catch {
        /* not ours */
      }
    };
    for (const type of ['ready', 'commitment', 'commitment-removed', 'responses', 'session'])
      source.addEventListener(type, take);
    source.addEventListener('open', () => {
      // A resumed stream sends no `ready`: it already knows where it stands.
      if (channel.lastId !== null) channel.markStarted();
      this.#connection(channel, 'live');
    });
    source.addEventListener('error', () => {
      channel.failures += 1;
      if (channel.lastId === null) {
        // Nothing heard yet, so the browser's own retry would start from "now", after the list
        // was read: learn where the session stands with one poll, then stream again from there.
        source.close();
        channel.source = undefined;
        this.#connection(channel, 'reconnecting');
        this.#poll(sessionId, channel, RESTREAM_AFTER);
        return;
      }
      if (source.readyState !== 2 && channel.failures < 3) {
        this.#connection(channel, 'reconnecting');
        return;
      }
      // The browser gave up, or the stream keeps failing: poll, and try the stream again later.
      source.close();
      channel.source = undefined;
      this.#poll(sessionId, channel);
    });
  }

  /** Polls for changes; `streamAfter`: after the first poll, try the stream again this soon. */
  #poll(sessionId: string, channel: Channel, streamAfter?: number): void {
    const interval = this.#options.pollInterval ?? 10_000;
    const tick = async (): Promise<void> => {
      let delay = streamAfter ?? interval;
      streamAfter = undefined;
      try {
        const after = channel.lastId === null ? '' : `?after=${encodeURIComponent(channel.lastId)}`;
        const page = await this.#request<{
          events: { seq: number; event: StoreEvent }[];
          lastEventId: number;
          more: boolean;
          responsesVersion: number;
          session?: Session;
        }>('GET', `${this.#session(sessionId)}/events${after}`);
        if (!channel.listeners.size) return;
        this.#connection(channel, 'polling');
        for (const { event } of page.events) this.#emit(channel, event);
        channel.lastId = String(page.lastEventId);
        channel.markStarted();
        if (channel.version !== undefined && channel.version !== page.responsesVersion) {
          this.#emit(channel, { type: 'responses', sessionId });
        }
        channel.version = page.responsesVersion;
        // The session as it stands: passed on when it changed since the last poll.
        const session = page.session ? JSON.stringify(page.session) : undefined;
        if (session && channel.session !== undefined && channel.session !== session)
          this.#emit(channel, { type: 'session', sessionId, session: page.session! });
        channel.session = session;
        if (page.more) delay = 0;
      } catch {
        channel.markStarted();
        this.#connection(channel, 'offline');
        delay = Math.min(interval * 6, 60_000);
      }
      if (!channel.listeners.size) return;
      // Every few minutes, see whether the live stream works again.
      if (this.#ES && channel.failures >= 3 && Math.random() < 0.1) channel.failures = 0;
      channel.timer = setTimeout(
        () => (channel.failures < 3 && this.#ES ? this.#connect(sessionId, channel) : void tick()),
        delay,
      );
    };
    void tick();
  }
}
