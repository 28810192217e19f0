import { Localizer, type StringOverrides } from '@netweave/model';
import { pageLocale } from './lib/locale.js';
import { LitElement, html, type PropertyValues } from 'lit';
import { JoinController } from './join-controller.js';
import { styles } from './join.styles.js';
import { joinStrings, type JoinStrings } from './join-strings.js';
import { codeFromPath, normaliseCode } from './lib/code.js';
import { renderHeader } from './views/header.js';
import { sessionStage } from '@netweave/model';
import { StageFollower, type LiveSession } from './stage-follower.js';
import { renderEntry, renderError, renderJoined, renderLoading } from './views/join-pages.js';

/**
 * The participant page a collector serves at `/j` and `/j/<code>`: a box for the join code, then
 * what the session is doing now (the self-assessment, the TRIZ board or the commitments wall),
 * with the widgets loaded from the collector itself. When the facilitator moves the session on,
 * the page follows at once if the participant has entered nothing on this part; otherwise it says
 * so and waits for their tap, so nothing they typed is taken from under them. No account, no
 * name, no tracking; English and Welsh.
 *
 * @tagname netweave-join
 * @summary Join a session by its code.
 * @cssprop --netweave-colour-primary - The header's colour (default NHS blue).
 */
export class NetweaveJoin extends LitElement {
  static override styles = styles;
  static override properties = {
    code: { reflect: true },
    endpoint: { reflect: true },
    widgetsSrc: { attribute: 'widgets-src' },
    strings: { attribute: false },
    fetch: { attribute: false },
    routing: { type: Boolean },
    lang: { reflect: true },
    _typed: { state: true },
    _entryError: { state: true },
    _news: { state: true },
  };

  /** The join code (as typed: any case, hyphen optional); none shows the code box. */
  code?: string;
  /** The collector's origin (default: this page's, which serves it). */
  endpoint?: string;
  /** A file that defines the widgets (default: the collector's file of the one widget the session shows, e.g. `/cdn/commitments-wall/commitments-wall.js`). */
  widgetsSrc?: string;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;
  /** fetch for the code lookup (tests); default the browser's. */
  fetch?: typeof fetch;
  /** The page's own: code and language from the address (`/j/<code>?lang=cy`), kept there. */
  routing = false;
  /** `en` or `cy`, chosen by the participant; otherwise the session's, then the browser's. */
  override lang!: string;

