/** The participant page's pages: the code box, each error page, and the session's widget. */
import type { Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../http.js';
import type { JoinInfo } from '../join-api.js';
import type { JoinKey, JoinStrings } from '../join-strings.js';
import { formatCode, normaliseCode } from '../lib/code.js';
import { participantWidget } from '../lib/templates.js';
import { errorSummary, fieldError } from './errors.js';

/** Error pages the participant page has words for; any other refusal is `other`. */
const PAGES = new Set(['invalid-code', 'code-not-found', 'session-closed', 'too-many-attempts', 'network']);

export interface EntryView {
  readonly t: Localizer<JoinStrings>;
  readonly typed: string;
  readonly error: string;
  input(value: string): void;
  submit(event: Event): void;
}

export function renderEntry(v: EntryView) {
  const { t, error } = v;
  return html`
    <h1 tabindex="-1">${t.t('entry.title')}</h1>
    <p>${t.t('entry.intro')}</p>
    ${errorSummary(t.t('summary.title'), error ? [{ id: 'code', text: error }] : [])}
    <form class="panel" novalidate action="/j" @submit=${v.submit}>
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
          .value=${live(v.typed)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
          @input=${(e: Event) => v.input((e.target as HTMLInputElement).value)}
        />
      </div>
      <button class="nw-button" type="submit">${t.t('join')}</button>
    </form>
  `;
}

export function renderLoading(t: Localizer<JoinStrings>, looking: boolean) {
  return html`<h1 tabindex="-1" class="nw-visually-hidden">${t.t('entry.title')}</h1>
    <p class="loading" role="status">${t.t(looking ? 'looking' : 'loading')}</p>`;
}

export interface ErrorView {
  readonly t: Localizer<JoinStrings>;
  readonly error: ApiError;
  /** The code as typed (shown back on the "no session has that code" page). */
  readonly code: string;
  /** Where "Enter a different code" goes without the page's script. */
  readonly otherHref: string;
  retry(): void;
  otherCode(event: Event): void;
}

/** How long to wait, in words: seconds under two minutes, else minutes. */
function wait(t: Localizer<JoinStrings>, seconds: number): string {
  return seconds < 120
    ? t.t('seconds', { count: seconds })
    : t.t('minutes', { count: Math.ceil(seconds / 60) });
}

export function renderError(v: ErrorView) {
  const { t, error } = v;
  const page = PAGES.has(error.code) ? error.code : 'other';
  const body =
    page === 'too-many-attempts'
      ? error.retryAfter
        ? t.t('too-many-attempts.body', { wait: wait(t, error.retryAfter) })
        : t.t('too-many-attempts.later')
      : t.t(`${page}.body` as JoinKey, { code: error.code });
  const retry = page === 'network' || page === 'other' || page === 'too-many-attempts';
  const code = normaliseCode(v.code);
  return html`
    <h1 tabindex="-1">${t.t(`${page}.title` as JoinKey)}</h1>
    <div class="panel">
      ${
        page === 'code-not-found' && code
          ? html`<p class="code">${t.t('code.shown', { code: formatCode(code) })}</p>`
          : nothing
      }
      <p>${body}</p>
      <div class="actions">
        ${retry ? html`<button class="nw-button" type="button" @click=${v.retry}>${t.t('retry')}</button>` : nothing}
        <a class="nw-link-button" href=${v.otherHref} @click=${v.otherCode}>${t.t('other.code')}</a>
      </div>
    </div>
  `;
}

/** The session as the participant page shows it. */
export interface JoinedView {
  readonly t: Localizer<JoinStrings>;
  readonly info: JoinInfo;
  /** The collector's origin, for the provider. */
  readonly endpoint: string;
  readonly lang: string;
  /** Said once when the session moves on (the live region is always there, so it is heard). */
  readonly news: string;
  /** The session has moved to a stage not shown yet: the button that goes there. */
  readonly waiting: boolean;
  readonly switching: boolean;
  readonly switchFailed: boolean;
  go(): void;
  /** The participant entered something in the widget (then a move waits for their tap). */
  entered(): void;
}

/** The session: its title, news of the stage, then its widget inside the provider. */
export function renderJoined(v: JoinedView) {
  const { t, info } = v;
  const title = info.title ?? t.t('entry.title');
  if (info.partnerUrl)
    return html`<h1 tabindex="-1">${title}</h1>
      <div class="panel">
        <p>${t.t('partner.body')}</p>
        <p><a class="nw-button" href=${info.partnerUrl}>${t.t('partner.go')}</a></p>
      </div>`;
  const widget = participantWidget(info.template, info.stage);
  return html`
    <h1 tabindex="-1">${title}</h1>
    <div class="stage-news ${v.waiting || v.switchFailed ? 'nw-notice' : ''}">
      <p role="status">${v.switchFailed ? t.t('stage.failed') : v.news}</p>
      ${
        v.waiting || v.switchFailed
          ? html`<button
              class="nw-button"
              type="button"
              id="stage-go"
              aria-disabled=${v.switching ? 'true' : 'false'}
              @click=${v.go}
            >
              ${t.t(v.switchFailed ? 'retry' : 'stage.go')}
            </button>`
          : nothing
      }
    </div>
    <netweave-provider session=${info.session} endpoint=${v.endpoint} lang=${v.lang} @input=${v.entered}>
      ${
        widget.tag === 'netweave-self-assessment'
          ? html`<netweave-self-assessment></netweave-self-assessment>`
          : widget.tag === 'netweave-triz-board'
            ? html`<netweave-triz-board></netweave-triz-board>`
            : html`<netweave-commitments-wall></netweave-commitments-wall>`
      }
    </netweave-provider>
  `;
}
