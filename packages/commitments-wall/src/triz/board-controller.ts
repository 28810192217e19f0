/**
 * The board's data: the session (its groups, round and votes), this device's group, the group's
 * notes and this device's votes, kept live from the store's events, and the participant's writes
 * in the state the collector gave them (sending, stored, held, refused with its code). Nothing is
 * queued: a write that is refused leaves what the person typed where it was (the draft is saved
 * through the store, per session and group). Note events are not replayed after a gap, so the
 * notes are read again at the first `session` event after the connection was anything but live
 * (the start of every stream sends one).
 */
import {
  hasNotes,
  newId,
  type NoteChange,
  type NotesStore,
  type ResponseStore,
  type Session,
  type StoreEvent,
  type TrizNote,
} from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { refusalCode, sessionGroups } from './lib/board.js';

type BoardStore = ResponseStore & NotesStore;

/** What the board keeps on this device between visits: the words not yet stored. */
export interface BoardDraft {
  /** The add form's words. */
  text: string;
  /** First steps being written, by note id. */
  steps: Record<string, string>;
}

export interface BoardCallbacks {
  /** The session as it now stands (its first telling, or a live change). */
  told(session: Session, before: Session | undefined): void;
  /** Notes from others arrived on this board (said as one summary). */
  arrived(count: number): void;
}

export type BoardState = 'idle' | 'loading' | 'ready' | 'error' | 'no-boards';

export class BoardController implements ReactiveController {
  state: BoardState = 'idle';
  store?: ResponseStore | undefined;
  session = '';
  /** The session as the collector last told it. */
  info?: Session | undefined;
  /** The board's group: the one this device is in, or the one a projector shows (none: every group). */
  group?: string | undefined;
  /** The picker shows: this device has no group yet, or the participant asked to change it. */
  choosing = false;
  /** The group being joined (`auto` included) while the collector answers. */
  joining = '';
  /** Why joining a group was refused (a code), until the next try. */
  joinProblem = '';
  /** Why the board could not be loaded, when the collector said (a code; `network` when it could not be reached). */
  loadProblem = '';
  /** The board's notes in the collector's order (oldest first), this device's held ones included. */
  readonly notes = new Map<string, TrizNote>();
  /** The notes this device has voted for in the session. */
  readonly votes = new Set<string>();
  /** Notes with a change or vote on its way, and the action it is. */
  readonly busy = new Map<string, string>();
  /** Why the last change to a note was refused (a code), by note id. */
  readonly problems = new Map<string, string>();
  draft: BoardDraft = { text: '', steps: {} };
  connection: 'live' | 'reconnecting' | 'polling' | 'offline' = 'live';

  private readonly _host: ReactiveControllerHost;
  private readonly _cb: BoardCallbacks;
  private _projector?: string | undefined;
  private _unsubscribe?: (() => void) | undefined;
  private _generation = 0;
  private _fetches = 0;
  /** Note events heard while the notes were being read: applied on top of what was read. */
  private _early?: StoreEvent[] | undefined;
  /** The notes must be read again at the next `session` event (the first, or after a gap). */
  private _stale = true;
  /** This device's notes that screening held (not in the public list, shown to their author). */
  private readonly _held = new Set<string>();
  private _seen?: (() => void) | undefined;
  /** Read the notes once more when the read under way is done. */
  private _again = false;

  constructor(host: ReactiveControllerHost, callbacks: BoardCallbacks) {
    this._host = host;
    this._cb = callbacks;
    host.addController(this);
  }

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

  private get _notes(): BoardStore {
    return this.store as BoardStore;
  }

  private get _draftKey(): string {
    return `triz-board:${this.session}:${this.group}`;
  }

