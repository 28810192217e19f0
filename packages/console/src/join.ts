import { Localizer, type StringOverrides } from '@netweave/model';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { JoinController, WIDGETS_SRC } from './join-controller.js';
import { styles } from './join.styles.js';
import { joinStrings, type JoinKey, type JoinStrings } from './join-strings.js';
import { codeFromPath, formatCode, normaliseCode } from './lib/code.js';
import { participantWidget } from './lib/templates.js';
import { errorSummary, fieldError } from './views/errors.js';

/** Error pages the participant page has words for; any other refusal is `other`. */
const PAGES = new Set(['invalid-code', 'code-not-found', 'session-closed', 'too-many-attempts', 'network']);

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
  /** The combined widgets file (default the collector's `/cdn/widgets/widgets.js`). */
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
      widgets: this.widgetsSrc || WIDGETS_SRC,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
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
    void changed;
  }

  private _shownState = '';

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
      <header>
        <div class="bar">
          <p class="brand"><b>${t.t('service')}</b></p>
          <a href="?lang=${other}" lang=${other} hreflang=${other} @click=${this._switchLanguage}
            >${t.t('otherLanguage')}</a
          >
        </div>
      </header>
      <main id="main" tabindex="-1" lang=${this._locale}>${this._renderMain(t)}</main>
    `;
  }

  private _renderMain(t: Localizer<JoinStrings>) {
    const join = this._join;
    switch (join.state) {
      case 'entry':
        return this._renderEntry(t);
      case 'looking':
      case 'widgets':
        return html`<h1 tabindex="-1" class="nw-visually-hidden">${t.t('entry.title')}</h1>
          <p class="loading" role="status">${t.t(join.state === 'looking' ? 'looking' : 'loading')}</p>`;
      case 'error':
        return this._renderError(t);
      default:
        return this._renderSession(t);
    }
  }

  private _renderEntry(t: Localizer<JoinStrings>) {
    const error = this._entryError;
    return html`
      <h1 tabindex="-1">${t.t('entry.title')}</h1>
      <p>${t.t('entry.intro')}</p>
      ${errorSummary(t.t('summary.title'), error ? [{ id: 'code', text: error }] : [])}
      <form class="panel" novalidate action="/j" @submit=${this._submit}>
        <div class="field ${error ? 'field--error' : ''}">
          <label for="code">${t.t('code.label')}</label>
          <p class="hint" id="code-hint">${t.t('code.hint')}</p>
          ${fieldError('code', t.t('error.prefix'), error)}
          <input
            id="code"
            name="code"
            type="text"
            class="code-input"
            inputmode="text"
            autocapitalize="characters"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this._typed)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
            @input=${(e: Event) => (this._typed = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button class="nw-button" type="submit">${t.t('join')}</button>
      </form>
    `;
  }

  private _renderError(t: Localizer<JoinStrings>) {
    const error = this._join.error!;
    const page = PAGES.has(error.code) ? error.code : 'other';
    const wait = error.retryAfter;
    const body =
      page === 'too-many-attempts'
        ? wait
          ? t.t('too-many-attempts.body', {
              wait:
                wait < 120
                  ? t.t('seconds', { count: wait })
                  : t.t('minutes', { count: Math.ceil(wait / 60) }),
            })
          : t.t('too-many-attempts.later')
        : t.t(`${page}.body` as JoinKey, { code: error.code });
    const retry = page === 'network' || page === 'other' || page === 'too-many-attempts';
    const code = normaliseCode(this._join.code);
    return html`
      <h1 tabindex="-1">${t.t(`${page}.title` as JoinKey)}</h1>
      <div class="panel">
        ${page === 'code-not-found' && code ? html`<p class="code">${t.t('code.shown', { code: formatCode(code) })}</p>` : nothing}
        <p>${body}</p>
        <div class="actions">
          ${retry ? html`<button class="nw-button" type="button" @click=${this._again}>${t.t('retry')}</button>` : nothing}
          <a
            class="nw-link-button"
            href=${this.lang ? `/j?lang=${this._locale}` : '/j'}
            @click=${this._otherCode}
            >${t.t('other.code')}</a
          >
        </div>
      </div>
    `;
  }

  private _renderSession(t: Localizer<JoinStrings>) {
    const info = this._join.info!;
    if (info.partnerUrl)
      return html`<h1 tabindex="-1">${info.title ?? t.t('entry.title')}</h1>
        <div class="panel">
          <p>${t.t('partner.body')}</p>
          <p><a class="nw-button" href=${info.partnerUrl}>${t.t('partner.go')}</a></p>
        </div>`;
    const endpoint = (this.endpoint || globalThis.location?.origin || info.endpoint || '').replace(
      /\/+$/,
      '',
    );
    const widget = participantWidget(info.template);
    return html`
      <h1 tabindex="-1">${info.title ?? t.t('entry.title')}</h1>
      <netweave-provider session=${info.session} endpoint=${endpoint} lang=${this._locale}>
        ${
          widget.tag === 'netweave-self-assessment'
            ? html`<netweave-self-assessment></netweave-self-assessment>`
            : html`<netweave-commitments-wall></netweave-commitments-wall>`
        }
      </netweave-provider>
    `;
  }
}
