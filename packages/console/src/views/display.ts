/**
 * The projector page's parts: how to join (the address, the code grouped, the QR code), the TRIZ
 * round with its countdown, large, then the room's widget inside the provider; and a clear page
 * when the code leads nowhere. Read-only: nothing here takes a click.
 */
import type { AgendaItem, Localizer, RoundKind, RoundState } from '@netweave/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { DisplayKey, DisplayStrings } from '../display-strings.js';
import type { ApiError } from '../http.js';
import { formatCode } from '../lib/code.js';
import { countdown, roundPosition, roundStatus } from '../lib/round.js';
import type { WidgetTag } from '../lib/templates.js';

type T = Localizer<DisplayStrings>;

/** Error pages the projector has words for (the participant page's); any other is `other`. */
const PAGES = new Set(['invalid-code', 'code-not-found', 'session-closed', 'too-many-attempts', 'network']);

export function renderDisplayError(t: T, error: ApiError, retry: () => void) {
  if (error.code === 'no-code')
    return html`<h1 tabindex="-1">${t.t('display.no-code.title')}</h1>
      <div class="panel"><p>${t.t('display.no-code.body')}</p></div>`;
  const page = PAGES.has(error.code) ? error.code : 'other';
  const body =
    page === 'too-many-attempts'
      ? t.t('too-many-attempts.later')
      : t.t(`${page}.body` as DisplayKey, { code: error.code });
  const again = page === 'network' || page === 'other' || page === 'too-many-attempts';
  return html`<h1 tabindex="-1">${t.t(`${page}.title` as DisplayKey)}</h1>
    <div class="panel">
      <p>${body}</p>
      ${again ? html`<button class="nw-button" type="button" @click=${retry}>${t.t('retry')}</button>` : nothing}
    </div>`;
}

export interface JoinPartView {
  readonly t: T;
  readonly code: string;
  /** The join link (`<public origin>/j/<code>`) and the QR code image's address. */
  readonly joinUrl: string;
  readonly qrSrc: string;
}

export function renderJoinPart(v: JoinPartView) {
  const { t } = v;
  const url = new URL(v.joinUrl);
  // What people type: the address without its scheme, up to /j (the code is shown apart).
  const typed = `${url.host}/j`;
  return html`<section class="join" aria-labelledby="join-code-label">
    <div class="join-text">
      <p class="join-line">${t.t('display.join', { url: typed })}</p>
      <p class="code-label" id="join-code-label">${t.t('display.code')}</p>
      <p class="code" id="join-code">${formatCode(v.code)}</p>
    </div>
    <figure class="qr">
      <img src=${v.qrSrc} alt=${t.t('display.qr', { url: v.joinUrl })} width="240" height="240" />
      <figcaption>${t.t('display.qr.hint')}</figcaption>
    </figure>
  </section>`;
}

export interface RoundPartView {
  readonly t: T;
  readonly agenda: readonly AgendaItem[];
  /** The round now (counted down on this device). */
  readonly round: RoundState;
}

export function renderRoundPart(v: RoundPartView): TemplateResult {
  const { t, round } = v;
  const status = roundStatus(round);
  const name = (kind: RoundKind) => t.t(`round.${kind}`);
  const { n, total } = roundPosition(v.agenda, round.kind);
  const words: Partial<Record<typeof status, DisplayKey>> = {
    paused: 'display.paused',
    up: 'display.up',
    ended: 'display.ended',
  };
  const said = words[status];
  return html`<section class="round" aria-labelledby="round-name">
    <h2 class="round-name" id="round-name">
      ${
        round.kind === null
          ? t.t('display.waiting')
          : n
            ? t.t('display.round', { n, count: total, round: name(round.kind) })
            : name(round.kind)
      }
    </h2>
    ${
      round.kind === null
        ? nothing
        : html`<p class="clock">
            <span class="clock-label" id="clock-label">${t.t('display.left')}</span>
            <span class="clock-time" role="timer" aria-labelledby="clock-label"
              >${countdown(round.leftMs)}</span
            >
          </p>`
    }
    ${said || round.locked ? html`<p class="round-status">${said ? html`<span class="tag tag--${status}">${t.t(said)}</span>` : nothing} ${round.locked ? html`<span class="locked">${t.t('display.locked')}</span>` : nothing}</p>` : nothing}
  </section>`;
}

/** The room's widget, read-only, inside the provider (the projector's attributes as given). */
export function renderWidget(widget: WidgetTag | undefined, session: string, endpoint: string, lang: string) {
  if (!widget) return nothing;
  const a = widget.attributes ?? {};
  return html`<netweave-provider session=${session} endpoint=${endpoint} lang=${lang}>
    ${
      widget.tag === 'netweave-triz-board'
        ? html`<netweave-triz-board
            display=${a.display ?? 'projector'}
            group=${a.group ?? 'all'}
          ></netweave-triz-board>`
        : widget.tag === 'netweave-commitments-wall'
          ? html`<netweave-commitments-wall display=${a.display ?? 'projector'}></netweave-commitments-wall>`
          : nothing
    }
  </netweave-provider>`;
}
