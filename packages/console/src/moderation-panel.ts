/**
 * The moderation panel's behaviour: which session it follows, what the moderator is doing (a post
 * being edited), the keyboard (arrows, A, H, E) and where the keyboard goes when posts move, and
 * what is said (a burst of new posts once, each moderation once).
 */
import { LIMITS, type Commitment, type Localizer, type Session } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type CollectorApi } from './api.js';
import { markFocus, restoreFocus, siblingPost, type FocusMark } from './focus.js';
import { gist } from './lib/errors.js';
import { keyAction } from './lib/posts.js';
import { ModerationController, type ModerationCallbacks } from './moderation-controller.js';
import type { ConsoleStrings } from './strings.js';
import { renderModeration } from './views/moderation.js';

export interface ModerationPanelOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  explain(error: unknown): string;
  /** Says a message once, now. */
  say(text: string): void;
  /** Says the latest of a burst once things settle. */
  sayLater(text: () => string): void;
  session(session: Session): void;
  changed(): void;
  signedOut(): void;
  /** Milliseconds between polls when the stream cannot be used (tests). */
  pollMs?: number;
  /** TRIZ notes: their live events, when to read them again, and when updates resume. */
  notes?: Pick<ModerationCallbacks, 'note' | 'opened' | 'resumed'> & {
    /** Note changes waiting while paused (counted with the posts'). */
    waiting(): number;
  };
}

export class ModerationPanel implements ReactiveController {
  readonly data: ModerationController;
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _o: ModerationPanelOptions;
  private _editing: string | undefined;
  private _editText = '';
  private _editError = '';
  private _problem = '';
  private _busy = false;
  private _arrived = 0;
  private _mark: FocusMark | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ModerationPanelOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
    this.data = new ModerationController(
      host,
      options.api,
      {
        arrived: (n) => {
          this._arrived += n;
          options.sayLater(() => {
            const count = this._arrived;
            this._arrived = 0;
            return options.t().t('newPending', { count });
          });
        },
        session: (s) => options.session(s),
        changed: () => options.changed(),
        refused: () => options.signedOut(),
        note: (e) => options.notes?.note?.(e),
        opened: () => options.notes?.opened?.(),
        resumed: () => options.notes?.resumed?.(),
      },
      options.pollMs === undefined ? {} : { pollMs: options.pollMs },
    );
  }

  hostConnected(): void {}

  follow(session: string): void {
    if (this.data.session !== session || this.data.state === 'idle') {
      this._editing = undefined;
      this._problem = '';
      void this.data.open(session);
    }
  }

  close(): void {
    if (this.data.session) this.data.close();
    this._editing = undefined;
  }

  /** Before a render: where the keyboard is among the posts. */
  willUpdate(): void {
    const root = this._host.shadowRoot;
    this._mark = root ? markFocus(root) : undefined;
  }

  /** After a render: the keyboard back in its place if its post moved away. */
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

  private async _moderate(c: Commitment, status: 'visible' | 'hidden', text?: string): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    this._problem = '';
    this._host.requestUpdate();
    const t = this._o.t();
    try {
      const done = await this.data.moderate(c.id, status, text);
      if (text !== undefined) this._editing = undefined;
      const key =
        text !== undefined
          ? 'edited'
          : status === 'hidden'
            ? 'hiddenDone'
            : c.status === 'hidden'
              ? 'restored'
              : 'approved';
      this._o.say(t.t(key, { text: gist(done.text) }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      const message = this._o.explain(error);
      if (text !== undefined) this._editError = message;
      else this._problem = message;
      this._o.say(message);
    } finally {
      this._busy = false;
      this._host.requestUpdate();
    }
  }

  private _edit(c: Commitment | undefined): void {
    const was = this._editing;
    this._editing = c?.id;
    this._editText = c?.text ?? '';
    this._editError = '';
    this._host.requestUpdate();
    if (c) this._focus(`#edit-${CSS.escape(c.id)}`);
    else if (was) this._focus(`.post[data-id="${CSS.escape(was)}"] [data-action="edit"]`);
  }

  private _save(event: Event): void {
    event.preventDefault();
    const c = this._editing ? this.data.posts.get(this._editing) : undefined;
    if (!c) return;
    const text = this._editText.trim();
    const t = this._o.t();
    this._editError = !text
      ? t.t('error.post.empty')
      : text.length > LIMITS.commitmentText
        ? t.t('error.post.long', { count: LIMITS.commitmentText })
        : '';
    if (this._editError) {
      this._host.requestUpdate();
      this._focus(`#edit-${CSS.escape(c.id)}`);
      return;
    }
    void this._moderate(c, 'visible', text);
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
    const c = this.data.posts.get(li.dataset.id ?? '');
    if (!c) return;
    const status = keyAction(e.key);
    if (status && c.status !== status) {
      e.preventDefault();
      void this._moderate(c, status);
    } else if (e.key.toLowerCase() === 'e' && c.status === 'pending') {
      e.preventDefault();
      this._edit(c);
    }
  }

  render() {
    const data = this.data;
    const t = this._o.t();
    return renderModeration({
      t,
      posts: data.posts,
      loading: data.state === 'loading',
      problem: this._problem || (data.state === 'error' ? this._o.explain(data.error) : ''),
      connection: data.connection,
      paused: data.paused,
      waiting: data.waiting.size + (this._o.notes?.waiting() ?? 0),
      editing: this._editing,
      editText: this._editText,
      editError: this._editError,
      busy: this._busy,
      moderate: (c, status) => void this._moderate(c, status),
      edit: (c) => this._edit(c),
      editInput: (text) => {
        this._editText = text;
        if (this._editError && text.trim() && text.trim().length <= LIMITS.commitmentText)
          this._editError = '';
        this._host.requestUpdate();
      },
      saveEdit: (e) => this._save(e),
      keydown: (e) => this._keydown(e),
      pause: () => data.setPaused(!data.paused),
      retry: () => {
        this._problem = '';
        if (data.session) void data.open(data.session, true);
      },
    });
  }
}
