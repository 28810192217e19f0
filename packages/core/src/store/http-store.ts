/**
 * `HttpStore`: the store interface against a netweave collector (`/v1`). Submissions go through
 * the one outbox (outbox.ts): kept on this device until their outcome is known, retried with
 * exponential backoff when the collector cannot be reached, never retried when refused; live
 * updates come by Server-Sent Events (resumed with Last-Event-ID), or by polling when
 * EventSource is missing or keeps failing. Drafts stay on this device (a LocalStore). It also
 * keeps a session's TRIZ boards (`NotesStore`, see the collector's TRIZ.md): those calls are
 * made at once and never queued.
 *
 * It names the device it runs on (option `device`), so the collector can count writes per device
 * rather than per network address: 500 people on one venue's network share one address, and
 * the collector's per-device allowances apply only to devices that name themselves. The name is
 * sent as `X-Netweave-Device` on writes (POST, PUT, PATCH, DELETE; never with resume entries,
 * which stay anonymous) and as `device=` on the live
 * events address (EventSource cannot send headers), the polled one and the one that asks which
 * TRIZ group this device joined (`…/member`, an answer about this device alone), never on other
 * reads, so caches are not split. By default it is an anonymous id: random (128 bits from
 * `crypto.getRandomValues`), made once per browser profile and kept with the store's drafts and
 * outbox (the same in every tab and after a reload; in memory for the page's life where storage
 * is blocked). Nothing about the person, the browser or the device goes into it, and the store
 * never combines it with anything: it goes as it is, only to this collector, only as said above.
 * A netweave collector uses it to count writes, live streams and reactions per device. It is
 * the same for every session this profile takes part in, and clearing the site's data forgets
 * it. `device: false` sends none (the collector then counts this device by its address, and one
 * reaction per post counts for the whole address); widgets get the default through `getStore`,
 * which `setHttpStoreFactory` can change.
 */
import type {
  AssessmentResponse,
  Commitment,
  CommitmentStatus,
  FollowUp,
  FrequencySummary,
  NewCommitment,
  NewFollowUp,
  ResumeEnvelope,
  ResumeStore,
  Session,
} from '@netweave/model';
import { deviceId } from './device-id.js';
import { compareCommitments, LocalStore } from './local-store.js';
import { isSetupProblem } from '@netweave/model';
import { Outbox, Transient } from './outbox.js';
import {
  StoreError,
  type AddCommitmentOptions,
  type CommitmentPage,
  type NewNote,
  type NoteChange,
  type NotesStore,
  type ResponseStore,
  type SavedDraft,
  type StorageStatus,
  type StoreEvent,
  type StoreListener,
  type Submission,
  type SubmissionProblem,
  type SubmitResult,
  type SummaryOptions,
  type TrizNote,
} from '@netweave/model';

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
  /**
   * How this device is named to the collector (see the module comment): `false` names none; a
   * string (8 to 100 of A–Z a–z 0–9 . _ : -) is used as it is. Default: an anonymous random id
   * kept on this device (in `local`).
   */
  device?: string | false;
}

/** A device name the collector accepts (limits.ts); any other it ignores. */
const DEVICE = /^[A-Za-z0-9._:-]{8,100}$/;

/** An entry of the shared queue that earlier versions kept under one key (moved to the outbox). */
interface OldQueued {
  readonly path: string;
  readonly body: { id?: string; sessionId?: string };
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
  /** Polls in a row that could not reach the collector. */
  misses: number;
  version?: number;
  /** The session as the last poll saw it (JSON), to notice it change. */
  session?: string;
}

/** What `GET …/member` says about this device in a session. */
interface Member {
  readonly group?: string | null;
  readonly votes?: readonly string[];
}

/** How long one answer about this device's group and votes serves later asks (ms). */
const MEMBER_FRESH = 2000;

/** How long listing waits at most for a new subscription to learn where the session stands. */
const STARTED_WAIT = 5000;
/** After a stream fails before its first event and one poll, how soon to stream again (ms). */
const RESTREAM_AFTER = 1000;
/**
 * The first wait after a poll that could not reach the collector (ms), doubled at each miss up to
 * six poll intervals or a minute: a collector restarting takes seconds, and every phone in the
 * room is waiting for it.
 */
const UNREACHABLE_FIRST_WAIT = 1000;

