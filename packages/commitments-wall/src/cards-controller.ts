/**
 * Which cards the wall's lists show: the filter (sector, column, search), pages of cards per list
 * that grow with "Show more" or as the list scrolls into view, and each card's template, kept
 * while nothing it shows has changed (so a re-render skips unchanged cards).
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { renderCard, type CardContext } from './card.js';
import { columnOf, type ColumnConfig } from './lib/columns.js';
import { NO_FILTER, applyFilter, type WallFilter } from './lib/filter.js';
import type { Entry } from './wall-controller.js';

/** Cards rendered per list before "Show more" (more follow as the list scrolls into view). */
const PAGE = 40;

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class CardsController implements ReactiveController {
  /** What the participant filters the wall by (from the toolbar). */
  filter: WallFilter = NO_FILTER;
  private readonly _host: Host;
  private readonly _all: () => readonly Entry[];
  private readonly _filtered: () => void;
  /** Cards shown per list, by the list's key, when more than a page. */
  private readonly _limits = new Map<string, number>();
  private _observer?: IntersectionObserver;
  /** Card templates by entry (entries are replaced, never mutated). */
  private _cards = new WeakMap<Entry, TemplateResult>();
  private _cardKey = '';

  /**
   * @param all every card on the wall, newest first
   * @param filtered called when the filter changed (the wall says how many cards match)
   */
  constructor(host: Host, all: () => readonly Entry[], filtered: () => void) {
    this._host = host;
    this._all = all;
    this._filtered = filtered;
    host.addController(this);
  }

  hostConnected(): void {
    this._observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.more((e.target as HTMLElement).dataset.key ?? '');
      },
      { rootMargin: '800px' },
    );
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** Each "Show more" button shows more as it comes near the screen. */
  hostUpdated(): void {
    this._observer?.disconnect();
    for (const b of this._host.renderRoot.querySelectorAll<HTMLElement>('.more')) this._observer?.observe(b);
  }

  /** The cards that match the filter, newest first. */
  get items(): readonly Entry[] {
    return applyFilter(this._all(), this.filter);
  }

  /** Sets one part of the filter: every list starts again from its first page. */
  setFilter(key: keyof WallFilter, value: string): void {
    this.filter = { ...this.filter, [key]: value };
    this._limits.clear();
    this._filtered();
    this._host.requestUpdate();
  }

  /** How many cards the list `key` shows. */
  limit(key: string): number {
    return this._limits.get(key) ?? PAGE;
  }

  /**
   * Shows more cards (from the button, or as the list scrolls into view). When the button has the
   * keyboard, the keyboard goes to the first card it revealed: the button may be gone afterwards.
   */
  more(key: string): void {
    const root = this._host.renderRoot as ShadowRoot;
    const cards = `ul[data-key="${key}"] > .card`;
    const focused = (root.activeElement as HTMLElement | null)?.dataset.key === key;
    const from = root.querySelectorAll(cards).length;
    this._limits.set(key, this.limit(key) + PAGE * 2);
    if (focused)
      void this._host.updateComplete.then(() => root.querySelectorAll<HTMLElement>(cards)[from]?.focus());
    this._host.requestUpdate();
  }

  /** Keeps card `id` rendered as it moves to `column`, so the keyboard can follow it there. */
  keep(id: string, column: string, columns: readonly ColumnConfig[]): void {
    const position = this.items
      .filter((x) => columnOf(x.column, columns) === column || x.id === id)
      .findIndex((x) => x.id === id);
    if (position >= this.limit(column)) this._limits.set(column, position + 1);
  }

  /**
   * Renders a card, or gives its template from an earlier render: templates are kept while `key`
   * (all else a card shows: language, columns, reactions, wording) stays the same.
   */
  card(key: string, ctx: CardContext): (entry: Entry) => TemplateResult {
    if (key !== this._cardKey) {
      this._cardKey = key;
      this._cards = new WeakMap();
    }
    return (c) => {
      let tpl = this._cards.get(c);
      if (!tpl) this._cards.set(c, (tpl = renderCard(c, ctx)));
      return tpl;
    };
  }
}
