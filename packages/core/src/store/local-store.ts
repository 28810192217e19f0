/**
 * `LocalStore`: the default store, on this device. Namespaced keys, a versioned envelope with
 * migrations, every access wrapped (see SafeStorage), memory fallback with a visible notice
 * (`status`), corrupt data set aside, data from a newer version left untouched, and live sync
 * between tabs of the same site through the `storage` event.
 */
import type {
  AssessmentResponse,
  Catalogue,
  Commitment,
  CommitmentStatus,
  FollowUp,
  FrequencySummary,
  NewCommitment,
  NewFollowUp,
} from '@netweave/model';
import { DEFAULT_COLUMN, ID_PATTERN, LIMITS } from '@netweave/model';
import { SafeStorage } from './safe-storage.js';
import {
  StoreError,
  type AddCommitmentOptions,
  type CommitmentPage,
  type ResponseStore,
  type SavedDraft,
  type StorageProblem,
  type StorageStatus,
  type StoreEvent,
  type StoreListener,
  type SubmitResult,
  type SummaryOptions,
} from '@netweave/model';

/** The envelope format written by this version. Bump it and add a migration to change the shape. */
export const ENVELOPE_VERSION = 1;

export interface Envelope<T = unknown> {
  /** Envelope version. */
  readonly v: number;
  readonly savedAt: string;
  readonly data: T;
}

/** Migrations from envelope version n to n + 1, keyed by n. */
export const MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

export interface LocalStoreOptions {
  /** Key prefix in the host's localStorage (default `netweave`). */
  namespace?: string;
  /** Keep submitted responses on this device and summarise them (kiosk use, demos). */
  acceptSubmissions?: boolean;
  /** Catalogue used for summaries (else the one a caller passes to getSummary). */
  catalogue?: Catalogue;
  /** Small-number suppression for summaries (default 8). */
  minBase?: number;
  /** A Storage to use instead of `window.localStorage` (tests); `null` simulates blocked storage. */
  storage?: Storage | null;
}

/** Screening loads on demand: pages that never post commitments do not carry it. */
const moderation = () => import('@netweave/model/moderation');
/** So do the checks of what is submitted: nothing is submitted before someone has typed. */
const guards = () =>
  import('./guards.js').then((m) => {
    m.useLimits({ LIMITS, ID_PATTERN });
    return m;
  });

/** Newest first; ties broken by id so the order is stable everywhere. */
export function compareCommitments(a: Commitment, b: Commitment): number {
  return a.createdAt < b.createdAt
    ? 1
    : a.createdAt > b.createdAt
      ? -1
      : a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0;
}

export class LocalStore implements ResponseStore {
  readonly acceptsSubmissions: boolean;
  readonly #prefix: string;
  readonly #storage: SafeStorage;
  readonly #catalogue: Catalogue | undefined;
  readonly #minBase: number;
  readonly #listeners = new Map<string, Set<StoreListener>>();
  readonly #global = new Set<StoreListener>();
  #problems: StorageProblem[] = [];
  /** Keys holding data from a newer version: read-only for us. */
  readonly #protected = new Set<string>();
  #onStorage?: (event: StorageEvent) => void;

  constructor(options: LocalStoreOptions = {}) {
    this.#prefix = `${options.namespace ?? 'netweave'}:`;
    this.acceptsSubmissions = options.acceptSubmissions ?? false;
    this.#catalogue = options.catalogue;
    this.#minBase = options.minBase ?? 8;
    this.#storage = new SafeStorage((p) => this.#problem(p), options.storage);
  }

  /** The key prefix this store keeps its data under (its `namespace`). */
  get namespace(): string {
    return this.#prefix.slice(0, -1);
  }

