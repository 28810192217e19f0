/**
 * The wall's data: loads a session's cards, follows the store's live events, shows the
 * participant's own posts at once in the state the store's outbox reports (sending, saved on
 * this device, waiting for approval, refused), the draft text, the "I'll do this too" guard, and
 * the queue of arrivals while updates are paused. The store is the one outbox: the wall keeps no
 * queue of its own. Talks only to the `ResponseStore` interface, so LocalStore and the HTTP store
 * work alike.
 */
import {
  StoreError,
  isSetupProblem,
  pendingCommitment,
  type Commitment,
  type ModerationMode,
  type NewCommitment,
  type ResponseStore,
  type Session,
  type StoreEvent,
  type Submission,
  type SubmissionProblem,
} from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SortedCommitments } from './lib/sorted.js';

/**
 * A card on the wall; `delivery` marks the participant's own post not yet stored: `sending`, or
 * `queued` (saved on this device, sent when the collector can be reached; `problem` says why).
 */
export type Entry = Commitment & { delivery?: 'sending' | 'queued'; problem?: SubmissionProblem | undefined };

/** What stays on this device between visits (through `store.saveDraft`). */
export interface DeviceData {
  text: string;
  sector: string;
  column: string;
  /** Posts an earlier version kept in its own queue: handed to the store's outbox on load. */
  outbox?: NewCommitment[];
  reacted: string[];
  /** Own commitments whose follow-up is still to be asked: id → when (follow-up.ts keeps it). */
  followUps?: Record<string, string>;
}

export interface WallCallbacks {
  moderation(): ModerationMode;
  /** New cards from others were added to the wall. */
  arrived(count: number): void;
  /** Cards from others wait while updates are paused. */
  waiting(): void;
  /**
   * The store refused a post for good; its text is back in the form. `later`: it had been saved on
   * this device and was refused when sent afterwards (the participant may be elsewhere by now).
   */
  refused(problem: SubmissionProblem, later: boolean): void;
  /** One of the participant's posts is stored. */
  stored(commitment: Commitment): void;
}

const emptyDevice = (): DeviceData => ({ text: '', sector: '', column: '', reacted: [] });

export class WallController implements ReactiveController {
  readonly list = new SortedCommitments<Entry>();
  /** Cards that arrived while updates were paused. */
  readonly queue = new Map<string, Entry>();
  paused = false;
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  connection: 'live' | 'reconnecting' | 'polling' | 'offline' = 'live';
  device: DeviceData = emptyDevice();
  store?: ResponseStore;
  session = '';
  /** The session as the store describes it (a collector does: its prompt, whether it is open). */
  info?: Session;

  /** The set-up mistake that stopped the wall loading (an unknown session, an origin refused…). */
  loadProblem?: SubmissionProblem | undefined;

  /** A set-up mistake (not the network) that stops the wall or keeps this participant's posts waiting. */
  get setupProblem(): SubmissionProblem | undefined {
    if (this.loadProblem) return this.loadProblem;
    for (const entry of this.list.items)
      if (entry.delivery && entry.problem && isSetupProblem(entry.problem.code)) return entry.problem;
    return undefined;
  }

  /** The session no longer takes posts (its organiser closed it). */
  get closed(): boolean {
    return this.info?.open === false;
  }

  private readonly _host: ReactiveControllerHost;
  private readonly _cb: WallCallbacks;
  private _unsubscribe?: () => void;
  private _generation = 0;
  /** Changes heard while the list was loading, applied on top of it once it arrives. */
  private _early: StoreEvent[] = [];
  /** This participant's posts not yet stored, by id (from the store's outbox). */
  private readonly _mine = new Map<string, NewCommitment>();

  constructor(host: ReactiveControllerHost, callbacks: WallCallbacks) {
    this._host = host;
    this._cb = callbacks;
    host.addController(this);
  }

  /** Moved in the page: subscribes to the store again on the next update (see `connect`). */
  hostConnected(): void {
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._stop();
    this.store = undefined;
    this.state = 'idle';
  }

  private _stop(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._generation += 1;
  }

  private get _key(): string {
    return `commitments-wall:${this.session}`;
  }

