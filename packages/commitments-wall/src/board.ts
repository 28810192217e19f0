/** Board mode (`columns` / `preset`), loaded on demand: only walls with columns fetch it. */
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { welshTo, type Localizer } from '@netweave/core';
import type { ColumnConfig } from './lib/columns.js';
import type { WallStrings } from './strings.js';
import type { Entry } from './wall-controller.js';

export const boardStyles = css`
  .board {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_nw-space);
    align-items: start;
  }
  .board .cards {
    grid-template-columns: 1fr;
  }
  .column {
    padding: 0.75em;
    border-top: 6px solid var(--_col, var(--_nw-border));
    background: var(--_nw-surface-alt);
    color: var(--_nw-on-surface);
    --_nw-text-secondary: var(--_nw-on-surface-secondary);
    --_nw-link: var(--_nw-on-surface-link);
  }
  .moves {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
    margin-top: 0.25em;
  }
  .move {
    text-align: start;
  }
  .colour-yellow {
    --_col: #c9a400;
    --_col-card: #fff7bf;
  }
  .colour-pink {
    --_col: #c4326f;
    --_col-card: #ffe0ee;
  }
  .colour-green {
    --_col: #2e7d32;
    --_col-card: #ddf3dc;
  }
  .colour-blue {
    --_col: #005eb8;
    --_col-card: #dcebf9;
  }
  .colour-orange {
    --_col: #c25400;
    --_col-card: #ffe6cf;
  }
  .colour-purple {
    --_col: #6a3d9a;
    --_col-card: #ece2f6;
  }
  .colour-grey {
    --_col: #4c6272;
    --_col-card: #eceff1;
  }
  /* Palette cards are light whatever the page's theme: keep their text dark. */
  .column:not(.colour-none) .card {
    color: #212b32;
  }
  .column:not(.colour-none) .card :is(.note, .meta) {
    color: #3b4a55;
  }
  .column-prompt {
    color: var(--_nw-text-secondary);
  }
  .moves {
    display: flex;
  }
  @media (forced-colors: active) {
    .column {
      border-color: CanvasText;
    }
  }
`;

/** The words for "to {column}": Welsh mutates after "i" ("Symud i Gamau…", "Symud i’r canlyniad…"). */
export function toColumn(col: ColumnConfig, t: Localizer<WallStrings>): { column: string; to: string } {
  return { column: col.label, to: t.locale === 'cy' ? welshTo(col.label) : `to ${col.label}` };
}

/**
 * "← Move to …" and "Move to … →" for a card: buttons, so no one has to drag (WCAG 2.5.7); after a
 * move the keyboard follows the card to its new column.
 */
export function renderMoves(
  c: Entry,
  t: Localizer<WallStrings>,
  columns: readonly ColumnConfig[],
  move: (entry: Entry, column: ColumnConfig) => void,
): TemplateResult {
  const here = Math.max(
    0,
    columns.findIndex((col) => col.id === c.column),
  );
  const button = (col: ColumnConfig | undefined, dir: 'prev' | 'next') =>
    col
      ? html`<button
          type="button"
          class="nw-link-button move"
          data-dir=${dir}
          aria-describedby="t-${c.id}"
          @click=${(e: Event) => {
            move(c, col);
            // Once the card is drawn in its new column, the keyboard is on its button there.
            const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
            void (root.host as ReactiveElement).updateComplete.then(() => {
              const card = [...root.querySelectorAll<HTMLElement>('.card')].find(
                (x) => x.dataset.id === c.id,
              );
              (
                card?.querySelector<HTMLElement>(`.move[data-dir=${dir}]`) ??
                card?.querySelector<HTMLElement>('.move')
              )?.focus();
            });
          }}
        >
          <span aria-hidden="true">${dir === 'prev' ? '←' : ''}</span> ${t.t('move', toColumn(col, t))}
          <span aria-hidden="true">${dir === 'next' ? '→' : ''}</span>
        </button>`
      : nothing;
  return html`<div class="moves">
    ${button(columns[here - 1], 'prev')} ${button(columns[here + 1], 'next')}
  </div>`;
}

/** The posting form's column menu; the chosen column's prompt labels the text box. */
export function renderColumnMenu(
  t: Localizer<WallStrings>,
  columns: readonly ColumnConfig[],
  chosen: ColumnConfig | undefined,
  change: (column: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for="column">${t.t('column')}</label>
    <select id="column" @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      ${columns.map((c) => html`<option value=${c.id} ?selected=${c === chosen}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** The toolbar's filter by column. */
export function renderColumnFilter(
  t: Localizer<WallStrings>,
  columns: readonly ColumnConfig[],
  change: (column: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for="f-column">${t.t('filter.column')}</label>
    <select id="f-column" @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      <option value="">${t.t('filter.columns')}</option>
      ${columns.map((c) => html`<option value=${c.id}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** The columns side by side (only the one filtered to, when there is one), each with its heading, prompt and list. */
export function renderBoard(
  columns: readonly ColumnConfig[],
  filter: string,
  list: (column: ColumnConfig) => TemplateResult,
): TemplateResult {
  return html`<div class="board">
    ${(filter ? columns.filter((c) => c.id === filter) : columns).map(
      (col) =>
        html`<section class="column colour-${col.colour ?? 'none'}" aria-labelledby="col-${col.id}">
          <h3 id="col-${col.id}">${col.label}</h3>
          ${col.prompt ? html`<p class="column-prompt">${col.prompt}</p>` : nothing} ${list(col)}
        </section>`,
    )}
  </div>`;
}
