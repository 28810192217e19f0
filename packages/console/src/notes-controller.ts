/**
 * A TRIZ session's notes, every group's, every status, live: read once, then kept up to date by
 * the admin stream's `note` and `note-removed` events (which the moderation controller forwards).
 * The stream does not replay note events, so the notes are read again each time it (re)opens or
 * is polled; events that arrive while a read is on its way are applied on top of what it brings.
 * While updates are paused (WCAG 2.2.2) changes wait, and are shown on resume.
 */
import type { TrizNote } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type CollectorApi, type NotePatch } from './api.js';

/** A note event as the admin stream sends it. */
export type NoteEvent =
  { readonly type: 'note'; readonly note: TrizNote } | { readonly type: 'note-removed'; readonly id: string };

export interface NotesOptions {
  api(): CollectorApi;
  /** Whether updates are paused now. */
  paused(): boolean;
  /** The collector no longer takes the admin cookie. */
  refused(error: ApiError): void;
}

export class NotesController implements ReactiveController {
  notes = new Map<string, TrizNote>();
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: ApiError | undefined;
  /** Changes that arrived while paused: a note as it now stands, or null when it is gone. */
  readonly waiting = new Map<string, TrizNote | null>();
  session: string | undefined;
  private readonly _host: ReactiveControllerHost;
  private readonly _o: NotesOptions;
  private _run = 0;
  /** Events seen while a read is on its way (applied again on top of what it brings). */
  private _during: [string, TrizNote | null][] | undefined;

  constructor(host: ReactiveControllerHost, options: NotesOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Follows a session's notes (read now, then live). */
  follow(session: string): void {
    if (session === this.session && this.state !== 'idle' && this.state !== 'error') return;
    this.close();
    this.session = session;
    this.state = 'loading';
    void this.load();
  }

  close(): void {
    this._run += 1;
    this.session = undefined;
    this.state = 'idle';
    this.notes = new Map();
    this.waiting.clear();
    this._during = undefined;
  }

  /** Reads every note again (the stream (re)opened, or a poll). */
  async load(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const run = ++this._run;
    this._during = [];
    try {
      const items = await this._o.api().notes(session);
      if (run !== this._run) return;
      const notes = new Map(items.map((n) => [n.id, n]));
      for (const [id, note] of this._during) this._put(notes, id, note);
      this.notes = notes;
      this.state = 'ready';
      this.error = undefined;
    } catch (error) {
      if (run !== this._run) return;
      this.error = error instanceof ApiError ? error : new ApiError('network', 0);
      if (this.error.status === 401) this._o.refused(this.error);
      if (this.state !== 'ready') this.state = 'error';
    } finally {
      if (run === this._run) this._during = undefined;
    }
    this._host.requestUpdate();
  }

  /** A note event from the admin stream. */
  take(event: NoteEvent): void {
    if (!this.session) return;
    const [id, note] = event.type === 'note' ? [event.note.id, event.note] : [event.id, null];
    this._during?.push([id, note]);
    if (this._o.paused()) this.waiting.set(id, note);
    else {
      this.notes = new Map(this.notes);
      this._put(this.notes, id, note);
    }
    this._host.requestUpdate();
  }

  /** Updates resumed: what waited is shown. */
  resume(): void {
    if (!this.waiting.size) return;
    this.notes = new Map(this.notes);
    for (const [id, note] of this.waiting) this._put(this.notes, id, note);
    this.waiting.clear();
    this._host.requestUpdate();
  }

  /** Moves a note to another group, or shows, holds or hides it; resolves with it as stored. */
  async change(id: string, patch: NotePatch): Promise<TrizNote> {
    const session = this.session;
    if (!session) throw new ApiError('session-not-found', 404);
    try {
      const note = await this._o.api().changeNote(session, id, patch);
      if (session === this.session) {
        this.notes = new Map(this.notes);
        this.notes.set(note.id, note);
        this.waiting.delete(note.id);
        this._host.requestUpdate();
      }
      return note;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this._o.refused(error);
      throw error;
    }
  }

  private _put(notes: Map<string, TrizNote>, id: string, note: TrizNote | null): void {
    if (note) notes.set(id, note);
    else notes.delete(id);
  }
}
