/**
 * The one outbox: every response, commitment and follow-up a person submits through the HTTP store passes
 * through it, and is in exactly one state at a time (see `SubmissionState`). Each submission is
 * kept on this device under a key of its own until its outcome is known, so two tabs that submit
 * while offline never overwrite each other's (a single shared list did: the last writer won and a
 * consented response was lost). Passing failures (no network, rate limits, server trouble) are
 * retried with backoff; a refusal (closed or unknown session, invalid data) is never retried and
 * keeps the collector's reason; nothing is dropped silently.
 */
import type { Commitment, CommitmentStatus } from '@netweave/model';
import type { LocalStore } from './local-store.js';
import { StoreError, type Submission, type SubmissionProblem, type SubmissionState } from '@netweave/model';

/**
 * A failure worth retrying (network, 408, 429, 5xx, a page origin the collector does not allow
 * yet). `problem` says why, so a widget can say more than "offline".
 */
export class Transient extends Error {
  readonly problem: SubmissionProblem;
  /** Seconds the server asked us to wait (Retry-After). */
  readonly retryAfter: number | undefined;
  constructor(problem: SubmissionProblem, retryAfter?: number) {
    super(problem.message);
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/**
 * Sends one submission; resolves with what the collector stored when it says (a commitment, a
 * follow-up): its `status` `pending` means held for a moderator. A stored commitment is kept.
 */
export type Deliver = (item: Submission) => Promise<{ readonly status?: CommitmentStatus } | undefined>;

export interface OutboxOptions {
  /** First retry delay in ms, doubled on each failure up to `retryMax` (defaults 1 s, 60 s). */
  retryBase?: number;
  retryMax?: number;
  /** Called after every change of state, here or in another tab, with the number still unsent. */
  onChange?: (submission: Submission | undefined, pending: number) => void;
}

const UNSENT: ReadonlySet<SubmissionState> = new Set(['queued', 'sending']);
const DAY = 86_400_000;
/** Sent, refused and failed submissions are kept this long for their outcome to be shown. */
const KEEP_FINISHED = 7 * DAY;
/** A submission still unsent after this long has failed for good. */
const GIVE_UP_AFTER = 30 * DAY;
/** A `sending` submission not heard of for this long belonged to a tab that went away. */
const STALE_SENDING = 60_000;

export class Outbox {
  readonly #local: LocalStore;
  readonly #prefix: string;
  readonly #deliver: Deliver;
  readonly #options: OutboxOptions;
  readonly #items = new Map<string, Submission>();
  /** Ids this tab is sending right now. */
  readonly #inFlight = new Set<string>();
  readonly #stopWatching: () => void;
  #attempts = 0;
  /** The longest wait a server asked for since the last retry (Retry-After), in ms. */
  #wait = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;
  #closed = false;

  constructor(local: LocalStore, scope: string, deliver: Deliver, options: OutboxOptions = {}) {
    this.#local = local;
    this.#prefix = `outbox:${scope}:`;
    this.#deliver = deliver;
    this.#options = options;
    void this.#refresh();
    // Another tab of this site saved or cleared one of these submissions.
    const keyStart = `${local.namespace}:draft:${this.#prefix}`;
    const onStorage = (event: StorageEvent) => {
      if (!event.key?.startsWith(keyStart) || event.key.includes(':corrupt:')) return;
      let value: unknown;
      try {
        value = event.newValue ? (JSON.parse(event.newValue) as { data?: unknown }).data : undefined;
      } catch {
        return;
      }
      const id = event.key.slice(keyStart.length);
      if (isSubmission(value)) this.#items.set(id, value);
      else this.#items.delete(id);
      this.#changed(isSubmission(value) ? value : undefined);
    };
    globalThis.addEventListener?.('storage', onStorage);
    this.#stopWatching = () => globalThis.removeEventListener?.('storage', onStorage);
  }

  /** Reads every submission kept on this device (another tab may have added some). */
  async #refresh(): Promise<void> {
    const now = Date.now();
    const found = new Map<string, Submission>();
    for (const key of this.#local.draftKeys(this.#prefix)) {
      const value = (await this.#local.loadDraft<Submission>(key))?.value;
      if (!isSubmission(value)) continue;
      const id = key.slice(this.#prefix.length);
      const finishedLongAgo = !UNSENT.has(value.state) && now - Date.parse(value.updatedAt) > KEEP_FINISHED;
      if (finishedLongAgo) {
        void this.#local.clearDraft(key);
        continue;
      }
      if (UNSENT.has(value.state) && now - Date.parse(value.createdAt) > GIVE_UP_AFTER) {
        const failed = this.#with(value, 'failed', {
          code: 'expired',
          status: 0,
          message: 'It could not be sent within 30 days.',
        });
        void this.#local.saveDraft(key, failed);
        found.set(id, failed);
        continue;
      }
      found.set(id, value);
    }
    for (const id of this.#items.keys())
      if (!found.has(id) && !this.#inFlight.has(id)) this.#items.delete(id);
    for (const [id, value] of found) if (!this.#inFlight.has(id)) this.#items.set(id, value);
  }

  #with(
    item: Submission,
    state: SubmissionState,
    problem?: SubmissionProblem,
    attempts = item.attempts,
  ): Submission {
    const { problem: _old, ...rest } = item;
    return { ...rest, state, attempts, updatedAt: new Date().toISOString(), ...(problem ? { problem } : {}) };
  }

  async #put(item: Submission): Promise<void> {
    this.#items.set(item.id, item);
    await this.#local.saveDraft(this.#prefix + item.id, item);
    this.#changed(item);
  }

  #changed(item: Submission | undefined): void {
    this.#options.onChange?.(item, this.pending());
  }

  /** Submissions still to be sent. */
  pending(): number {
    let n = 0;
    for (const item of this.#items.values()) if (UNSENT.has(item.state)) n += 1;
    return n;
  }

  async list(sessionId?: string): Promise<Submission[]> {
    await this.#refresh();
    return [...this.#items.values()]
      .filter((s) => sessionId === undefined || s.sessionId === sessionId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  get(id: string): Submission | undefined {
    return this.#items.get(id);
  }

  /**
   * Sends a submission now (kept first, so a closed tab loses nothing). A repeat of one already
   * stored returns its outcome; a repeat of one refused or failed tries again (the session may
   * have reopened).
   */
  async submit(
    kind: Submission['kind'],
    sessionId: string,
    id: string,
    body: Submission['body'],
  ): Promise<Submission> {
    const existing = this.#items.get(id);
    if (existing && (existing.state === 'sent' || existing.state === 'pending-review')) return existing;
    if (existing && this.#inFlight.has(id)) return existing;
    const now = new Date().toISOString();
    const item: Submission = existing
      ? this.#with({ ...existing, body }, 'sending')
      : { id, kind, sessionId, body, state: 'sending', createdAt: now, updatedAt: now, attempts: 0 };
    await this.#put(item);
    const outcome = await this.#attempt(item);
    if (outcome.state === 'queued') this.#schedule();
    return outcome;
  }

  async #attempt(item: Submission): Promise<Submission> {
    this.#inFlight.add(item.id);
    let next: Submission;
    try {
      const stored = await this.#deliver(item);
      const state = stored?.status === 'pending' ? 'pending-review' : 'sent';
      next = {
        ...this.#with(item, state),
        ...(stored && item.kind === 'commitment' ? { commitment: stored as Commitment } : {}),
      };
    } catch (error) {
      if (error instanceof Transient) {
        next = this.#with(item, 'queued', error.problem, item.attempts + 1);
        if (error.retryAfter) this.#wait = Math.max(this.#wait, error.retryAfter * 1000);
      } else if (error instanceof StoreError) {
        next = this.#with(item, 'refused', {
          code: error.code,
          status: error.status,
          message: error.message,
        });
      } else {
        next = this.#with(item, 'failed', { code: 'error', status: 0, message: String(error) });
      }
    } finally {
      this.#inFlight.delete(item.id);
    }
    // Another tab may have sent it meanwhile: a stored outcome is never overwritten by a retry.
    const current = (await this.#local.loadDraft<Submission>(this.#prefix + item.id))?.value;
    if (
      current &&
      isSubmission(current) &&
      (current.state === 'sent' || current.state === 'pending-review')
    ) {
      this.#items.set(item.id, current);
      return current;
    }
    await this.#put(next);
    return next;
  }

  #base(): number {
    return this.#options.retryBase ?? 1000;
  }

  #schedule(): void {
    if (this.#retry || this.#closed) return;
    const backoff =
      Math.min(this.#options.retryMax ?? 60_000, this.#base() * 2 ** this.#attempts) *
      (0.5 + Math.random() / 2);
    const delay = Math.max(backoff, this.#wait);
    this.#wait = 0;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      void this.flush();
    }, delay);
  }

  /** Sends what waits, oldest first (one tab at a time); stops at a passing failure and retries later. */
  flush(): Promise<void> {
    this.#flushing ??= withLock(`netweave:${this.#local.namespace}:${this.#prefix}`, async () => {
      const now = Date.now();
      const due = (await this.list()).filter(
        (s) =>
          !this.#inFlight.has(s.id) &&
          (s.state === 'queued' || (s.state === 'sending' && now - Date.parse(s.updatedAt) > STALE_SENDING)),
      );
      for (const item of due) {
        if (this.#closed) return;
        const outcome = await this.#attempt(this.#with(item, 'sending'));
        if (outcome.state === 'queued') {
          this.#attempts += 1;
          this.#schedule();
          return;
        }
        this.#attempts = 0;
      }
    })
      .then((ran) => {
        // Another tab is sending: try again later in case it goes away before it is done.
        if (!ran && this.pending()) this.#schedule();
      })
      .finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  /** Keeps the outcome of a commitment stored without the outbox (its author sees it while held). */
  async record(commitment: Commitment, body: Submission['body']): Promise<void> {
    const now = new Date().toISOString();
    await this.#put({
      id: commitment.id,
      kind: 'commitment',
      sessionId: commitment.sessionId,
      body,
      state: commitment.status === 'pending' ? 'pending-review' : 'sent',
      createdAt: now,
      updatedAt: now,
      attempts: 0,
      commitment,
    });
  }

  /** Marks a commitment waiting for review as on the wall (a moderator approved it). */
  async published(id: string, commitment: Commitment): Promise<void> {
    const item = this.#items.get(id);
    if (item?.state === 'pending-review') await this.#put({ ...this.#with(item, 'sent'), commitment });
  }

  /** Forgets a finished submission (sent, refused or failed); unsent ones are kept. */
  async dismiss(id: string): Promise<void> {
    const item = this.#items.get(id);
    if (!item || UNSENT.has(item.state)) return;
    this.#items.delete(id);
    await this.#local.clearDraft(this.#prefix + id);
    this.#changed(undefined);
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#stopWatching();
  }
}

function isSubmission(value: unknown): value is Submission {
  const s = value as Submission;
  return (
    !!s &&
    typeof s === 'object' &&
    typeof s.id === 'string' &&
    typeof s.state === 'string' &&
    typeof s.sessionId === 'string' &&
    typeof s.createdAt === 'string' &&
    !!s.body
  );
}

/**
 * Runs `task` while holding a lock shared by the site's tabs (Web Locks), so two tabs do not send
 * the same submissions at once; where the API is missing, runs it anyway (the collector treats a
 * repeat of the same id as the same submission).
 */
async function withLock(name: string, task: () => Promise<void>): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks?.request) {
    await task();
    return true;
  }
  return locks.request(name, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await task();
    return true;
  });
}
