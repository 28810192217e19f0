/** The wall's form, toolbar, lists and notices, as Lit templates driven by plain data and callbacks. */
import { SECTORS, fieldLabels, type Localizer } from '@netweave/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { WallFilter } from './lib/filter.js';
import type { WallStrings } from './strings.js';
import type { Entry } from './wall-controller.js';

/** The wall (or code it needs) could not be loaded: says so, with a button to try again. */
export function renderLoadError(t: Localizer<WallStrings>, retry: () => void): TemplateResult {
  return html`<div class="nw-notice nw-notice--error" role="alert">
    <p>${t.t('error.load')}</p>
    <button type="button" class="nw-button nw-button--secondary" @click=${retry}>${t.t('retry')}</button>
  </div>`;
}

/** The notice that the session takes no more posts. */
export function renderClosed(t: Localizer<WallStrings>): TemplateResult {
  return html`<div part="closed" class="nw-notice closed" role="status"><p>${t.t('closed')}</p></div>`;
}

export interface FormView {
  t: Localizer<WallStrings>;
  /** The prompt (or the chosen column's), which labels the text box. */
  label: string;
  text: string;
  sector: string;
  /** The board's column menu (from board.ts), on a board. */
  columnMenu?: TemplateResult | undefined;
  error: string;
  /** Characters left (negative when over the limit). */
  left: number;
  edit(field: 'text' | 'sector' | 'column', value: string): void;
  submit(event: Event): void;
}

/** The posting form: NHS-style error before the box, a visible character count, optional sector. */
export function renderForm(v: FormView): TemplateResult {
  const { t, error, left } = v;
  const sectors = fieldLabels[t.locale].sector as Record<string, string>;
  const edit = (field: 'text' | 'sector' | 'column') => (e: Event) =>
    v.edit(field, (e.target as HTMLInputElement).value);
  return html`<form part="form" class="form" novalidate @submit=${v.submit}>
    <div class="field ${error ? 'field--error' : ''}">
      <label for="text" class="prompt">${v.label}</label>
      <p id="hint" class="hint">${t.t('hint')}</p>
      ${
        error
          ? html`<p id="error" class="error-message">
              <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${error}
            </p>`
          : nothing
      }
      <textarea
        id="text"
        name="text"
        rows="3"
        dir="auto"
        aria-describedby="hint count${error ? ' error' : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        .value=${v.text}
        @input=${edit('text')}
      ></textarea>
      <p id="count" class="count ${left < 0 ? 'count--over' : ''}">
        ${left < 0 ? t.t('count.over', { count: -left }) : t.t('count.left', { count: left })}
      </p>
    </div>
    <div class="row">
      ${v.columnMenu}
      <div class="field">
        <label for="sector">${t.t('sector')}</label>
        <select id="sector" @change=${edit('sector')}>
          <option value="" ?selected=${!v.sector}>${t.t('sector.none')}</option>
          ${SECTORS.map((s) => html`<option value=${s} ?selected=${s === v.sector}>${sectors[s]}</option>`)}
        </select>
      </div>
      <button class="nw-button" type="submit">${t.t('post')}</button>
    </div>
  </form>`;
}

export interface ToolbarView {
  t: Localizer<WallStrings>;
  /** Cards on the wall; `shown` when a filter is on. */
  total: number;
  shown: number | null;
  paused: boolean;
  queued: number;
  /** The board's column filter (from board.ts), on a board. */
  columnFilter?: TemplateResult | undefined;
  pause(): void;
  filter(key: keyof WallFilter, value: string): void;
  download(kind: 'csv' | 'json'): void;
}

export function renderToolbar(v: ToolbarView): TemplateResult {
  const { t } = v;
  const sectors = fieldLabels[t.locale].sector as Record<string, string>;
  const set = (key: keyof WallFilter) => (e: Event) => v.filter(key, (e.target as HTMLInputElement).value);
  return html`<div class="toolbar" part="toolbar">
    <p class="total">
      ${v.shown === null ? t.t('total', { count: v.total }) : t.t('matches', { count: v.shown })}
    </p>
    <button type="button" class="nw-button nw-button--secondary" @click=${v.pause}>
      ${v.paused ? t.t('resume') : t.t('pause')}
    </button>
    ${v.queued ? html`<p class="queued">${t.t('queued', { count: v.queued })}</p>` : nothing}
    <form
      class="filters"
      role="search"
      aria-label=${t.t('filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for="f-sector">${t.t('filter.sector')}</label>
        <select id="f-sector" @change=${set('sector')}>
          <option value="">${t.t('filter.sectors')}</option>
          ${SECTORS.map((s) => html`<option value=${s}>${sectors[s]}</option>`)}
        </select>
      </div>
      ${v.columnFilter}
      <div class="field">
        <label for="f-search">${t.t('search')}</label>
        <input id="f-search" type="search" @input=${set('search')} />
      </div>
    </form>
    <div class="downloads">
      <button type="button" class="nw-link-button" @click=${() => v.download('csv')}>${t.t('csv')}</button>
      <button type="button" class="nw-link-button" @click=${() => v.download('json')}>${t.t('json')}</button>
    </div>
  </div>`;
}

export interface ListView {
  t: Localizer<WallStrings>;
  /** The list's key: its column's id, or `''` without columns. */
  key: string;
  items: readonly Entry[];
  /** How many cards are shown; "Show more" offers the rest. */
  limit: number;
  /** The id of the heading that names the list. */
  labelledBy: string;
  card(entry: Entry): TemplateResult;
  more(key: string): void;
}

/** A list of cards, the first `limit` of them, then "Show more" while there are more. */
export function renderList(v: ListView): TemplateResult {
  const { t, key, items, limit } = v;
  const shown = items.length > limit ? items.slice(0, limit) : items;
  return html`<ul class="cards" part="list" data-key=${key} aria-labelledby=${v.labelledBy}>
      ${repeat(shown, (c) => c.id, v.card)}
    </ul>
    ${
      items.length > limit
        ? html`<button
            type="button"
            class="nw-button nw-button--secondary more"
            data-key=${key}
            @click=${() => v.more(key)}
          >
            ${t.t('more', { count: items.length - limit })}
          </button>`
        : nothing
    }`;
}
