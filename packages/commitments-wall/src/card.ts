/** One card of the wall, as a Lit template. User text is only ever bound as text. */
import { fieldLabels, type Localizer } from '@netweave/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnConfig } from './lib/columns.js';
import type { WallStrings } from './strings.js';
import type { Entry } from './wall-controller.js';

export interface CardContext {
  t: Localizer<WallStrings>;
  columns: readonly ColumnConfig[];
  display: boolean;
  reacted(id: string): boolean;
  react(entry: Entry): void;
  /** The buttons that move a card to the previous or next column (board.ts, loaded for boards). */
  moves?: ((entry: Entry) => TemplateResult) | undefined;
}

/** The note the author sees on their own post that others cannot see yet, in plain words. */
export function ownNote(t: Localizer<WallStrings>, c: Entry): string {
  if (c.delivery === 'sending') return t.t('sending');
  if (c.delivery === 'queued') return t.t('retrying');
  if (c.status !== 'pending') return '';
  if (c.heldFor?.length) {
    const reasons = c.heldFor.map((r) => t.t(`held.${r}` as keyof WallStrings & string));
    return t.t('held', { reasons: t.list(reasons) });
  }
  return t.t('waiting');
}

export function renderCard(c: Entry, ctx: CardContext): TemplateResult {
  const { t, columns } = ctx;
  const note = ownNote(t, c);
  const sector = c.sector ? (fieldLabels[t.locale].sector as Record<string, string>)[c.sector] : undefined;
  const reacted = ctx.reacted(c.id);
  return html`<li
    class="card ${c.status} ${c.delivery ? 'sending' : ''}"
    part="card"
    data-id=${c.id}
    tabindex="-1"
  >
    <p class="text" dir="auto" id="t-${c.id}">${c.text}</p>
    ${note ? html`<p class="note">${note}</p>` : nothing}
    <p class="meta">
      ${sector ? html`<span class="sector">${sector}</span>` : nothing}
      <time datetime=${c.createdAt}>${t.time(c.createdAt)}</time>
    </p>
    ${
      c.status === 'visible' && !ctx.display
        ? html`<div class="actions">
            <button
              type="button"
              class="nw-link-button react"
              aria-pressed=${reacted ? 'true' : 'false'}
              aria-describedby="t-${c.id}"
              @click=${() => ctx.react(c)}
            >
              <span aria-hidden="true">${reacted ? '✓' : '+1'}</span> ${t.t('react')}
            </button>
            ${c.reactions ? html`<span class="reactions">${t.t('reactions', { count: c.reactions })}</span>` : nothing}
          </div>`
        : nothing
    }
    ${columns.length > 1 && !ctx.display && !c.delivery ? ctx.moves?.(c) : nothing}
  </li>`;
}
