/**
 * The "Did you do it?" follow-ups of one session, as the posts' moderation panel does it: every
 * follow-up read (all statuses), held ones first; approve, hide or restore one, or edit a held
 * note as it is approved; the keyboard (arrows, A, H, E) and its place kept when answers move
 * between lists; each outcome said once. The admin stream does not carry follow-ups (they come
 * weeks later), so the list is read again whenever the session's counts say it has changed.
 */
import { FOLLOW_UP_NOTE_MAX, type CommitmentStatus, type Localizer } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type AdminFollowUp, type AdminSession, type CollectorApi } from './api.js';
import { markFocus, restoreFocus, siblingPost, type FocusMark } from './focus.js';
import { gist } from './lib/errors.js';
import { keyAction } from './lib/posts.js';
import type { ConsoleKey, ConsoleStrings } from './strings.js';
import { renderFollowUps } from './views/follow-ups.js';

export interface FollowUpsPanelOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  explain(error: unknown): string;
  /** Says a message once, now. */
  say(text: string): void;
  /** The words of the commitment a follow-up answers, when the console has that post. */
  commitment(id: string): string | undefined;
  /** A follow-up changed: the session's counts have changed. */
  changed(): void;
  signedOut(): void;
}

/** The counts that tell when the list should be read again. */
const stamp = (s: AdminSession) => `${s.counts?.followUps ?? ''}/${s.counts?.pendingFollowUps ?? ''}`;

