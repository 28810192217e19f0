/**
 * The wall's data: loads a session's cards, follows the store's live events, keeps the
 * participant's own posts in a persisted outbox (shown at once, retried until stored), the
 * draft text, the "I'll do this too" guard, and the queue of arrivals while updates are paused.
 * Talks only to the `ResponseStore` interface, so LocalStore and the HTTP store work alike.
 */
import {
  StoreError,
  type Commitment,
  type ModerationMode,
  type NewCommitment,
  type ResponseStore,
  type Session,
  type StoreEvent,
} from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SortedCommitments } from './lib/sorted.js';

/** A card on the wall; `sending` marks the participant's own post not yet stored. */
export type Entry = Commitment & { sending?: 'sending' | 'retrying' };

/** What stays on this device between visits (through `store.saveDraft`). */
export interface DeviceData {
  text: string;
  sector: string;
  column: string;
  outbox: NewCommitment[];
  reacted: string[];
}

export interface WallCallbacks {
  moderation(): ModerationMode;
  /** New cards from others were added to the wall. */
  arrived(count: number): void;
  /** The store refused a post for good; its text is back in the form. */
  refused(error: StoreError): void;
  /** One of the participant's posts is stored. */
  stored(commitment: Commitment): void;
  failed(): void;
}

const emptyDevice = (): DeviceData => ({ text: '', sector: '', column: '', outbox: [], reacted: [] });

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

  /** The session no longer takes posts (its organiser closed it). */
  get closed(): boolean {
    return this.info?.open === false;
  }

  private readonly _host: ReactiveControllerHost;
  private readonly _cb: WallCallbacks;
  private _unsubscribe?: () => void;
  private _retry?: ReturnType<typeof setTimeout>;
  private _attempt = 0;
  private _sending = false;
  private _generation = 0;
  /** Changes heard while the list was loading, applied on top of it once it arrives. */
  private _early: StoreEvent[] = [];
  private readonly _online = () => void this.send();

  constructor(host: ReactiveControllerHost, callbacks: WallCallbacks) {
    this._host = host;
    this._cb = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this._online);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this._online);
    this._stop();
    this.store = undefined;
    this.state = 'idle';
  }

  private _stop(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    clearTimeout(this._retry);
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
    this.queue.clear();
    this.list.reset([]);
    this._early = [];
    this.info = undefined;
    void this._readInfo(store, session, generation);
    this._unsubscribe = store.subscribe(session, (event) => this._onEvent(event));
    this._host.requestUpdate();
    try {
      const saved = await store.loadDraft<Partial<DeviceData>>(this._key).catch(() => undefined);
      this.device = { ...emptyDevice(), ...(saved?.value ?? {}) };
      const items: Entry[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listCommitments(session, { cursor, limit: 1000 });
        items.push(...page.items.filter((c) => c.status !== 'hidden'));
        cursor = page.nextCursor;
      } while (cursor && items.length < 50_000);
      if (generation !== this._generation) return;
      const stored = new Set(items.map((c) => c.id));
      this.device.outbox = this.device.outbox.filter((input) => !stored.has(input.id));
      this.list.reset([...items, ...this.device.outbox.map((input) => this._local(input, 'retrying'))]);
      this.state = 'ready';
      // The list may have been read before some of these changes were made: apply them on top.
      for (const event of this._early.splice(0)) this._apply(event, true);
    } catch {
      if (generation !== this._generation) return;
      this._early = [];
      this.state = 'error';
    }
    this._host.requestUpdate();
    if (this.device.outbox.length) void this.send();
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

  private _local(input: NewCommitment, sending: Entry['sending']): Entry {
    return {
      id: input.id,
      sessionId: input.sessionId,
      createdAt: input.createdAt ?? new Date().toISOString(),
      text: input.text,
      column: input.column ?? 'commitments',
      sector: input.sector ?? null,
      status: 'pending',
      reactions: 0,
      sending,
    };
  }

  private _onEvent(event: StoreEvent): void {
    if (this.state === 'loading' && event.type !== 'connection') this._early.push(event);
    else this._apply(event, false);
    this._host.requestUpdate();
  }

  /** Applies one change; `quiet` when it arrived while the wall was still loading. */
  private _apply(event: StoreEvent, quiet: boolean): void {
    if (event.type === 'commitment') {
      const c = event.commitment;
      const mine = this.device.outbox.some((o) => o.id === c.id);
      if (c.status === 'hidden') {
        this.list.remove(c.id);
        this.queue.delete(c.id);
      } else if (this.list.get(c.id) || mine) this.list.upsert(c);
      else if (this.paused) this.queue.set(c.id, c);
      else {
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
      if (event.state === 'live') void this.send();
    }
  }

  /** Saves the device data (draft text, outbox, reactions); never throws. */
  persist(): void {
    void this.store?.saveDraft(this._key, this.device).catch(() => undefined);
  }

  /** Shows the participant's post at once and sends it (retried until stored). */
  post(input: NewCommitment): void {
    this.device.outbox.push(input);
    this.device.text = '';
    this.persist();
    this.list.upsert(this._local(input, 'sending'));
    this._host.requestUpdate();
    this._attempt = 0;
    void this.send();
  }

  /** Sends everything in the outbox; on failure tries again later (backing off to 30 s). */
  async send(): Promise<void> {
    const store = this.store;
    if (!store || this._sending || !this.device.outbox.length) return;
    this._sending = true;
    clearTimeout(this._retry);
    const generation = this._generation;
    let failed = false;
    for (const input of [...this.device.outbox]) {
      try {
        const stored = await store.addCommitment(input, { moderation: this._cb.moderation() });
        if (generation !== this._generation) break;
        this._drop(input);
        this.list.upsert(stored);
        this._cb.stored(stored);
      } catch (error) {
        if (generation !== this._generation) break;
        const status = error instanceof StoreError ? error.status : 0;
        if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
          this._drop(input);
          this.list.remove(input.id);
          if (!this.device.text.trim()) this.device.text = input.text;
          this.persist();
          this._cb.refused(error as StoreError);
        } else {
          failed = true;
          if (this.list.get(input.id)?.sending) this.list.upsert(this._local(input, 'retrying'));
        }
      }
    }
    this._sending = false;
    this._host.requestUpdate();
    if (failed && generation === this._generation) {
      this._cb.failed();
      const delay = Math.min(30_000, 1000 * 2 ** this._attempt);
      this._attempt += 1;
      this._retry = setTimeout(() => void this.send(), delay);
    } else this._attempt = 0;
  }

  private _drop(input: NewCommitment): void {
    this.device.outbox = this.device.outbox.filter((o) => o.id !== input.id);
    this.persist();
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