  get status(): StorageStatus {
    return {
      mode: this.#problems.some((p) => p === 'blocked' || p === 'full') ? 'memory' : 'persistent',
      problems: [...this.#problems],
    };
  }

  #problem(problem: StorageProblem): void {
    if (this.#problems[0] === problem) return;
    this.#problems = [problem, ...this.#problems.filter((p) => p !== problem)];
    this.#emitAll({ type: 'status', status: this.status });
  }

  // ---- envelopes -------------------------------------------------------------------------

  #read<T>(key: string): Envelope<T> | undefined {
    const full = this.#prefix + key;
    const raw = this.#storage.get(full);
    if (raw === null) return undefined;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
      if (
        !envelope ||
        typeof envelope !== 'object' ||
        typeof envelope.v !== 'number' ||
        !('data' in envelope)
      ) {
        throw new Error('not an envelope');
      }
    } catch {
      // Set the unreadable data aside (never delete it outright) and start afresh.
      this.#storage.set(`${full}:corrupt:${Date.now()}`, raw);
      this.#storage.remove(full);
      this.#problem('corrupt');
      return undefined;
    }
    if (envelope.v > ENVELOPE_VERSION) {
      this.#protected.add(full);
      this.#problem('newer');
      return undefined;
    }
    let data: unknown = envelope.data;
    for (let v = envelope.v; v < ENVELOPE_VERSION; v += 1) {
      const migrate = MIGRATIONS[v];
      if (migrate) data = migrate(data);
    }
    return { v: ENVELOPE_VERSION, savedAt: envelope.savedAt, data: data as T };
  }

  #write<T>(key: string, data: T): string {
    const full = this.#prefix + key;
    const envelope: Envelope<T> = { v: ENVELOPE_VERSION, savedAt: new Date().toISOString(), data };
    const text = JSON.stringify(envelope);
    if (this.#protected.has(full)) this.#storage.setMemoryOnly(full, text);
    else this.#storage.set(full, text);
    return envelope.savedAt;
  }

  // ---- drafts ------------------------------------------------------------------------------

  async loadDraft<T>(key: string): Promise<SavedDraft<T> | undefined> {
    const envelope = this.#read<T>(`draft:${key}`);
    return envelope ? { value: envelope.data, savedAt: envelope.savedAt } : undefined;
  }

  async saveDraft<T>(key: string, value: T): Promise<void> {
    this.#write(`draft:${key}`, value);
  }

  async clearDraft(key: string): Promise<void> {
    const full = `${this.#prefix}draft:${key}`;
    if (this.#protected.has(full)) return;
    this.#storage.remove(full);
  }

  /** Keys of the drafts that start with `prefix` (each record kept under a key of its own). */
  draftKeys(prefix: string): string[] {
    const start = `${this.#prefix}draft:${prefix}`;
    return this.#storage
      .keys(start)
      .filter((k) => !k.includes(':corrupt:'))
      .map((k) => k.slice(this.#prefix.length + 6));
  }

  // ---- responses ---------------------------------------------------------------------------

  #responses(sessionId: string): AssessmentResponse[] {
    return this.#read<AssessmentResponse[]>(`responses:${sessionId}`)?.data ?? [];
  }

  /** The checks of what is submitted, when this store keeps submissions (kiosk use, demos). */
  #accepting() {
    if (!this.acceptsSubmissions)
      throw new StoreError('This page is not set up to send responses anywhere.', { code: 'not-accepting' });
    return guards();
  }

  async submitResponse(response: AssessmentResponse): Promise<SubmitResult> {
    (await this.#accepting()).checkResponse(response);
    const list = this.#responses(response.sessionId);
    if (!list.some((r) => r.id === response.id)) {
      list.push(response);
      this.#write(`responses:${response.sessionId}`, list);
      this.#emit(response.sessionId, { type: 'responses', sessionId: response.sessionId });
    }
    return { id: response.id, state: 'sent' };
  }

  /** Kept on this device at once: nothing ever waits here to be sent. */
  async pendingCount(): Promise<number> {
    return 0;
  }

  /** Adds a commitment on this device: `sent`, or `pending-review` when held for a moderator. */
  async submitCommitment(input: NewCommitment, options: AddCommitmentOptions = {}): Promise<SubmitResult> {
    const commitment = await this.addCommitment(input, options);
    return {
      id: commitment.id,
      state: commitment.status === 'pending' ? 'pending-review' : 'sent',
      commitment,
    };
  }

  async getSummary(sessionId: string, options: SummaryOptions = {}): Promise<FrequencySummary> {
    // Statistics load on demand: pages that never chart do not carry them.
    const { summarise } = await import('./local-summary.js');
    return summarise(this.#responses(sessionId), options, this.#catalogue, this.#minBase);
  }

  /** Responses kept on this device for a session (kiosk mode). */
  async listResponses(sessionId: string): Promise<AssessmentResponse[]> {
    return this.#responses(sessionId);
  }

  // ---- follow-ups ------------------------------------------------------------------------

  /**
   * Keeps a commitment's follow-up on this device, as responses are (when the store accepts
   * submissions; else rejects `not-accepting`): `sent`, or `pending-review` when screening holds
   * its note. The commitment must be kept here (`commitment-not-found` otherwise).
   */
  async submitFollowUp(input: NewFollowUp): Promise<SubmitResult> {
    return (await this.#accepting()).keepFollowUp(this, input);
  }

  /** Follow-ups kept on this device for a session (kiosk mode), oldest first. */
  async listFollowUps(sessionId: string): Promise<FollowUp[]> {
    return (await this.loadDraft<FollowUp[]>(`follow-ups:${sessionId}`))?.value ?? [];
  }

  // ---- commitments -------------------------------------------------------------------------

  #commitments(sessionId: string): Commitment[] {
    return this.#read<Commitment[]>(`commitments:${sessionId}`)?.data ?? [];
  }

  #own(sessionId: string): Set<string> {
    return new Set(this.#read<string[]>(`own:${sessionId}`)?.data ?? []);
  }

  #visibleTo(c: Commitment, own: Set<string>): boolean {
    return c.status === 'visible' || (c.status === 'pending' && own.has(c.id));
  }

  async addCommitment(input: NewCommitment, options: AddCommitmentOptions = {}): Promise<Commitment> {
    const value = (await guards()).checkNewCommitment(input);
    const list = this.#commitments(value.sessionId);
    const existing = list.find((c) => c.id === value.id);
    if (existing) {
      if (existing.text !== value.text) {
        throw new StoreError('A different commitment was already stored with this id.', {
          status: 409,
          code: 'conflict',
        });
      }
      return existing;
    }
    const commitment: Commitment = {
      id: value.id,
      sessionId: value.sessionId,
      createdAt: value.createdAt ?? new Date().toISOString(),
      text: value.text,
      column: value.column ?? DEFAULT_COLUMN,
      sector: value.sector ?? null,
      reactions: 0,
      ...(await moderation()).initialStatus(value.text, options.moderation),
    };
    list.push(commitment);
    const own = this.#own(value.sessionId);
    own.add(commitment.id);
    this.#write(`own:${value.sessionId}`, [...own]);
    this.#write(`commitments:${value.sessionId}`, list);
    this.#emit(value.sessionId, { type: 'commitment', sessionId: value.sessionId, commitment });
    return commitment;
  }

  async listCommitments(
    sessionId: string,
    options: { cursor?: string | null; limit?: number } = {},
  ): Promise<CommitmentPage> {
    const own = this.#own(sessionId);
    const all = this.#commitments(sessionId)
      .filter((c) => this.#visibleTo(c, own))
      .sort(compareCommitments);
    const start = Math.max(0, Number(options.cursor ?? 0) || 0);
    const limit = Math.max(1, Math.min(options.limit ?? 10_000, 10_000));
    const items = all.slice(start, start + limit);
    return { items, nextCursor: start + limit < all.length ? String(start + limit) : null };
  }

  #update(sessionId: string, id: string, change: (c: Commitment) => Commitment): Commitment {
    const list = this.#commitments(sessionId);
    const index = list.findIndex((c) => c.id === id);
    if (index < 0) throw new StoreError('That commitment was not found.', { status: 404, code: 'not-found' });
    const before = list[index]!;
    const after = change(before);
    list[index] = after;
    this.#write(`commitments:${sessionId}`, list);
    const own = this.#own(sessionId);
    if (this.#visibleTo(after, own))
      this.#emit(sessionId, { type: 'commitment', sessionId, commitment: after });
    else this.#emit(sessionId, { type: 'commitment-removed', sessionId, id });
    return after;
  }

  async react(sessionId: string, commitmentId: string): Promise<Commitment> {
    return this.#update(sessionId, commitmentId, (c) => ({ ...c, reactions: (c.reactions ?? 0) + 1 }));
  }

  async moveCommitment(sessionId: string, commitmentId: string, column: string): Promise<Commitment> {
    return this.#update(sessionId, commitmentId, (c) => ({ ...c, column }));
  }

  async moderate(sessionId: string, commitmentId: string, status: CommitmentStatus): Promise<Commitment> {
    return this.#update(sessionId, commitmentId, (c) => {
      const next: Commitment = { ...c, status };
      if (status === 'visible') delete next.heldFor;
      return next;
    });
  }

  /** Every commitment of a session whatever its status (facilitators, exports). */
  async allCommitments(sessionId: string): Promise<Commitment[]> {
    return this.#commitments(sessionId).sort(compareCommitments);
  }

  // ---- live updates ------------------------------------------------------------------------

  subscribe(sessionId: string, listener: StoreListener): () => void {
    let set = this.#listeners.get(sessionId);
    if (!set) this.#listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    this.#global.add(listener);
    this.#listenToOtherTabs();
    return () => {
      set.delete(listener);
      this.#global.delete(listener);
      if (!this.#global.size && this.#onStorage) {
        globalThis.removeEventListener?.('storage', this.#onStorage);
        this.#onStorage = undefined;
      }
    };
  }

  #emit(sessionId: string, event: StoreEvent): void {
    for (const listener of [...(this.#listeners.get(sessionId) ?? [])]) safeCall(listener, event);
  }

  #emitAll(event: StoreEvent): void {
    for (const listener of [...this.#global]) safeCall(listener, event);
  }

  #listenToOtherTabs(): void {
    if (this.#onStorage || typeof globalThis.addEventListener !== 'function') return;
    this.#onStorage = (event: StorageEvent) => {
      if (!event.key?.startsWith(this.#prefix)) return;
      const key = event.key.slice(this.#prefix.length);
      const [kind, ...rest] = key.split(':');
      const sessionId = rest.join(':');
      if (kind === 'responses') this.#emit(sessionId, { type: 'responses', sessionId });
      if (kind !== 'commitments') return;
      const parse = (text: string | null): Commitment[] => {
        try {
          return text ? ((JSON.parse(text) as Envelope<Commitment[]>).data ?? []) : [];
        } catch {
          return [];
        }
      };
      const before = new Map(parse(event.oldValue).map((c) => [c.id, c]));
      const own = this.#own(sessionId);
      for (const after of parse(event.newValue)) {
        const old = before.get(after.id);
        before.delete(after.id);
        if (old && JSON.stringify(old) === JSON.stringify(after)) continue;
        if (this.#visibleTo(after, own))
          this.#emit(sessionId, { type: 'commitment', sessionId, commitment: after });
        else if (old && this.#visibleTo(old, own))
          this.#emit(sessionId, { type: 'commitment-removed', sessionId, id: after.id });
      }
      for (const gone of before.values()) {
        if (this.#visibleTo(gone, own))
          this.#emit(sessionId, { type: 'commitment-removed', sessionId, id: gone.id });
      }
    };
    globalThis.addEventListener('storage', this.#onStorage);
  }
}

function safeCall(listener: StoreListener, event: StoreEvent): void {
  try {
    listener(event);
  } catch (error) {
    console.error('netweave: a store listener failed', error);
  }
}