  /** (Re)loads everything for `store` and `session`; does nothing when both are unchanged. */
  async connect(store: ResponseStore, session: string, force = false): Promise<void> {
    if (!force && store === this.store && session === this.session) return;
    this._stop();
    const generation = this._generation;
    this.store = store;
    this.session = session;
    this.state = 'loading';
    this.loadProblem = undefined;
    this.queue.clear();
    this.list.reset([]);
    this._early = [];
    this.info = undefined;
    this.device = emptyDevice();
    this._mine.clear();
    void this._readInfo(store, session, generation);
    this._unsubscribe = store.subscribe(session, (event) => this._onEvent(event));
    this._host.requestUpdate();
    try {
      const saved = await store.loadDraft<Partial<DeviceData>>(this._key).catch(() => undefined);
      if (generation !== this._generation) return;
      // Words typed while the saved data loaded are newer than it: they are kept.
      const typed = this.device;
      this.device = { ...emptyDevice(), ...(saved?.value ?? {}) };
      for (const field of ['text', 'sector', 'column'] as const)
        if (typed[field]) this.device[field] = typed[field];
      const earlier = this.device.outbox ?? [];
      delete this.device.outbox;
      const waiting = ((await store.submissions?.(session).catch(() => undefined)) ?? []).filter(
        (s) => s.kind === 'commitment' && (s.state === 'queued' || s.state === 'sending'),
      );
      const items: Entry[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listCommitments(session, { cursor, limit: 1000 });
        items.push(...page.items.filter((c) => c.status !== 'hidden'));
        cursor = page.nextCursor;
      } while (cursor && items.length < 50_000);
      if (generation !== this._generation) return;
      const stored = new Set(items.map((c) => c.id));
      const own = waiting.filter((s) => !stored.has(s.id) && !this._mine.has(s.id));
      // Posted while the wall loaded: still shown, as they stand.
      const meanwhile = [...this._mine.keys()]
        .filter((id) => !stored.has(id))
        .map((id) => this.list.get(id))
        .filter((e): e is Entry => !!e);
      for (const s of own) this._mine.set(s.id, s.body as NewCommitment);
      this.list.reset([
        ...items,
        ...own.map((s) => this._local(s.body as NewCommitment, 'queued', s.problem)),
        ...meanwhile,
      ]);
      this.state = 'ready';
      // The list may have been read before some of these changes were made: apply them on top.
      for (const event of this._early.splice(0)) this._apply(event, true);
      // Posts an earlier version of the wall queued itself go to the store's outbox: none is lost.
      for (const input of earlier) if (!stored.has(input.id)) this.post(input, false);
      if (earlier.length) this.persist(); // drop the old queue from the saved data
    } catch (error) {
      if (generation !== this._generation) return;
      this._early = [];
      this.state = 'error';
      // Said as what it is, not as a connection problem: the partner's page must change.
      const e = error as Partial<StoreError>;
      if (e.code && isSetupProblem(e.code)) {
        this.loadProblem = { code: e.code, status: e.status ?? 0, message: e.message ?? '' };
        console.error(`netweave: ${e.message}`);
      }
    }
    this._host.requestUpdate();
  }

  /** Reads the session's own settings when the store has them; the wall works without them. */
  private async _readInfo(store: ResponseStore, session: string, generation: number): Promise<void> {
    const info = await store.getSession?.(session).catch(() => undefined);
    // A live `session` event may have come first: it is at least as new as this answer.
    if (generation !== this._generation || !info || this.info) return;
    this.info = info;
    this._host.requestUpdate();
  }

  /** The session stopped taking posts (the store said so when one was sent). */
  markClosed(): void {
    if (this.info) this.info = { ...this.info, open: false };
    else if (this.store) void this._readInfo(this.store, this.session, this._generation);
    this._host.requestUpdate();
  }

  private _local(input: NewCommitment, delivery: Entry['delivery'], problem?: SubmissionProblem): Entry {
    return { ...pendingCommitment(input), delivery, problem };
  }

  private _onEvent(event: StoreEvent): void {
    if (this.state === 'loading' && event.type !== 'connection') this._early.push(event);
    else this._apply(event, false);
    this._host.requestUpdate();
  }

  /** Applies one change; `quiet` when it arrived while the wall was still loading. */
  private _apply(event: StoreEvent, quiet: boolean): void {
    if (event.type === 'submission') {
      if (event.submission.kind === 'commitment' && event.submission.sessionId === this.session)
        this._delivered(event.submission);
    } else if (event.type === 'commitment') {
      const c = event.commitment;
      const mine = this._mine.has(c.id);
      if (c.status === 'hidden') {
        this.list.remove(c.id);
        this.queue.delete(c.id);
      } else if (this.list.get(c.id) || mine) this.list.upsert(c);
      else if (this.paused) {
        this.queue.set(c.id, c);
        this._cb.waiting();
      } else {
        this.list.upsert(c);
        if (!quiet) this._cb.arrived(1);
      }
    } else if (event.type === 'commitment-removed') {
      this.list.remove(event.id);
      this.queue.delete(event.id);
    } else if (event.type === 'session') {
      this.info = event.session; // closed or reopened, or a new prompt, as it happens
    } else if (event.type === 'connection') {
      this.connection = event.state;
    }
  }

