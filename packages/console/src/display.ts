import { Announcer } from '@netweave/core';
import { Localizer, type StringOverrides } from '@netweave/model';
import { pageLocale } from './lib/locale.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Countdown } from './countdown.js';
import { DisplayController } from './display-controller.js';
import { displayStrings, type DisplayStrings } from './display-strings.js';
import { styles } from './display.styles.js';
import { codeFromDisplayPath } from './lib/code.js';
import { agendaOf, roundPosition } from './lib/round.js';
import type { DisplayView } from './lib/templates.js';
import { StageFollower } from './stage-follower.js';
import { renderDisplayError, renderJoinPart, renderRoundPart, renderWidget } from './views/display.js';

/**
 * The projector page a collector serves at `/d/<code>`, for the room's shared screen: the
 * session's title, how to join (the address, the code grouped, its QR code made on the
 * collector), and for a TRIZ session the round with its countdown (large) and every group's board
 * (`?group=g2`: one group's). It follows the session live, so at the closing round it shows the
 * commitments wall's projector display (`?view=carousel` shows that display throughout). Nothing
 * on it takes a click; the round starting and time being up are said once. English and Welsh
 * (`?lang=cy`, else the session's language, else the browser's).
 *
 * @tagname netweave-display
 * @summary The room's screen: join code, QR code, countdown and boards.
 * @cssprop --netweave-colour-primary - The header's colour (default NHS blue).
 */
export class NetweaveDisplay extends LitElement {
  static override styles = styles;
  static override properties = {
    code: { reflect: true },
    endpoint: { reflect: true },
    widgetsSrc: { attribute: 'widgets-src' },
    view: { reflect: true },
    group: { reflect: true },
    strings: { attribute: false },
    fetch: { attribute: false },
    now: { attribute: false },
    routing: { type: Boolean },
    lang: { reflect: true },
  };

  /** The session's join code (any case, hyphen optional). */
  code?: string;
  /** The collector's origin (default: this page's, which serves it). */
  endpoint?: string;
  /** A file that defines the widgets (default: each widget's own CDN file on the collector). */
  widgetsSrc?: string;
  /** `carousel`: the commitments wall's projector display throughout; else the boards, then the wall. */
  view?: DisplayView;
  /** One group's board (`g2`); else every group's. */
  group?: string;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;
  /** fetch for the code lookup and the session (tests); default the browser's. */
  fetch?: typeof fetch;
  /** The monotonic clock (ms) the countdown counts with: `performance.now()` unless a test gives another. */
  now: () => number = () => performance.now();
  /** The page's own: code, `?lang=`, `?view=` and `?group=` from the address. */
  routing = false;
  /** `en` or `cy`; otherwise the session's language, then the browser's. */
  override lang!: string;

  private readonly _display = new DisplayController(this);
  private readonly _follower = new StageFollower();
  private readonly _clock = new Countdown(this, () => this.now());
  private readonly _announcer = new Announcer(this, 'display');
  /** The round kind last seen (a new one is said once). */
  private _kind: string | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.routing) return;
    const url = new URL(location.href);
    const asked = url.searchParams.get('lang');
    if (asked === 'cy' || asked === 'en') this.lang = asked;
    if (url.searchParams.get('view') === 'carousel') this.view = 'carousel';
    const group = url.searchParams.get('group');
    if (group) this.group = group;
    const code = codeFromDisplayPath(url.pathname);
    if (code !== null && !this.code) this.code = code;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._follower.stop();
  }

  private get _locale(): 'en' | 'cy' {
    return pageLocale(this.lang, this._display.info?.lang);
  }

  private get _t(): Localizer<DisplayStrings> {
    return new Localizer(displayStrings, this._locale, this.strings ?? {});
  }

  private get _base(): string {
    return (this.endpoint ?? '').replace(/\/+$/, '');
  }

  private _open(): void {
    this._follower.stop();
    this._kind = undefined;
    void this._display.open(this.code ?? '', {
      base: this._base,
      ...(this.fetch ? { fetch: this.fetch } : {}),
      ...(this.widgetsSrc ? { widgets: this.widgetsSrc } : {}),
      ...(this.view ? { view: this.view } : {}),
      ...(this.group ? { group: this.group } : {}),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('code') || changed.has('view') || changed.has('group')) this._open();
    const d = this._display;
    if (d.state !== 'ready' || !d.info) return;
    this._clock.tell(d.info.session, d.live.round);
    const round = this._clock.round;
    const t = this._t;
    const { over } = this._clock.check();
    if (this._kind !== undefined && round.kind && round.kind !== this._kind) {
      const { n, total } = roundPosition(agendaOf(d.live), round.kind);
      this._say(t.t('display.started', { n, count: total, round: t.t(`round.${round.kind}`) }));
    } else if (over) this._say(t.t('display.up'));
    this._kind = round.kind;
  }

  private _say(text: string): void {
    this._announcer.say(text, this._locale);
  }

  protected override updated(): void {
    const d = this._display;
    const info = d.info;
    if (this.routing) {
      document.documentElement.lang = this._locale;
      document.title = `${info?.title ?? this._t.t('display.title')} – ${this._t.t('display.title')} – ${this._t.t('service')}`;
    }
    if (d.state === 'ready' && info && !this._follower.following(info.session)) {
      const inside = this.renderRoot.querySelector('netweave-provider > *');
      if (inside) this._follower.follow(inside, info.session, (live) => void d.told(live));
    }
  }

  protected override render() {
    const t = this._t;
    const d = this._display;
    const info = d.info;
    if (d.state === 'looking' || d.state === 'entry')
      return html`<main id="main" lang=${this._locale}>
        <h1 class="nw-visually-hidden">${t.t('display.title')}</h1>
        <p class="loading" role="status">${t.t('looking')}</p>
      </main>`;
    if (d.state === 'error' || !info)
      return html`<main id="main" lang=${this._locale}>
        ${renderDisplayError(t, d.error!, () => this._open())}
      </main>`;
    const endpoint = (this._base || globalThis.location?.origin || info.endpoint || '').replace(/\/+$/, '');
    const publicOrigin = (info.endpoint ?? endpoint).replace(/\/+$/, '');
    // The round while TRIZ runs (and before it starts); not "not started yet" over the closing wall
    // when the facilitator moved the session on without the rounds.
    const round = this._clock.round;
    const triz = info.template === 'triz-commitments' && !(round.kind === null && d.live.stage === 'commit');
    return html`<main id="main" lang=${this._locale} class=${d.widget ? '' : 'no-widget'}>
      <div class="top">
        <h1>${d.live.title ?? info.title ?? t.t('display.title')}</h1>
        ${renderJoinPart({
          t,
          code: d.code,
          joinUrl: `${publicOrigin}/j/${d.code}`,
          qrSrc: `${endpoint}/d/${d.code}/qr.svg?lang=${this._locale}`,
        })}
        ${triz ? renderRoundPart({ t, agenda: agendaOf(d.live), round }) : nothing}
      </div>
      ${renderWidget(d.widget, info.session, endpoint, this._locale)}
    </main>`;
  }
}
