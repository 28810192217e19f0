import { Localizer, type StringOverrides } from '@netweave/model';
import { LitElement, html, type PropertyValues } from 'lit';
import { JoinController } from './join-controller.js';
import { styles } from './join.styles.js';
import { joinStrings, type JoinStrings } from './join-strings.js';
import { codeFromPath, normaliseCode } from './lib/code.js';
import { renderHeader } from './views/header.js';
import { renderEntry, renderError, renderJoined, renderLoading } from './views/join-pages.js';

/**
 * The participant page a collector serves at `/j` and `/j/<code>`: a box for the join code, then
 * what the session is doing (the self-assessment, or the commitments wall), with the widgets
 * loaded from the collector itself. No account, no name, no tracking; English and Welsh.
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
    const chosen = this.lang === 'cy' || this.lang === 'en' ? this.lang : undefined;
    const browser = (globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? '']).some((l) =>
      /^cy\b/i.test(l ?? ''),
    );
    return chosen ?? this._join.info?.lang ?? (browser ? 'cy' : 'en');
  }

  private get _t(): Localizer<JoinStrings> {
    return new Localizer(joinStrings, this._locale, this.strings ?? {});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) {
      if (this.code) void this._start(this.code);
      else this._join.reset();
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
    if (this.routing) {
      const url = new URL(location.href);
      if (this.lang) url.searchParams.set('lang', this._locale);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
      document.documentElement.lang = this._locale;
      const info = this._join.info;
      document.title = `${info?.title ?? this._t.t('entry.title')} – ${this._t.t('service')}`;
      if (state === 'ready' && info?.partnerUrl) location.replace(info.partnerUrl);
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
        return renderJoined(t, join.info!, endpoint.replace(/\/+$/, ''), this._locale);
      }
    }
  }
}
