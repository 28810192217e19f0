/** The projector view (display mode), loaded on demand: only walls with `display` fetch it. */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Localizer } from '@netweave/core';
import { keyed } from 'lit/directives/keyed.js';
import type { WallStrings } from './strings.js';
import type { Entry } from './wall-controller.js';

export const displayStyles = css`
  .stage {
    text-align: center;
  }
  .stage-prompt {
    font-size: calc(var(--_display-size) * 0.55);
    color: var(--_nw-text-secondary);
  }
  .spot {
    margin: var(--_nw-space) auto calc(var(--_nw-space) * 2);
    max-width: 40ch;
    min-height: 4em;
    font-size: var(--_display-size);
    line-height: 1.3;
  }
  .spot .text {
    font-size: inherit;
    font-weight: 600;
  }
  .controls {
    justify-content: center;
    align-items: center;
  }
  .controls p {
    margin: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spot {
      animation: nw-fade 800ms ease-out;
    }
  }
  @keyframes nw-fade {
    from {
      opacity: 0;
    }
  }
`;

export interface DisplayView {
  t: Localizer<WallStrings>;
  prompt: string;
  items: readonly Entry[];
}

/**
 * The projector: which card is shown (taken modulo the number of visible cards), and its turn to
 * the next every 8 seconds while the wall is in display mode, on the page and not stopped.
 */
export class Projector implements ReactiveController {
  spot = 0;
  stopped = false;
  private readonly _host: ReactiveControllerHost & { display: boolean; isConnected: boolean };
  private _cycle?: ReturnType<typeof setInterval>;

  constructor(host: ReactiveControllerHost & { display: boolean; isConnected: boolean }) {
    this._host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const cycling = this._host.display && !this.stopped && this._host.isConnected;
    if (cycling && !this._cycle) this._cycle = setInterval(() => this._show(this.spot + 1), 8000);
    if (!cycling) this.hostDisconnected();
  }

  hostDisconnected(): void {
    clearInterval(this._cycle);
    this._cycle = undefined;
  }

  private _show(spot: number): void {
    this.spot = spot;
    this._host.requestUpdate();
  }

  /** One visible card at a time in large type, with Previous, Pause/Play and Next. */
  render(v: DisplayView): TemplateResult {
    const { t } = v;
    const visible = v.items.filter((c) => c.status === 'visible');
    const n = visible.length;
    const i = n ? this.spot % n : 0;
    const c = visible[i];
    const step = (by: number) => () => this._show((i + by + n) % Math.max(1, n));
    return html`<div class="stage" part="display">
      <p class="stage-prompt">${v.prompt}</p>
      ${
        c
          ? keyed(c.id, html`<blockquote class="spot"><p class="text" dir="auto">${c.text}</p></blockquote>`)
          : html`<p class="empty">${t.t('empty')}</p>`
      }
      <div class="controls">
        <button type="button" class="nw-button nw-button--secondary" @click=${step(-1)}>
          ${t.t('previous')}
        </button>
        <button
          type="button"
          class="nw-button nw-button--secondary"
          @click=${() => {
            this.stopped = !this.stopped;
            this._host.requestUpdate();
          }}
        >
          ${this.stopped ? t.t('play') : t.t('stop')}
        </button>
        <button type="button" class="nw-button nw-button--secondary" @click=${step(1)}>${t.t('next')}</button>
        ${n ? html`<p class="position">${t.t('position', { n: i + 1, total: n })}</p>` : nothing}
      </div>
    </div>`;
  }
}