  /**
   * Shows `session` from `store`: a participant's own group (`projector` undefined), or a
   * projector's group (`all`: every group). Does nothing when nothing changed, unless `force`.
   */
  async connect(store: ResponseStore, session: string, projector?: string, force = false): Promise<void> {
    if (!force && store === this.store && session === this.session && projector === this._projector) return;
    this._stop();
    const generation = this._generation;
    Object.assign(this, { store, session, info: undefined, group: undefined, choosing: false });
    this._projector = projector;
    this.joinProblem = this.joining = this.loadProblem = '';
    for (const m of [this.notes, this.votes, this.busy, this.problems, this._held]) m.clear();
    this.draft = { text: '', steps: {} };
    this._stale = true;
    this._again = false;
    this._early = undefined;
    this._host.requestUpdate();
    if (!hasNotes(store)) {
      this.state = 'no-boards';
      return;
    }
    this.state = 'loading';
    const seen = new Promise<void>((resolve) => (this._seen = resolve));
    this._unsubscribe = store.subscribe(session, (event) => this._onEvent(event));
    const live = () => generation === this._generation;
    try {
      let failure: unknown = { code: 'session-not-found' }; // an answer without the session
      const info = store.getSession
        ? await store.getSession(session).catch((error: unknown) => void (failure = error))
        : undefined;
      if (!live()) return;
      if (info && !this.info) this._tell(info);
      if (!this.info) {
        if (store.getSession) throw failure;
        await seen; // a store that cannot read the session tells it at the start of its stream
        if (!live()) return;
      }
      if (projector) {
        this.group = projector === 'all' ? undefined : projector;
        await this._fetch(true);
        return;
      }
      const [mine, votes] = await Promise.all([
        store.myGroup(session),
        store.myVotes(session).catch(() => [] as string[]),
      ]);
      if (!live()) return;
      for (const id of votes) this.votes.add(id);
      const groups = sessionGroups(this.info);
      if (mine && (!groups.length || groups.some((g) => g.id === mine))) await this._enter(mine);
      // One board for everyone: joined without asking.
      else if (!groups.length) await this._enter(await store.joinGroup(session, 'g1'));
      else {
        this.choosing = true;
        this.state = 'ready';
      }
    } catch (error) {
      if (live()) {
        this.state = 'error';
        this.loadProblem = refusalCode(error);
      }
    }
    this._host.requestUpdate();
  }

  /** Joins `choice` (a group id, or `auto`); resolves whether it worked (else `joinProblem`). */
  async join(choice: string): Promise<boolean> {
    const store = this._notes;
    const generation = this._generation;
    this.joining = choice;
    this.joinProblem = '';
    this._host.requestUpdate();
    try {
      const group = await store.joinGroup(this.session, choice);
      if (generation !== this._generation) return false;
      this.choosing = false;
      if (group !== this.group) await this._enter(group);
      return true;
    } catch (error) {
      if (generation === this._generation) this.joinProblem = refusalCode(error);
      return false;
    } finally {
      if (generation === this._generation) this.joining = '';
      this._host.requestUpdate();
    }
  }

  /** Opens the picker (`true`) or closes it, staying in the group (`false`). */
  choose(open: boolean): void {
    this.choosing = open || !this.group;
    this.joinProblem = '';
    this._host.requestUpdate();
  }

  /** Shows `group`'s board: its draft, then its notes. */
  private async _enter(group: string): Promise<void> {
    const generation = this._generation;
    this.group = group;
    this.notes.clear();
    this._held.clear();
    this.problems.clear();
    this.draft = { text: '', steps: {} };
    const saved = await this.store!.loadDraft<Partial<BoardDraft>>(this._draftKey).catch(() => undefined);
    if (generation !== this._generation || this.group !== group) return;
    // Words typed while the draft was loading are newer than it: they are kept.
    const typed = this.draft;
    this.draft = {
      text: typed.text || (typeof saved?.value?.text === 'string' ? saved.value.text : ''),
      steps: { ...(saved?.value?.steps ?? {}), ...typed.steps },
    };
    await this._fetch(true);
  }

  /** Reads the board's notes; `first`: the board is not shown until they are here. */
  private async _fetch(first = false): Promise<void> {
    const store = this._notes;
    const generation = this._generation;
    const fetch = ++this._fetches;
    const group = this.group;
    this._early = [];
    this._host.requestUpdate();
    try {
      const items = await store.listNotes(this.session, group ? { group } : {});
      if (generation !== this._generation || fetch !== this._fetches || group !== this.group) return;
      const kept = [...this._held].map((id) => this.notes.get(id)).filter((n): n is TrizNote => !!n);
      this.notes.clear();
      for (const n of items) if (this._here(n)) this.notes.set(n.id, n);
      for (const n of kept) if (!this.notes.has(n.id)) this.notes.set(n.id, n);
      for (const event of this._early.splice(0)) this._apply(event, true);
      this._early = undefined;
      this.state = 'ready';
      if (this._again) {
        this._again = false;
        void this._fetch();
      }
    } catch {
      if (generation !== this._generation || fetch !== this._fetches) return;
      this._early = undefined;
      // Already shown: what is there stays (the connection notice says why it may be behind).
      if (first) this.state = 'error';
      else this._stale = true;
    }
    this._host.requestUpdate();
  }