export class FollowUpsPanel implements ReactiveController {
  items = new Map<string, AdminFollowUp>();
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: ApiError | undefined;
  session: string | undefined;

  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _o: FollowUpsPanelOptions;
  private _run = 0;
  private _stamp = '';
  private _editing: string | undefined;
  private _editText = '';
  private _editError = '';
  private _problem = '';
  private _busy = false;
  private _mark: FocusMark | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FollowUpsPanelOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this._run += 1;
    this.state = 'idle';
  }

  /** Follows a session: reads its follow-ups, and again when its counts change. */
  follow(s: AdminSession): void {
    const changed = stamp(s) !== this._stamp;
    if (this.session !== s.id || this.state === 'idle') {
      this._editing = undefined;
      this._problem = '';
      this._stamp = stamp(s);
      void this._load(s.id, true);
    } else if (changed && this.state !== 'loading') {
      this._stamp = stamp(s);
      void this._load(s.id, false);
    }
  }

  close(): void {
    this._run += 1;
    this.session = undefined;
    this.state = 'idle';
    this.items = new Map();
    this._editing = undefined;
    this._stamp = '';
  }

  /** Reads the follow-ups; `fresh` (another session) empties the lists first. */
  private async _load(session: string, fresh: boolean): Promise<void> {
    const run = ++this._run;
    this.session = session;
    if (fresh) this.items = new Map();
    this.state = 'loading';
    this.error = undefined;
    this._host.requestUpdate();
    try {
      const items = await this._o.api().followUps(session);
      if (run !== this._run) return;
      this.items = new Map(items.map((f) => [f.id, f]));
      this.state = 'ready';
    } catch (error) {
      if (run !== this._run) return;
      this.state = 'error';
      this.error = error instanceof ApiError ? error : new ApiError('network', 0);
      if (this.error.status === 401) this._o.signedOut();
    }
    this._host.requestUpdate();
  }

  /** Before a render: where the keyboard is among the answers. */
  willUpdate(): void {
    const root = this._host.shadowRoot;
    this._mark = root ? markFocus(root) : undefined;
  }

  /** After a render: the keyboard back in its place if its answer moved away. */
  updated(): void {
    const root = this._host.shadowRoot;
    if (root) restoreFocus(root, this._mark);
    this._mark = undefined;
  }

  private _focus(selector: string): void {
    void this._host.updateComplete.then(() =>
      this._host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  /** What a follow-up is called in a status message: its note, else its answer. */
  private _gist(f: AdminFollowUp): string {
    return gist(f.note || this._o.t().t(`answer.${f.answer}` as ConsoleKey));
  }

  private async _moderate(f: AdminFollowUp, status: CommitmentStatus, note?: string | null): Promise<void> {
    const session = this.session;
    if (this._busy || !session) return;
    this._busy = true;
    this._problem = '';
    this._host.requestUpdate();
    const t = this._o.t();
    try {
      const done = await this._o.api().moderateFollowUp(session, f.id, status, note);
      if (session !== this.session) return;
      this.items.set(done.id, done);
      if (note !== undefined) this._editing = undefined;
      const key = note !== undefined ? 'edited' : status === 'hidden' ? 'hiddenDone' : 'approved';
      this._o.say(t.t(key, { text: this._gist(done) }));
      this._o.changed();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this._o.signedOut();
        return;
      }
      const message = this._o.explain(error);
      if (note !== undefined) this._editError = message;
      else this._problem = message;
      this._o.say(message);
      // Gone from the collector: the lists show what is really there.
      if (error instanceof ApiError && error.code === 'follow-up-not-found') void this._load(session, false);
    } finally {
      this._busy = false;
      this._host.requestUpdate();
    }
  }

  private _edit(f: AdminFollowUp | undefined): void {
    const was = this._editing;
    this._editing = f?.id;
    this._editText = f?.note ?? '';
    this._editError = '';
    this._host.requestUpdate();
    if (f) this._focus(`#fu-edit-${CSS.escape(f.id)}`);
    else if (was) this._focus(`.post[data-id="${CSS.escape(was)}"] [data-action="fu-edit"]`);
  }

  private _save(event: Event): void {
    event.preventDefault();
    const f = this._editing ? this.items.get(this._editing) : undefined;
    if (!f) return;
    const note = this._editText.trim();
    const t = this._o.t();
    this._editError =
      note.length > FOLLOW_UP_NOTE_MAX ? t.t('error.followUpNote.long', { count: FOLLOW_UP_NOTE_MAX }) : '';
    if (this._editError) {
      this._host.requestUpdate();
      this._focus(`#fu-edit-${CSS.escape(f.id)}`);
      return;
    }
    // An empty note approves the answer alone (the collector removes the note).
    void this._moderate(f, 'visible', note || null);
  }

  private _keydown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    const li = target.closest<HTMLElement>('.post');
    if (!li || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (target === li || target.tagName === 'BUTTON')) {
      const next = siblingPost(li, e.key === 'ArrowDown');
      if (next) {
        e.preventDefault();
        next.focus();
      }
      return;
    }
    if (target !== li) return;
    const f = this.items.get(li.dataset.id ?? '');
    if (!f) return;
    const status = keyAction(e.key);
    if (status && f.status !== status) {
      e.preventDefault();
      void this._moderate(f, status);
    } else if (e.key.toLowerCase() === 'e' && f.status === 'pending' && f.note) {
      e.preventDefault();
      this._edit(f);
    }
  }

  render() {
    const t = this._o.t();
    return renderFollowUps({
      t,
      items: this.items,
      loading: this.state === 'loading' && !this.items.size,
      problem: this._problem || (this.state === 'error' ? this._o.explain(this.error) : ''),
      commitment: (id) => this._o.commitment(id),
      editing: this._editing,
      editText: this._editText,
      editError: this._editError,
      busy: this._busy,
      moderate: (f, status) => void this._moderate(f, status),
      edit: (f) => this._edit(f),
      editInput: (text) => {
        this._editText = text;
        if (this._editError && text.trim().length <= FOLLOW_UP_NOTE_MAX) this._editError = '';
        this._host.requestUpdate();
      },
      saveEdit: (e) => this._save(e),
      keydown: (e) => this._keydown(e),
      retry: () => {
        this._problem = '';
        if (this.session) void this._load(this.session, false);
      },
    });
  }
}