  /** The store's outbox says where one of this participant's posts stands. */
  private _delivered(s: Submission): void {
    const input = this._mine.get(s.id);
    if (!input) return;
    if (s.state === 'sending' || s.state === 'queued') {
      if (this.list.get(s.id)?.delivery) this.list.upsert(this._local(input, s.state, s.problem));
    } else if ((s.state === 'sent' || s.state === 'pending-review') && s.commitment) {
      this._mine.delete(s.id);
      this.list.upsert(s.commitment);
      this._cb.stored(s.commitment);
    } else if (s.state === 'refused' || s.state === 'failed') {
      this._mine.delete(s.id);
      this._refused(input, s.problem!); // the outbox gives every refusal its reason
    }
  }

  /** A post the store will not take: off the wall, its words back in the box (if it is empty). */
  private _refused(input: NewCommitment, problem: SubmissionProblem): void {
    const later = this.list.get(input.id)?.delivery === 'queued';
    this.list.remove(input.id);
    if (!this.device.text.trim()) this.device.text = input.text;
    this.persist();
    this._cb.refused(problem, later);
  }

  /** Saves the device data (draft text, sector and column, reactions); never throws. */
  persist(): void {
    void this.store?.saveDraft(this._key, this.device).catch(() => undefined);
  }

  /**
   * Shows the participant's post at once and hands it to the store's outbox, which keeps it on
   * this device until it is stored and retries it; the card shows what the outbox reports.
   */
  post(input: NewCommitment, clear = true): void {
    const store = this.store;
    if (!store) return;
    if (clear) {
      this.device.text = '';
      this.persist();
    }
    this._mine.set(input.id, input);
    this.list.upsert(this._local(input, 'sending'));
    this._host.requestUpdate();
    const generation = this._generation;
    store.submitCommitment(input, { moderation: this._cb.moderation() }).then(
      (result) => {
        if (generation !== this._generation || !this._mine.has(input.id)) return;
        // Kept on this device instead: the outbox's own events say so, and why.
        if (result.commitment) {
          this._mine.delete(input.id);
          this.list.upsert(result.commitment);
          this._cb.stored(result.commitment);
        }
        this._host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this._generation || !this._mine.has(input.id)) return;
        this._mine.delete(input.id);
        const e = error instanceof StoreError ? error : undefined;
        this._refused(input, {
          code: e?.code ?? 'error',
          status: e?.status ?? 0,
          message: String(e?.message ?? error),
        });
        this._host.requestUpdate();
      },
    );
  }

  hasReacted(id: string): boolean {
    return this.device.reacted.includes(id);
  }

  /** "I'll do this too": once per card on this device. Resolves false when already done. */
  async react(id: string): Promise<boolean> {
    const store = this.store;
    if (!store || this.hasReacted(id)) return false;
    this.device.reacted = [...this.device.reacted, id];
    this.persist();
    this._host.requestUpdate();
    try {
      this._update(await store.react(this.session, id));
      return true;
    } catch (error) {
      this.device.reacted = this.device.reacted.filter((r) => r !== id);
      this.persist();
      this._host.requestUpdate();
      throw error;
    }
  }

  /** Moves a card to another board column (shown at once; put back if the store refuses). */
  async move(id: string, column: string): Promise<void> {
    const store = this.store;
    const before = this.list.get(id);
    if (!store || !before) return;
    this.list.upsert({ ...before, column });
    this._host.requestUpdate();
    try {
      this._update(await store.moveCommitment(this.session, id, column));
    } catch (error) {
      if (this.list.get(id)) this.list.upsert(before);
      this._host.requestUpdate();
      throw error;
    }
  }

  private _update(c: Commitment): void {
    if (this.list.get(c.id)) this.list.upsert(c);
    this._host.requestUpdate();
  }

  /** Pauses or resumes live additions; resuming shows what was queued. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused && this.queue.size) {
      for (const c of this.queue.values()) this.list.upsert(c);
      this._cb.arrived(this.queue.size);
      this.queue.clear();
    }
    this._host.requestUpdate();
  }
}
