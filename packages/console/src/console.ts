import {
  Announcer,
  ConfigController,
  LanguageController,
  type Localizer,
  type StringOverrides,
} from '@netweave/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ApiError, CollectorApi, type AdminSession } from './api.js';
import { styles } from './console.styles.js';
import { ModerationPanel } from './moderation-panel.js';
import { SessionForm } from './session-form.js';
import { SessionsController } from './sessions-controller.js';
import { formatCode } from './lib/code.js';
import { embedSnippet } from './lib/snippet.js';
import { errorKey } from './lib/errors.js';
import { consoleStrings, loadWelsh, type ConsoleKey, type ConsoleStrings } from './strings.js';
import { copyText } from './copy.js';
import { renderDelete } from './views/delete.js';
import { renderList } from './views/list.js';
import { renderSession } from './views/session.js';
import { renderShare, type CopyWhat } from './views/share.js';
import { renderSignIn } from './views/sign-in.js';

type View = 'list' | 'create' | 'edit' | 'session' | 'delete';

/**
 * The facilitator console a netweave collector serves at `/admin`: sign in with the admin token,
 * list, create (from a template), edit, duplicate, close, reopen and delete sessions, share each
 * session's join code, link, QR code and embed snippet, and moderate its posts live.
 *
 * @tagname netweave-console
 * @summary The facilitator console: sessions, join codes and live moderation.
 * @cssprop --netweave-colour-primary - The header's and accents' colour (default NHS blue).
 * @cssprop --netweave-colour-page - The page behind the panels (default NHS grey).
 */
export class NetweaveConsole extends LitElement {
  static override styles = styles;
  static override properties = {
    strings: { attribute: false },
    api: { attribute: false },
    routing: { type: Boolean },
    lang: { reflect: true },
    _view: { state: true },
    _sid: { state: true },
    _notice: { state: true },
    _problem: { state: true },
    _busy: { state: true },
    _copied: { state: true },
    _copyFailed: { state: true },
    _signInError: { state: true },
  };

  /** Operator wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;
  /** The collector (default: this page's origin, with the browser's fetch and EventSource). */
  api?: CollectorApi;
  /** The page's own console: language from `?lang=` (and the browser), kept in the address with the open session. */
  routing = false;
  /** `en` or `cy`; otherwise the closest `lang`, then the page's. */
  override lang!: string;