  private _typed = '';
  private _entryError = '';
  /** Whether the participant has done something here (then the keyboard follows each new page). */
  private _acted = false;
  /** The page last shown (the keyboard goes to the heading of a new one). */
  private _shownState = '';
  private readonly _join = new JoinController(this);
  private readonly _follower = new StageFollower();
  /** Said once in the live region when the session moves on. */
  private _news = '';
  /** The participant has entered something on the part shown now. */
  private _entered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.routing) return;
    const url = new URL(location.href);
    const asked = url.searchParams.get('lang');
    if (asked === 'cy' || asked === 'en') this.lang = asked;
    const code = codeFromPath(url.pathname);
    if (code && !this.code) this.code = code;
  }

  /** The language now: the participant's choice, else the session's, else the browser's. */
  private get _locale(): 'en' | 'cy' {
    return pageLocale(this.lang, this._join.info?.lang);
  }

  private get _t(): Localizer<JoinStrings> {
    return new Localizer(joinStrings, this._locale, this.strings ?? {});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._follower.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) {
      this._follower.stop();
      this._news = '';
      this._entered = false;
      if (this.code) void this._start(this.code);
      else this._join.reset();
    }
  }

  /** The session as the store tells it: moved on to another stage, or not. */
  private _sessionChanged(live: LiveSession): void {
    const info = this._join.info;
    if (!info) return;
    const stage = sessionStage({ template: info.template, stage: live.stage });
    if (stage === info.stage) {
      if (this._join.waiting) this._join.waiting = undefined;
      this.requestUpdate();
      return;
    }
    if (stage === this._join.waiting) return;
    const news = this._t.t('stage.moved', { stage: this._t.t(`stage.${stage}`) });
    const widget = this.renderRoot.querySelector('netweave-provider');
    const busy = this._entered || Boolean(widget?.contains(this.shadowRoot?.activeElement ?? null));
    if (busy) {
      this._join.waiting = stage;
      this._news = news;
      this.requestUpdate();
      return;
    }
    void this._join.show(stage, this.widgetsSrc).then((shown) => {
      if (shown) {
        this._entered = false;
        this._news = news;
      }
      this.requestUpdate();
    });
  }

  /** The participant's tap: to the stage the session has moved to (or again, after a failure). */
  private async _goToStage(): Promise<void> {
    const join = this._join;
    const stage = join.waiting;
    if (!stage || join.switching) return;
    if (await join.show(stage, this.widgetsSrc)) {
      this._entered = false;
      this._news = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#stage-go')?.focus();
    }
  }

  private _start(code: string): Promise<void> {
    return this._join.join(code, {
      ...(this.endpoint ? { base: this.endpoint.replace(/\/+$/, '') } : {}),
      ...(this.fetch ? { fetch: this.fetch } : {}),
      ...(this.widgetsSrc ? { widgets: this.widgetsSrc } : {}),
    });
  }

  protected override updated(): void {
    const state = this._join.state;
    const info = this._join.info;
    if (this.routing) {
      const url = new URL(location.href);
      if (this.lang) url.searchParams.set('lang', this._locale);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
      document.documentElement.lang = this._locale;
      document.title = `${info?.title ?? this._t.t('entry.title')} – ${this._t.t('service')}`;
      if (state === 'ready' && info?.partnerUrl) location.replace(info.partnerUrl);
    }
    if (state === 'ready' && info && !info.partnerUrl && !this._follower.following(info.session)) {
      const inside = this.renderRoot.querySelector('netweave-provider > *');
      if (inside) this._follower.follow(inside, info.session, (live) => this._sessionChanged(live));
    }
    if (this._acted && state !== this._shownState && state !== 'widgets') {
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
    this._shownState = state;
  }

  private _submit(event: Event): void {
    event.preventDefault();
    this._acted = true;
    const typed = this._typed.trim();
    const code = normaliseCode(typed);
    const t = this._t;
    this._entryError = !typed ? t.t('error.code.missing') : !code ? t.t('error.code.invalid') : '';
    if (this._entryError) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus(),
      );
      return;
    }
    if (this.routing) {
      const url = new URL(`/j/${code}`, location.href);
      if (this.lang) url.searchParams.set('lang', this._locale);
      location.assign(url.href);
      return;
    }
    this.code = code!;
  }

  private _switchLanguage(event: Event): void {
    event.preventDefault();
    this.lang = this._locale === 'cy' ? 'en' : 'cy';
  }

  private _again(): void {
    this._acted = true;
    if (this.code) void this._start(this.code);
  }

  private _otherCode(event: Event): void {
    this._acted = true;
    if (this.routing) return; // the link goes to /j
    event.preventDefault();
    this._typed = '';
    this.code = '';
  }

  protected override render() {
    const t = this._t;
    const other = this._locale === 'cy' ? 'en' : 'cy';
    return html`
      ${renderHeader({
        service: t.t('service'),
        other,
        otherName: t.t('otherLanguage'),
        switchLanguage: (e) => this._switchLanguage(e),
      })}
      <main id="main" tabindex="-1" lang=${this._locale}>${this._renderMain(t)}</main>
    `;
  }

  private _renderMain(t: Localizer<JoinStrings>) {
    const join = this._join;
    switch (join.state) {
      case 'entry':
        return renderEntry({
          t,
          typed: this._typed,
          error: this._entryError,
          input: (value) => (this._typed = value),
          submit: (e) => this._submit(e),
        });
      case 'looking':
      case 'widgets':
        return renderLoading(t, join.state === 'looking');
      case 'error':
        return renderError({
          t,
          error: join.error!,
          code: join.code,
          otherHref: this.lang ? `/j?lang=${this._locale}` : '/j',
          retry: () => this._again(),
          otherCode: (e) => this._otherCode(e),
        });
      default: {
        const endpoint = this.endpoint || globalThis.location?.origin || join.info!.endpoint || '';
        return renderJoined({
          t,
          info: join.info!,
          endpoint: endpoint.replace(/\/+$/, ''),
          lang: this._locale,
          news: this._news,
          waiting: Boolean(join.waiting),
          switching: join.switching,
          switchFailed: join.switchFailed,
          go: () => void this._goToStage(),
          entered: () => (this._entered = true),
        });
      }
    }
  }
}
