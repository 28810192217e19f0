import {
  Announcer,
  ConfigController,
  LanguageController,
  type Localizer,
  type StringOverrides,
} from '@netweave/core';
import { LitElement, html, nothing } from 'lit';
import { readAddress, writeAddress } from './address.js';
import { ApiError, CollectorApi, type AdminSession } from './api.js';
import { styles } from './console.styles.js';
import { formatCode } from './lib/code.js';
import { errorKey } from './lib/errors.js';
import { GroupsPanel } from './groups-panel.js';
import { FollowUpsPanel } from './follow-ups-panel.js';
import { ModerationPanel } from './moderation-panel.js';
import { RoundPanel } from './round-panel.js';
import { SessionActions } from './session-actions.js';
import { SessionForm } from './session-form.js';
import { SessionsController } from './sessions-controller.js';
import { SharePanel } from './share-panel.js';
import { SignInForm } from './sign-in-form.js';
import { consoleStrings, loadWelsh, type ConsoleKey, type ConsoleStrings } from './strings.js';
import { renderDelete } from './views/delete.js';
import { renderHeader } from './views/header.js';
import { renderList } from './views/list.js';
import { renderSession } from './views/session.js';
import { renderStage } from './views/stage.js';

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
    now: { attribute: false },
    _view: { state: true },
    _sid: { state: true },
    _notice: { state: true },
  };

  /** Operator wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;
  /** The collector (default: this page's origin, with the browser's fetch and EventSource). */
  api?: CollectorApi;
  /** The page's own console: language from `?lang=` (else the browser's), the open session kept in the address. */
  routing = false;
  /** `en` or `cy`; otherwise the closest `lang`, then the page's. */
  override lang!: string;
  /** The monotonic clock (ms) TRIZ countdowns count with: `performance.now()` unless a test gives another. */
  now: () => number = () => performance.now();

  private _view: View = 'list';
  private _sid: string | undefined;
  private _notice = '';
  private _reload?: ReturnType<typeof setTimeout>;
  private _ownApi?: CollectorApi;
  private _shown = false;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, consoleStrings, loadWelsh);
  private readonly _announcer = new Announcer(this, 'console');
  private readonly _sessions = new SessionsController(this, () => this._api);
  private readonly _signIn = new SignInForm(this, {
    t: () => this._t,
    api: () => this._api,
    explain: (error) => this._explain(error),
    done: async () => {
      await this._sessions.load();
      this._go(this._sid ? 'session' : 'list', this._sid);
    },
  });
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
  private readonly _share = new SharePanel(this, {
    t: () => this._t,
    api: () => this._api,
    say: (text) => this._say(text),
  });
  private readonly _actions = new SessionActions(this, {
    t: () => this._t,
    api: () => this._api,
    sessions: this._sessions,
    explain: (error) => this._explain(error),
    say: (text) => this._say(text),
    go: (view, sid, notice) => this._go(view, sid, { notice }),
    signedOut: (notice) => this._signedOut(notice),
  });
  private readonly _round = new RoundPanel(this, {
    t: () => this._t,
    api: () => this._api,
    sessions: this._sessions,
    explain: (error) => this._explain(error),
    say: (text) => this._say(text),
    now: () => this.now(),
  });
  private readonly _groups: GroupsPanel = new GroupsPanel(this, {
    t: () => this._t,
    api: () => this._api,
    sessions: this._sessions,
    explain: (error) => this._explain(error),
    say: (text) => this._say(text),
    paused: () => this._moderation.data.paused,
    signedOut: () => this._signedOut(),
  });
  private readonly _moderation: ModerationPanel = new ModerationPanel(this, {
    t: () => this._t,
    api: () => this._api,
    explain: (error) => this._explain(error),
    say: (text) => this._say(text),
    sayLater: (text) => this._announcer.sayLater(text, this._t.locale, 1000),
    session: (s) => this._sessions.put(s as AdminSession),
    changed: () => this._refreshSoon(),
    signedOut: () => this._signedOut(),
    notes: this._groups.hooks,
  });
  private readonly _followUps: FollowUpsPanel = new FollowUpsPanel(this, {
    t: () => this._t,
    api: () => this._api,
    explain: (error) => this._explain(error),
    say: (text) => this._say(text),
    commitment: (id) => this._moderation.data.posts.get(id)?.text,
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
    if (this.routing) {
      const place = readAddress(location.href, navigator.languages ?? [navigator.language]);
      if (place.lang && !this.lang) this.lang = place.lang;
      if (place.session) {
        this._view = 'session';
        this._sid = place.session;
      }
    }
    void this._sessions.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    this._actions.problem = '';
    this._share.reset();
    if (options.notice) this._say(options.notice);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(options.focus ?? 'h1')?.focus(),
    );
  }

  /** Signed out: here (`notice` says so) or elsewhere (the cookie stopped working). */
  private _signedOut(notice = ''): void {
    this._sessions.signedOut();
    this._moderation.close();
    this._followUps.close();
    this._notice = '';
    this._signIn.reset(notice ? '' : this._t.t('problem.unauthorised'));
    this._go('list', undefined, notice ? { notice } : {});
  }

  /** Counts change as posts and responses arrive: the list is read again once they settle. */
  private _refreshSoon(): void {
    clearTimeout(this._reload);
    this._reload = setTimeout(() => void this._sessions.load(), 3000);
  }

  private _switchLanguage(event: Event): void {
    event.preventDefault();
    this.lang = this._t.locale === 'cy' ? 'en' : 'cy';
  }

  protected override willUpdate(): void {
    const current = this._sessions.get(this._sid);
    if (this._sessions.state === 'ready' && this._sid && !current) {
      this._view = 'list';
      this._sid = undefined;
    }
    const following =
      this._sessions.state === 'ready' && current && this._view !== 'list' && this._view !== 'create';
    if (following) this._moderation.follow(current.id);
    else this._moderation.close();
    if (following && this._view === 'session') this._followUps.follow(current);
    else this._followUps.close();
    // TRIZ: the round counts down and the groups' notes are followed while its page is shown.
    if (following && current.template === 'triz-commitments') {
      this._groups.follow(current);
      if (this._view === 'session') this._round.sync(current);
      else this._round.close();
    } else {
      this._groups.close();
      this._round.close();
    }
    this._moderation.willUpdate();
    this._followUps.willUpdate();
  }

  protected override updated(): void {
    this._moderation.updated();
    this._followUps.updated();
    if (this.routing && this._shown) {
      const t = this._t;
      writeAddress(
        t.locale,
        this._view === 'list' ? undefined : this._sid,
        `${t.t('console')} – ${t.t('service')}`,
      );
    }
  }

  protected override render() {
    // Welsh on its way at the start: nothing yet (never English first); later, English stays
    // until Welsh has arrived, so the keyboard's place is never taken away.
    if (this._lang.loading && !this._shown) return nothing;
    this._shown = true;
    const t = this._t;
    const other = t.locale === 'cy' ? 'en' : 'cy';
    const signedIn = this._sessions.state === 'ready' || this._sessions.state === 'error';
    return html`
      ${renderHeader({
        service: t.t('service'),
        page: t.t('console'),
        other,
        otherName: t.t('otherLanguage'),
        switchLanguage: (e) => this._switchLanguage(e),
        signOut: signedIn ? { label: t.t('signOut'), click: () => this._actions.signOut() } : undefined,
      })}
      <main id="main" tabindex="-1">${this._renderMain(t)}</main>
    `;
  }

  private _renderMain(t: Localizer<ConsoleStrings>) {
    const sessions = this._sessions;
    if (sessions.state === 'loading') return html`<p>${t.t('loading')}</p>`;
    if (sessions.state === 'off')
      return html`<h1 tabindex="-1">${t.t('console')}</h1>
        <div class="nw-notice nw-notice--error"><p>${t.t('problem.admin-off')}</p></div>`;
    if (sessions.state === 'signed-out') return this._signIn.render(this._notice);
    const s = sessions.get(this._sid);
    if (this._view === 'create' || (this._view === 'edit' && s)) return this._form.render(this._view);
    const { busy, problem } = this._actions;
    if (this._view === 'delete' && s)
      return renderDelete({
        t,
        session: s,
        problem,
        busy,
        confirm: () => this._actions.remove(s),
        cancel: () => this._go('session', s.id, { focus: '#delete' }),
      });
    if (this._view === 'session' && s)
      return renderSession({
        t,
        session: s,
        notice: this._notice,
        problem,
        busy,
        csv: {
          responses: this._api.csvUrl(s.id, 'responses'),
          commitments: this._api.csvUrl(s.id, 'commitments'),
          followUps: this._api.csvUrl(s.id, 'follow-ups'),
        },
        writeup: {
          docx: this._api.writeupUrl(s.id, 'docx', t.locale),
          html: this._api.writeupUrl(s.id, 'html', t.locale),
          md: this._api.writeupUrl(s.id, 'md', t.locale),
        },
        everything: this._api.exportUrl(s.id),
        back: () => this._go('list', undefined, { focus: `a[data-id="${CSS.escape(s.id)}"]` }),
        edit: () => busy || (this._form.start('edit', s), this._go('edit', s.id)),
        duplicate: () => this._actions.duplicate(s),
        toggle: () => this._actions.toggle(s),
        remove: () => busy || this._go('delete', s.id),
        stage: renderStage({ t, session: s, busy, choose: (stage) => this._actions.stage(s, stage) }),
        round: s.template === 'triz-commitments' ? this._round.render(s) : nothing,
        groups: s.template === 'triz-commitments' ? this._groups.render(s) : nothing,
        share: this._share.render(s),
        moderation: this._moderation.render(),
        followUps: this._followUps.render(),
      });
    return renderList({
      t,
      sessions: sessions.sessions,
      loading: false,
      problem: sessions.state === 'error' ? this._explain(sessions.error) : problem,
      notice: this._notice,
      open: (id) => this._go('session', id),
      create: () => (this._form.start('create'), this._go('create', undefined)),
      retry: () => void sessions.load(),
    });
  }
}