  /** Whether `note` belongs on this board as it now stands. */
  private _here(note: TrizNote): boolean {
    if (this.group && note.group !== this.group) return false;
    return note.status === 'visible' || (note.status === 'pending' && this._held.has(note.id));
  }

  private _tell(session: Session): void {
    const before = this.info;
    this.info = session;
    this._cb.told(session, before);
  }

  private _onEvent(event: StoreEvent): void {
    if (event.type === 'connection') {
      this.connection = event.state;
      if (event.state !== 'live') this._stale = true;
    } else if (event.type === 'session') {
      if (event.sessionId !== this.session) return;
      this._tell(event.session);
      this._seen?.();
      const groups = sessionGroups(event.session);
      // The facilitator took this device's group away (it had no notes): choose again.
      if (!this._projector && this.group && groups.length && !groups.some((g) => g.id === this.group))
        this.choosing = true;
      if (this._stale) {
        this._stale = false;
        // Read again now; or once more after a read under way (it may have started before the
        // stream did); or not at all while loading, as the first read is still to come.
        if (this._early) this._again = true;
        else if (this.state === 'ready' && (this.group || this._projector)) void this._fetch();
      }
    } else if ((event.type === 'note' || event.type === 'note-removed') && event.sessionId === this.session) {
      this._early?.push(event);
      this._apply(event, false);
    }
    this._host.requestUpdate();
  }

  /** Applies a note event; `quiet` when it is applied again on top of a fresh read. */
  private _apply(event: StoreEvent, quiet: boolean): void {
    if (event.type === 'note-removed') {
      this.notes.delete(event.id);
      this._held.delete(event.id);
    } else if (event.type === 'note') {
      const n = event.note;
      if (n.status === 'visible') this._held.delete(n.id);
      const known = this.notes.has(n.id);
      if (!this._here(n)) {
        this.notes.delete(n.id); // moved to another group, held or hidden by the facilitator
        return;
      }
      this.notes.set(n.id, n);
      if (!known && !quiet && !this.busy.has(n.id)) this._cb.arrived(1);
    }
  }

  /** Keeps the draft on this device (never throws). */
  persist(): void {
    if (this.group) void this.store?.saveDraft(this._draftKey, this.draft).catch(() => undefined);
  }

  /** Adds a note to the board; resolves with it as the collector stored it, or rejects with why not. */
  async add(text: string, state: 'worst' | 'already'): Promise<TrizNote> {
    const id = newId();
    const group = this.group!;
    this.busy.set(id, 'add');
    try {
      const note = await this._notes.addNote(this.session, {
        id,
        sessionId: this.session,
        group,
        text,
        state,
      });
      if (group === this.group) this._stored(note);
      return note;
    } finally {
      this.busy.delete(id);
    }
  }

  /** Changes a note (recognise, give or change its step, undo); resolves with it as stored, or undefined. */
  change(id: string, change: NoteChange, action: string): Promise<TrizNote | undefined> {
    return this._act(id, action, () => this._notes.changeNote(this.session, id, change));
  }

  /** Gives (`on`) or takes back this device's vote for a note. */
  vote(id: string, on: boolean): Promise<TrizNote | undefined> {
    return this._act(id, 'vote', async () => {
      const note = await this._notes.vote(this.session, id, on);
      if (on) this.votes.add(id);
      else this.votes.delete(id);
      return note;
    });
  }

  /** Says a refusal that was decided here, before asking the collector (e.g. no votes left). */
  refuse(id: string, code: string): void {
    this.problems.set(id, code);
    this._host.requestUpdate();
  }

  private async _act(
    id: string,
    action: string,
    work: () => Promise<TrizNote>,
  ): Promise<TrizNote | undefined> {
    const generation = this._generation;
    this.busy.set(id, action);
    this.problems.delete(id);
    this._host.requestUpdate();
    try {
      const note = await work();
      if (generation === this._generation) this._stored(note);
      return note;
    } catch (error) {
      if (generation === this._generation) this.problems.set(id, refusalCode(error));
      return undefined;
    } finally {
      this.busy.delete(id);
      this._host.requestUpdate();
    }
  }

  /** A note as the collector answered a write of this device's: shown as it is. */
  private _stored(note: TrizNote): void {
    if (note.status === 'pending') this._held.add(note.id);
    if (this._here(note)) this.notes.set(note.id, note);
    else this.notes.delete(note.id);
    this._host.requestUpdate();
  }
}