  private _view: View = 'list';
  private _sid: string | undefined;
  private _notice = '';
  private _problem = '';
  private _busy = false;
  private _copied: CopyWhat | undefined;
  private _copyFailed: CopyWhat | undefined;
  private _signInError = '';
  private _copiedTimer?: ReturnType<typeof setTimeout>;
  private _reload?: ReturnType<typeof setTimeout>;
  private _ownApi?: CollectorApi;
  private _shown = false;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, consoleStrings, loadWelsh);
  private readonly _announcer = new Announcer(this, 'console');
  private readonly _sessions = new SessionsController(this, () => this._api);
  private readonly _form = new SessionForm(this, {
    t: () => this._t,
    sessions: this._sessions,
    explain: (error) => this._explain(error),
    cancel: (mode, sid) =>
      mode === 'create'
        ? this._go('list', undefined, { focus: '#create' })
        : this._go('session', sid, { focus: '#edit' }),
    done: (session, mode) =>
      this._go('session', session.id, {
        notice:
          mode === 'create'
            ? this._t.t('created', { code: formatCode(session.code ?? '') })
            : this._t.t('saved'),
      }),
  });
  private readonly _moderation = new ModerationPanel(this, {
    t: () => this._t,
    api: () => this._api,
    explain: (error) => this._explain(error),
    say: (text) => this._say(text),
    sayLater: (text) => this._announcer.sayLater(text, this._t.locale, 1000),
    session: (s) => this._sessions.put(s as AdminSession),
    changed: () => this._refreshSoon(),
    signedOut: () => this._signedOut(),
  });

  private get _api(): CollectorApi {
    return this.api ?? (this._ownApi ??= new CollectorApi());
  }

  private get _t(): Localizer<ConsoleStrings> {
    return this._lang.t;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.routing) this._readAddress();
    void this._sessions.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._copiedTimer);
    clearTimeout(this._reload);
  }

  /** Also waits for the Welsh table while it loads, then for the render that uses it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._lang.loading) {
      await this._lang.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private _readAddress(): void {
    const url = new URL(location.href);
    const asked = url.searchParams.get('lang');
    if (asked === 'cy' || asked === 'en') this.lang = asked;
    else if (!this.lang && (navigator.languages ?? [navigator.language]).some((l) => /^cy\b/i.test(l)))
      this.lang = 'cy';
    const sid = decodeURIComponent(url.hash.replace(/^#session-/, ''));
    if (url.hash.startsWith('#session-') && sid) {
      this._view = 'session';
      this._sid = sid;
    }
  }

  private _writeAddress(): void {
    const url = new URL(location.href);
    url.searchParams.set('lang', this._t.locale);
    url.hash = this._sid && this._view !== 'list' ? `session-${encodeURIComponent(this._sid)}` : '';
    if (url.href !== location.href) history.replaceState(history.state, '', url);
    document.documentElement.lang = this._t.locale;
    document.title = `${this._t.t('console')} – ${this._t.t('service')}`;
  }

  private _say(text: string): void {
    this._announcer.say(text, this._t.locale);
  }

  private _explain(error: unknown): string {
    const e = error instanceof ApiError ? error : new ApiError('network', 0);
    return this._t.t(errorKey(e.code) as ConsoleKey, { code: e.code });
  }

  /** Goes to a view and puts the keyboard on its heading (or `focus`); `notice` is shown and said. */
  private _go(view: View, sid: string | undefined, options: { notice?: string; focus?: string } = {}): void {
    this._view = view;
    this._sid = sid;
    this._notice = options.notice ?? '';
    this._problem = '';
    this._copied = this._copyFailed = undefined;
    if (options.notice) this._say(options.notice);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(options.focus ?? 'h1')?.focus(),
    );
  }

  private _signedOut(notice = ''): void {
    this._sessions.signedOut();
    this._moderation.close();
    this._view = 'list';
    this._sid = undefined;
    this._notice = notice;
    this._problem = notice ? '' : this._t.t('problem.unauthorised');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  /** Counts change as posts and responses arrive: the list is read again once they settle. */
  private _refreshSoon(): void {
    clearTimeout(this._reload);
    this._reload = setTimeout(() => void this._sessions.load(), 3000);
  }

  private async _task(work: () => Promise<void>): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    this._problem = '';
    try {
      await work();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this._signedOut();
      else {
        this._problem = this._explain(error);
        this._say(this._problem);
      }
    } finally {
      this._busy = false;
    }
  }

  private _switchLanguage(event: Event): void {
    event.preventDefault();
    this.lang = this._t.locale === 'cy' ? 'en' : 'cy';
  }

  private async _signIn(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    this._notice = '';
    this._problem = '';
    this._signInError = token ? '' : this._t.t('error.token.missing');
    if (token && !this._busy) {
      this._busy = true;
      try {
        await this._api.signIn(token, this._t.locale);
        input.value = '';
        await this._sessions.load();
        this._go(this._sid ? 'session' : 'list', this._sid);
        return;
      } catch (error) {
        const code = error instanceof ApiError ? error.code : 'network';
        if (code === 'bad-token') this._signInError = this._explain(error);
        else this._problem = this._explain(error);
      } finally {
        this._busy = false;
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  private _signOut(): void {
    void this._task(async () => {
      await this._api.signOut(this._t.locale);
      this._signedOut(this._t.t('signedOut'));
      this._say(this._t.t('signedOut'));
    });
  }

  private async _copy(what: CopyWhat, session: AdminSession): Promise<void> {
    const text =
      what === 'code'
        ? formatCode(session.code ?? '')
        : what === 'url'
          ? this._joinUrl(session)
          : this._snippet(session);
    const ok = await copyText(text);
    clearTimeout(this._copiedTimer);
    this._copied = ok ? what : undefined;
    this._copyFailed = ok ? undefined : what;
    this._say(this._t.t(ok ? 'copied' : 'copy.failed'));
    if (ok) this._copiedTimer = setTimeout(() => (this._copied = undefined), 5000);
  }

  private _joinUrl(s: AdminSession): string {
    return s.joinUrl || `${this._api.origin}/j/${s.code ?? ''}`;
  }

  private _snippet(s: AdminSession): string {
    return embedSnippet({
      collector: this._api.origin,
      session: s.id,
      template: s.template ?? 'commitments',
      lang: s.lang === 'cy' ? 'cy' : 'en',
    });
  }

  private _toggle(s: AdminSession): void {
    void this._task(async () => {
      const now = await this._sessions.update(s.id, { open: s.open === false });
      this._notice = '';
      this._say(this._t.t(now.open === false ? 'closedDone' : 'reopened'));
    });
  }

  private _duplicate(s: AdminSession): void {
    void this._task(async () => {
      const copy = await this._sessions.duplicate(s);
      this._go('session', copy.id, {
        notice: this._t.t('duplicated', { code: formatCode(copy.code ?? '') }),
      });
    });
  }

  private _delete(s: AdminSession): void {
    void this._task(async () => {
      await this._sessions.remove(s.id);
      this._moderation.close();
      this._go('list', undefined, { notice: this._t.t('deleted', { title: s.title }) });
    });
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const current = this._sessions.get(this._sid);
    if (this._sessions.state === 'ready' && this._sid && !current) {
      this._view = 'list';
      this._sid = undefined;
    }
    const following =
      this._sessions.state === 'ready' && current && this._view !== 'list' && this._view !== 'create';
    if (following) this._moderation.follow(current.id);
    else this._moderation.close();
    this._moderation.willUpdate();
  }

  protected override updated(): void {
    this._moderation.updated();
    if (this.routing) this._writeAddress();
  }

  protected override render() {
    // Welsh on its way at the start: nothing yet (never English first); later, English stays
    // until Welsh has arrived, so the keyboard's place is never taken away.
    if (this._lang.loading && !this._shown) return nothing;
    this._shown = true;
    const t = this._t;
    const state = this._sessions.state;
    const signedIn = state === 'ready' || state === 'error';
    return html`
      <header>
        <div class="bar">
          <p class="brand"><b>${t.t('service')}</b> <span>${t.t('console')}</span></p>
          <div class="tools">
            <a
              href="?lang=${t.locale === 'cy' ? 'en' : 'cy'}"
              lang=${t.locale === 'cy' ? 'en' : 'cy'}
              hreflang=${t.locale === 'cy' ? 'en' : 'cy'}
              @click=${this._switchLanguage}
              >${t.t('otherLanguage')}</a
            >
            ${signedIn ? html`<button class="nw-link-button" type="button" id="sign-out" @click=${this._signOut}>${t.t('signOut')}</button>` : nothing}
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1">${this._renderMain()}</main>
    `;
  }

  private _renderMain() {
    const t = this._t;
    const sessions = this._sessions;
    if (sessions.state === 'loading') return html`<p>${t.t('loading')}</p>`;
    if (sessions.state === 'off')
      return html`<h1 tabindex="-1">${t.t('console')}</h1>
        <div class="nw-notice nw-notice--error"><p>${t.t('problem.admin-off')}</p></div>`;
    if (sessions.state === 'signed-out')
      return renderSignIn({
        t,
        error: this._signInError,
        problem: this._problem,
        notice: this._notice,
        busy: this._busy,
        submit: (e) => void this._signIn(e),
      });
    const s = sessions.get(this._sid);
    if ((this._view === 'create' || this._view === 'edit') && (s || this._view === 'create'))
      return this._form.render(this._view, s);
    if (this._view === 'delete' && s)
      return renderDelete({
        t,
        session: s,
        problem: this._problem,
        busy: this._busy,
        confirm: () => this._delete(s),
        cancel: () => this._go('session', s.id, { focus: '#delete' }),
      });
    if (this._view === 'session' && s)
      return renderSession({
        t,
        session: s,
        notice: this._notice,
        problem: this._problem,
        busy: this._busy,
        csv: {
          responses: this._api.csvUrl(s.id, 'responses'),
          commitments: this._api.csvUrl(s.id, 'commitments'),
        },
        back: () => this._go('list', undefined, { focus: `a[data-id="${CSS.escape(s.id)}"]` }),
        edit: () => this._busy || (this._form.start('edit', s), this._go('edit', s.id)),
        duplicate: () => this._duplicate(s),
        toggle: () => this._toggle(s),
        remove: () => this._busy || this._go('delete', s.id),
        share: renderShare({
          t,
          session: s,
          joinUrl: this._joinUrl(s),
          qrUrl: this._api.qrUrl(s.id, t.locale),
          snippet: this._snippet(s),
          copied: this._copied,
          copyFailed: this._copyFailed,
          copy: (what) => void this._copy(what, s),
        }),
        moderation: this._moderation.render(),
      });
    return renderList({
      t,
      sessions: sessions.sessions,
      loading: false,
      problem: sessions.state === 'error' ? this._explain(sessions.error) : this._problem,
      notice: this._notice,
      open: (id) => this._go('session', id),
      create: () => (this._form.start('create'), this._go('create', undefined)),
      retry: () => void sessions.load(),
    });
  }
}
