/** How participants join a session: its code, link and QR code, and the embed for a partner's page. */
import type { Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import type { AdminSession } from '../api.js';
import { formatCode } from '../lib/code.js';
import type { ConsoleStrings } from '../strings.js';

export type CopyWhat = 'code' | 'url' | 'snippet';

export interface ShareView {
  readonly t: Localizer<ConsoleStrings>;
  readonly session: AdminSession;
  readonly joinUrl: string;
  readonly qrUrl: string;
  /** The room's screen (`/d/<code>`). */
  readonly displayUrl: string;
  readonly snippet: string;
  /** What was just copied (shown beside its button). */
  readonly copied: CopyWhat | undefined;
  readonly copyFailed: CopyWhat | undefined;
  copy(what: CopyWhat): void;
}

export function renderShare(v: ShareView) {
  const { t, session } = v;
  const button = (what: CopyWhat, label: string, describedBy: string) => html`
    <div class="copy">
      <button
        class="nw-button nw-button--secondary"
        type="button"
        id="copy-${what}"
        aria-describedby=${describedBy}
        @click=${() => v.copy(what)}
      >
        ${label}
      </button>
      ${v.copied === what ? html`<span class="copied" aria-hidden="true">✓ ${t.t('copied')}</span>` : nothing}
      ${v.copyFailed === what ? html`<p class="error-message">${t.t('copy.failed')}</p>` : nothing}
    </div>
  `;
  return html`
    <section class="panel" aria-labelledby="join-title">
      <h2 id="join-title">${t.t('join.title')}</h2>
      ${
        session.code
          ? html`
              <div class="join-grid">
                <div>
                  <h3>${t.t('join.code')}</h3>
                  <p class="join-code code" id="join-code">${formatCode(session.code)}</p>
                  ${button('code', t.t('copy.code'), 'join-code')}
                  <h3>${t.t('join.url')}</h3>
                  <p class="join-url"><a id="join-url" href=${v.joinUrl}>${v.joinUrl}</a></p>
                  ${button('url', t.t('copy.url'), 'join-url')}
                  ${session.partnerUrl ? html`<p class="hint">${t.t('join.partner', { url: session.partnerUrl })}</p>` : nothing}
                  <h3>${t.t('join.display')}</h3>
                  <p class="hint" id="display-hint">${t.t('join.display.hint')}</p>
                  <p class="display-link">
                    <a
                      id="display-url"
                      href=${v.displayUrl}
                      target="_blank"
                      rel="noopener"
                      aria-describedby="display-hint"
                      >${t.t('join.display.open')}</a
                    >
                  </p>
                </div>
                <figure class="qr">
                  <img
                    src=${v.qrUrl}
                    alt=${t.t('join.qr.alt', { url: v.joinUrl })}
                    width="200"
                    height="200"
                  />
                  <figcaption class="hint">${t.t('join.qr.hint')}</figcaption>
                </figure>
              </div>
            `
          : html`<p>${t.t('join.noCode')}</p>`
      }
      <details class="embed">
        <summary><span id="embed-title">${t.t('embed.title')}</span></summary>
        <p class="hint" id="embed-hint">${t.t('embed.hint')}</p>
        <pre id="snippet"><code>${v.snippet}</code></pre>
        ${button('snippet', t.t('copy.snippet'), 'embed-title')}
      </details>
    </section>
  `;
}