export class HttpStore implements ResponseStore, NotesStore, ResumeStore {
  readonly acceptsSubmissions = true;
  readonly endpoint: string;
  readonly #fetch: typeof fetch;
  readonly #ES: typeof EventSource | null;
  readonly #local: LocalStore;
  readonly #options: HttpStoreOptions;
  readonly #channels = new Map<string, Channel>();
  readonly #outbox: Outbox;
  readonly #online = () => void this.flush();
  /** This device's name, made or read on first use (`null`: none is sent). */
  #device: string | null | undefined;
  /** Per session, the answer about this device's group and votes (`until`: Infinity in flight). */
  readonly #members = new Map<string, { until: number; readonly answer: Promise<Member> }>();

  constructor(endpoint: string, options: HttpStoreOptions = {}) {
    if (typeof options.device === 'string' && !DEVICE.test(options.device))
      throw new TypeError(
        `netweave: the device option must be 8 to 100 of A-Z a-z 0-9 . _ : - (or false), not "${options.device}".`,
      );
    this.endpoint = endpoint.replace(/\/+$/, '');
    this.#options = options;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#ES = options.EventSource === undefined ? (globalThis.EventSource ?? null) : options.EventSource;
    this.#local = options.local ?? new LocalStore();
    this.#outbox = new Outbox(this.#local, this.endpoint, (item) => this.#deliver(item), {
      ...(options.retryBase !== undefined ? { retryBase: options.retryBase } : {}),
      ...(options.retryMax !== undefined ? { retryMax: options.retryMax } : {}),
      onChange: (submission, pending) => {
        if (submission) this.#broadcast({ type: 'submission', submission });
        if (submission?.problem) this.#tellPartner(submission.problem);
        this.#broadcast({ type: 'queue', pending });
      },
    });
    globalThis.addEventListener?.('online', this.#online);
    // What an earlier page load left waiting is sent as soon as this one starts.
    void this.#adoptOldQueue()
      .then(() => this.#outbox.list())
      .then(() => {
        if (this.#outbox.pending()) void this.flush();
      });
  }

  readonly #told = new Set<string>();

  /** A set-up mistake is said once in the console, in words for whoever runs the page. */
  #tellPartner(problem: SubmissionProblem): void {
    if (!isSetupProblem(problem.code) || this.#told.has(problem.code)) return;
    this.#told.add(problem.code);
    console.error(`netweave: ${problem.message}`);
  }

  /** Moves what an earlier version queued under one shared key into the outbox (nothing lost). */
  async #adoptOldQueue(): Promise<void> {
    const key = `queue:${this.endpoint}`;
    const old = (await this.#local.loadDraft<OldQueued[]>(key))?.value;
    if (!Array.isArray(old) || !old.length) return;
    const now = new Date().toISOString();
    for (const entry of old) {
      const id = entry?.body?.id;
      const sessionId = entry?.body?.sessionId;
      if (typeof id !== 'string' || typeof sessionId !== 'string' || this.#outbox.get(id)) continue;
      const kind = entry.path.endsWith('/commitments') ? 'commitment' : 'response';
      const item: Submission = {
        id,
        kind,
        sessionId,
        body: entry.body as Submission['body'],
        state: 'queued',
        createdAt: now,
        updatedAt: now,
        attempts: 0,
      };
      await this.#local.saveDraft(`outbox:${this.endpoint}:${id}`, item);
    }
    await this.#local.clearDraft(key);
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

  #deviceName(): string | null {
    this.#device ??=
      this.#options.device === false ? null : (this.#options.device ?? deviceId(this.#local, this.endpoint));
    return this.#device;
  }

  /** The query of the events address: where to resume from, and this device's name. */
  #eventsQuery(resume: 'lastEventId' | 'after', lastId: string | null): string {
    const q = new URLSearchParams();
    if (lastId !== null) q.set(resume, lastId);
    const device = this.#deviceName();
    if (device) q.set('device', device);
    return q.size ? `?${q}` : '';
  }

  async #request<T>(
    method: string,
    path: string,
    body?: unknown,
    admin = false,
    named = method !== 'GET',
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (admin && this.#options.adminToken) headers.authorization = `Bearer ${this.#options.adminToken}`;
    // Writes only: a header on reads would split what caches keep.
    const device = named ? this.#deviceName() : null;
    if (device) headers['x-netweave-device'] = device;
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
      throw new Transient(await this.#unreachable());
    }
    const data = (await res.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string; issues?: unknown } } | undefined;
    const problem: SubmissionProblem = {
      code: data?.error?.code ?? (res.ok ? 'ok' : data ? 'error' : 'not-a-collector'),
      status: res.status,
      message:
        data?.error?.message ??
        (data
          ? `The collector refused the request (${res.status}).`
          : `${this.endpoint} answered ${res.status} with something other than a netweave collector's answer. Check the endpoint address.`),
    };
    if (res.status === 408 || res.status === 429 || res.status >= 500) {
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new Transient(
        {
          ...problem,
          code:
            problem.code === 'error' || problem.code === 'not-a-collector'
              ? res.status === 429
                ? 'rate-limited'
                : 'server-error'
              : problem.code,
        },
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      );
    }
    // A page origin the collector does not allow (yet): a set-up mistake the partner can fix,
    // so what waits is kept and retried rather than refused for good.
    if (problem.code === 'origin-not-allowed') throw new Transient(problem);
    if (!res.ok) {
      throw new StoreError(problem.message, {
        status: res.status,
        code: problem.code,
        details: data?.error?.issues,
      });
    }
    return (data ?? {}) as T;
  }

  /**
   * Why a request got no answer it could read. When this device is online and the collector
   * answers a request the browser may not read (no-cors), the collector is there but does not
   * allow this page's origin (CORS): a set-up mistake, not "offline".
   */
  async #unreachable(): Promise<SubmissionProblem> {
    const offline: SubmissionProblem = {
      code: 'offline',
      status: 0,
      message: `The collector at ${this.endpoint} could not be reached.`,
    };
    if (globalThis.navigator?.onLine === false || typeof globalThis.location === 'undefined') return offline;
    try {
      await this.#fetch(`${this.endpoint}/health`, {
        mode: 'no-cors',
        cache: 'no-store',
        signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(5000) : null,
      });
    } catch {
      return offline;
    }
    return {
      code: 'origin-not-allowed',
      status: 0,
      message: `The collector at ${this.endpoint} answers, but does not allow this page's origin (${globalThis.location.origin}). Its operator must add it with --allow-origin.`,
    };
  }

  /** Requests that are not queued: a network failure becomes a StoreError (status 0). */
  async #call<T>(method: string, path: string, body?: unknown, admin = false): Promise<T> {
    try {
      return await this.#request<T>(method, path, body, admin);
    } catch (error) {
      if (error instanceof Transient)
        throw new StoreError(error.problem.message, {
          code: error.problem.code,
          status: error.problem.status,
        });
      throw error;
    }
  }

  #session(id: string): string {
    return `/v1/sessions/${encodeURIComponent(id)}`;
  }

  // ---- the outbox --------------------------------------------------------------------------

  #deliver(item: Submission): Promise<{ status?: CommitmentStatus } | undefined> {
    const session = this.#session(item.sessionId);
    if (item.kind === 'follow-up') {
      const path = `${session}/commitments/${encodeURIComponent((item.body as NewFollowUp).commitmentId)}/follow-ups`;
      return this.#request<{ followUp?: FollowUp }>('POST', path, item.body).then((r) => r.followUp);
    }
    const path = `${session}/${item.kind === 'commitment' ? 'commitments' : 'responses'}`;
    return item.kind === 'commitment'
      ? this.#request<Commitment>('POST', path, item.body)
      : this.#request('POST', path, item.body).then(() => undefined);
  }

  /** Sends what waits on this device now (it is also retried on its own, and when back online). */
  flush(): Promise<void> {
    return this.#outbox.flush();
  }

  async pendingCount(): Promise<number> {
    await this.#outbox.list();
    return this.#outbox.pending();
  }

  async submissions(sessionId?: string): Promise<Submission[]> {
    return this.#outbox.list(sessionId);
  }

  dismissSubmission(id: string): Promise<void> {
    return this.#outbox.dismiss(id);
  }

  // ---- the API -----------------------------------------------------------------------------

  async submitResponse(response: AssessmentResponse): Promise<SubmitResult> {
    return settled(await this.#outbox.submit('response', response.sessionId, response.id, response));
  }

  async submitCommitment(input: NewCommitment, _options?: AddCommitmentOptions): Promise<SubmitResult> {
    const body = { ...input, createdAt: input.createdAt ?? new Date().toISOString() };
    return settled(await this.#outbox.submit('commitment', input.sessionId, input.id, body));
  }

  /**
   * Sends a commitment's follow-up through the outbox (the device is named, so the collector can
   * tell its author): `sent`, `pending-review` (its note held), or `queued` when the collector
   * cannot be reached; rejects with the collector's refusal (`commitment-not-found`,
   * `not-your-commitment`, `session-deleted`, `invalid`…), kept in the outbox as `refused`.
   */
  async submitFollowUp(followUp: NewFollowUp): Promise<SubmitResult> {
    return settled(await this.#outbox.submit('follow-up', followUp.sessionId, followUp.id, followUp));
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

  /** Stores a commitment now, or rejects (StoreError `offline` when the collector cannot be reached). */
  async addCommitment(input: NewCommitment): Promise<Commitment> {
    const body = { ...input, createdAt: input.createdAt ?? new Date().toISOString() };
    const commitment = await this.#call<Commitment>(
      'POST',
      `${this.#session(input.sessionId)}/commitments`,
      body,
    );
    // Held for a moderator: its author keeps seeing it (here and after a reload), nobody else does.
    if (commitment.status === 'pending') await this.#outbox.record(commitment, body);
    return commitment;
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
    // The author keeps seeing their own posts that wait for a moderator (nobody else does).
    const shown = new Map(page.items.map((c) => [c.id, c]));
    const waiting: Commitment[] = [];
    for (const s of await this.#outbox.list(sessionId)) {
      if (s.state !== 'pending-review' || !s.commitment) continue;
      const now = shown.get(s.id);
      if (now) void this.#outbox.published(s.id, now);
      else waiting.push(s.commitment);
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

  // ---- TRIZ boards -------------------------------------------------------------------------
  //
  // Nothing here is queued: a note is either stored by the collector or the call rejects, and the
  // board keeps what the person typed until it is stored. A refusal rejects with a StoreError
  // carrying the collector's code and message (`not-in-group`, `locked`, `vote-limit`…) and its
  // status (with `details: { retryAfter }`, in seconds, when the collector said how long to wait);
  // no answer at all rejects with a StoreError `network` (status 0), or `origin-not-allowed`
  // (status 0) when the collector is there but does not allow this page's origin.

  /** A board request, made now: a network failure becomes a StoreError `network` (status 0). */
  async #board<T>(method: string, path: string, body?: unknown, named?: boolean): Promise<T> {
    try {
      return await this.#request<T>(method, path, body, false, named);
    } catch (error) {
      if (!(error instanceof Transient)) throw error;
      const { problem, retryAfter } = error;
      throw new StoreError(problem.message, {
        status: problem.status,
        code: problem.code === 'offline' ? 'network' : problem.code,
        ...(retryAfter === undefined ? {} : { details: { retryAfter } }),
      });
    }
  }

  async listNotes(sessionId: string, options: { group?: string } = {}): Promise<TrizNote[]> {
    // As for commitments: read once a live subscription knows where it stands.
    await this.#channels.get(sessionId)?.started;
    const q = options.group ? `?${new URLSearchParams({ group: options.group })}` : '';
    return (
      (await this.#board<{ items?: TrizNote[] }>('GET', `${this.#session(sessionId)}/notes${q}`)).items ?? []
    );
  }

  async joinGroup(sessionId: string, group: string): Promise<string> {
    try {
      return (await this.#board<{ group: string }>('PUT', `${this.#session(sessionId)}/member`, { group }))
        .group;
    } finally {
      this.#members.delete(sessionId);
    }
  }

  async myGroup(sessionId: string): Promise<string | undefined> {
    return (await this.#member(sessionId)).group ?? undefined;
  }

  async myVotes(sessionId: string): Promise<string[]> {
    const { votes } = await this.#member(sessionId);
    return Array.isArray(votes) ? [...votes] : [];
  }

  /**
   * What the collector says about this device in a session (its group and votes): one request
   * serves `myGroup` and `myVotes` while in flight and for a moment after; joining and voting
   * forget it. The device is named in the address (the answer is about it alone).
   */
  #member(sessionId: string): Promise<Member> {
    const kept = this.#members.get(sessionId);
    if (kept && kept.until > Date.now()) return kept.answer;
    const device = this.#deviceName();
    const q = device ? `?${new URLSearchParams({ device })}` : '';
    const entry = {
      until: Infinity,
      answer: this.#board<Member>('GET', `${this.#session(sessionId)}/member${q}`),
    };
    this.#members.set(sessionId, entry);
    entry.answer.then(
      () => (entry.until = Date.now() + MEMBER_FRESH),
      () => this.#members.get(sessionId) === entry && this.#members.delete(sessionId),
    );
    return entry.answer;
  }

  addNote(sessionId: string, note: NewNote): Promise<TrizNote> {
    return this.#board('POST', `${this.#session(sessionId)}/notes`, note);
  }

  changeNote(sessionId: string, id: string, change: NoteChange): Promise<TrizNote> {
    return this.#board('PATCH', `${this.#session(sessionId)}/notes/${encodeURIComponent(id)}`, change);
  }

  async vote(sessionId: string, id: string, on: boolean): Promise<TrizNote> {
    try {
      return await this.#board(
        on ? 'POST' : 'DELETE',
        `${this.#session(sessionId)}/notes/${encodeURIComponent(id)}/vote`,
      );
    } finally {
      this.#members.delete(sessionId);
    }
  }

  // ---- resume entries ----------------------------------------------------------------------
  //
  // "Continue on another device": an envelope sealed in the browser (`@netweave/core/resume`),
  // stored under an id derived from the resume code. Made at once, never queued, and anonymous:
  // the device is not named (nothing links an entry to the device or the session). Rejections as
  // for the boards: the collector's code (`resume-not-found`, `resume-expired`, `rate-limited`
  // with `details.retryAfter`…), `network` (status 0) when it cannot be reached.

  #resume<T>(method: string, id: string, body?: ResumeEnvelope): Promise<T> {
    return this.#board<T>(method, `/v1/resume/${encodeURIComponent(id)}`, body, false);
  }

  saveResume(id: string, envelope: ResumeEnvelope): Promise<{ expiresAt: string }> {
    return this.#resume('PUT', id, envelope);
  }

  loadResume(id: string): Promise<{ envelope: ResumeEnvelope; expiresAt: string }> {
    return this.#resume('GET', id);
  }

  async deleteResume(id: string): Promise<void> {
    await this.#resume('DELETE', id);
  }

  // ---- live updates ------------------------------------------------------------------------

  subscribe(sessionId: string, listener: StoreListener): () => void {
    let channel = this.#channels.get(sessionId);
    if (!channel) {
      let markStarted!: () => void;
      const started = new Promise<void>((resolve) => (markStarted = resolve));
      channel = { listeners: new Set(), lastId: null, failures: 0, misses: 0, started, markStarted };
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
    this.#outbox.close();
    globalThis.removeEventListener?.('online', this.#online);
    for (const channel of this.#channels.values()) this.#stop(channel);
    this.#channels.clear();
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
    const query = this.#eventsQuery('lastEventId', channel.lastId);
    const source = new this.#ES(`${this.endpoint}${this.#session(sessionId)}/events${query}`);
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
    for (const type of [
      'ready',
      'commitment',
      'commitment-removed',
      'responses',
      'session',
      'note',
      'note-removed',
    ])
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
        const query = this.#eventsQuery('after', channel.lastId);
        const page = await this.#request<{
          events: { seq: number; event: StoreEvent }[];
          lastEventId: number;
          more: boolean;
          responsesVersion: number;
          session?: Session;
        }>('GET', `${this.#session(sessionId)}/events${query}`);
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
        if (channel.misses) {
          channel.misses = 0;
          // The stream most likely failed because the collector could not be reached, not
          // because something on the way breaks it: stream again now it answers.
          if (this.#ES) {
            channel.failures = 0;
            delay = RESTREAM_AFTER;
          }
        }
        if (page.more) delay = 0;
      } catch {
        channel.markStarted();
        this.#connection(channel, 'offline');
        channel.misses += 1;
        // Jittered, so a room of phones does not come back in step.
        delay =
          Math.min(interval * 6, 60_000, UNREACHABLE_FIRST_WAIT * 2 ** (channel.misses - 1)) *
          (0.5 + Math.random() / 2);
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

/** What a caller of submit… gets: the outcome, or a StoreError when the collector refused it. */
function settled(s: Submission): SubmitResult {
  if (s.state === 'refused' || s.state === 'failed') {
    throw new StoreError(s.problem?.message ?? 'The collector refused it.', {
      status: s.problem?.status ?? 0,
      code: s.problem?.code ?? 'error',
    });
  }
  return {
    id: s.id,
    state: s.state,
    ...(s.commitment ? { commitment: s.commitment } : {}),
  };
}
