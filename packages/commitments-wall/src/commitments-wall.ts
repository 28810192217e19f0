import {
  ConfigController,
  Localizer,
  LIMITS,
  SECTORS,
  newId,
  type ModerationMode,
  type NewCommitment,
  type Locale,
  type ResponseStore,
  type StringOverrides,
} from '@netweave/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from './announcer.js';
import { ownNote, renderCard, type CardContext } from './card.js';
import { styles } from './commitments-wall.styles.js';
import { CommitmentAddEvent, CommitmentReactEvent } from './events.js';
import { TRIZ_COLUMNS, parseColumns, type ColumnConfig } from './lib/columns.js';
import { download, wallToCsv, wallToJson } from './lib/export.js';
import { NO_FILTER, applyFilter, isFiltered, type WallFilter } from './lib/filter.js';
import { loadWelsh, wallStrings, type WallStrings } from './strings.js';
import { renderForm, renderToolbar } from './views.js';
import { WallController, type Entry } from './wall-controller.js';

/** Cards rendered per list before "Show more" (more follow as the list scrolls into view). */
const PAGE = 40;

/**
 * A live wall of "One thing I will do from today…" commitments: a short form, cards newest first
 * that arrive live, "I'll do this too" reactions, moderation, a TRIZ board and a projector mode.
 *
 * @tagname netweave-commitments-wall
 * @attr {string} lang - Language of the wall (`en` or `cy`); otherwise the closest `lang` (the provider's, then the page's).
 * @summary The live commitments wall (and TRIZ board) of a network-weaving session.
 * @fires {CommitmentAddEvent} netweave-commitment-add - The participant posted a commitment (`event.commitment`).
 * @fires {CommitmentReactEvent} netweave-commitment-react - The participant pressed "I'll do this too" (`event.commitmentId`).
 * @csspart form - The posting form.
 * @csspart toolbar - Count, pause, filters and downloads.
 * @csspart list - A list of cards (one per board column).
 * @csspart card - One commitment card.
 * @csspart display - The projector view.
 * @cssprop --netweave-commitments-wall-card-background - Card background (default: the surface colour).
 * @cssprop --netweave-commitments-wall-card-width - Minimum card width in the wall (default 16rem).
 * @cssprop --netweave-commitments-wall-display-size - Text size in display mode (default clamp(1.75rem, 4vw, 3.5rem)).
 */
export class NetweaveCommitmentsWall extends LitElement {
  static override styles = styles;

  /** Session id the commitments belong to. */
  @property({ reflect: true }) session?: string;
  /** Base URL of a netweave collector; without one, data stays on this device. */
  @property({ reflect: true }) endpoint?: string;
  /** A store object to use instead of the one built from `endpoint`. */
  @property({ attribute: false }) store?: ResponseStore;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  @property({ attribute: false }) strings?: StringOverrides;
  /** The prompt above the form (default: "One thing I will do from today … will be…"). */
  @property() prompt?: string;
  /** Longest commitment in characters (at most 1,000). */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 280;
  /** `none` (posts appear at once), `pre` (posts wait for approval) or `post` (moderators hide). */
  @property() moderation: ModerationMode = 'none';
  /** Board columns as JSON: `[{"label": "…", "colour": "yellow", "prompt": "…"}]`; colours: yellow, pink, green, blue, orange, purple, grey. */
  @property() columns?: string | ColumnConfig[];
  /** `triz`: the three TRIZ rounds (yellow, pink, green) as a board. */
  @property() preset?: string;
  /** Projector mode: large type, no form, cards shown one at a time in turn. */
  @property({ type: Boolean, reflect: true }) display = false;

  @state() private error = '';
  @state() private notice = '';
  @state() private filter: WallFilter = NO_FILTER;
  @state() private spot = 0;
  @state() private stopped = false;

  readonly #config = new ConfigController(this);
  #t = new Localizer<WallStrings>(wallStrings as Record<Locale, WallStrings>);
  /** The projector view, loaded on demand the first time `display` is on. */
  #view?: typeof import('./display.js');
  /** Code or the Welsh table still on its way (nothing is rendered meanwhile: no English flash). */
  #loading?: Promise<unknown>;
  /** Board mode, loaded on demand the first time there are columns. */
  #board?: typeof import('./board.js');
  #welshFailed = false;
  #viewFailed = false;
  #limits = new Map<string, number>();
  #cols: ColumnConfig[] = [];
  #cycle?: ReturnType<typeof setInterval>;
  #observer?: IntersectionObserver;
  #focusAfter?: { id: string; dir: string };
  /** Card templates by entry (entries are replaced, never mutated), so a re-render skips unchanged cards. */
  #cards = new WeakMap<Entry, TemplateResult>();
  #cardKey = '';
  readonly #announcer = new Announcer(this, (count) => this.#t.t('new', { count }));
  readonly #data = new WallController(this, {
    moderation: () => (['pre', 'post'].includes(this.moderation) ? this.moderation : 'none'),
    arrived: (n) => this.#announcer.arrived(n),
    stored: (c) => this.#announcer.say(ownNote(this.#t, c) || this.#t.t('posted'), this.#t.locale),
    refused: (e) => (this.error = this.#t.t('error.refused', { reason: e.message })),
    failed: () => undefined,
  });

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries)
          if (e.isIntersecting) this.#more((e.target as HTMLElement).dataset.key ?? '');
      },
      { rootMargin: '800px' },
    );
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    clearInterval(this.#cycle);
    this.#cycle = undefined;
  }

  /** Every card on the wall (newest first) as the canonical commitments CSV (formula-safe, with a BOM). */
  toCsv(): string {
    return wallToCsv(this.#data.list.items);
  }

  /** Every card on the wall (newest first) as JSON. */
  toJson(): string {
    return wallToJson(this.#data.list.items);
  }

  /** Also waits for on-demand code and the Welsh table, then for the render that uses them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#loading) {
      await this.#loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #load(what: Promise<unknown>): void {
    const loading: Promise<unknown> = (this.#loading = what.finally(() => {
      if (this.#loading === loading) this.#loading = undefined;
      this.requestUpdate();
    }));
  }

  /** True while the render must wait for on-demand code or strings. */
  get #waiting(): boolean {
    return (
      !this.#viewFailed &&
      ((this.display && !this.#view) ||
        (this.#cols.length > 0 && !this.#board) ||
        (this.#t.locale === 'cy' && !wallStrings.cy))
    );
  }

  #adopt(sheet: CSSStyleSheet | undefined): void {
    const root = this.renderRoot as ShadowRoot;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const locale = this.#config.locale;
    const t = (this.#t = new Localizer(
      wallStrings as Record<Locale, WallStrings>,
      this.#welshFailed ? 'en' : locale,
      this.#config.strings,
    ));
    this.#cols =
      this.preset === 'triz'
        ? TRIZ_COLUMNS.map((c) => ({
            ...c,
            label: t.t(c.label as keyof WallStrings & string),
            prompt: t.t(c.prompt as keyof WallStrings & string),
          }))
        : parseColumns(this.columns);
    if (!this.#loading) {
      const needs: Promise<unknown>[] = [];
      if (locale === 'cy' && !wallStrings.cy && !this.#welshFailed)
        needs.push(loadWelsh().catch(() => (this.#welshFailed = true)));
      if (this.display && !this.#view)
        needs.push(
          import('./display.js').then((m) => this.#adopt((this.#view = m).displayStyles.styleSheet)),
        );
      if (this.#cols.length && !this.#board)
        needs.push(import('./board.js').then((m) => this.#adopt((this.#board = m).boardStyles.styleSheet)));
      if (needs.length && !this.#viewFailed)
        this.#load(Promise.all(needs).catch(() => (this.#viewFailed = true)));
    }
    void this.#data.connect(this.#config.store, this.#config.session);
  }

  protected override updated(): void {
    // Only on change: core watches `lang` attributes page-wide and re-renders widgets on every write.
    const region = this.#announcer.region;
    if (region && region.lang !== this.#t.locale) region.lang = this.#t.locale;
    this.#observer?.disconnect();
    for (const b of this.renderRoot.querySelectorAll<HTMLElement>('.more')) this.#observer?.observe(b);
    const cycling = this.display && !this.stopped && this.isConnected;
    if (cycling && !this.#cycle) this.#cycle = setInterval(() => (this.spot += 1), 8000);
    if (!cycling && this.#cycle) {
      clearInterval(this.#cycle);
      this.#cycle = undefined;
    }
    if (this.#focusAfter) {
      const { id, dir } = this.#focusAfter;
      this.#focusAfter = undefined;
      const card = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].find(
        (c) => c.dataset.id === id,
      );
      (
        card?.querySelector<HTMLElement>(`.move[data-dir=${dir}]`) ??
        card?.querySelector<HTMLElement>('.move')
      )?.focus();
    }
  }

  get #max(): number {
    return Math.max(1, Math.min(this.maxLength || 280, LIMITS.commitmentText));
  }

  #column(c: Entry): string {
    return this.#cols.some((col) => col.id === c.column) ? c.column : (this.#cols[0]?.id ?? '');
  }

  #more(key: string): void {
    this.#limits.set(key, (this.#limits.get(key) ?? PAGE) + PAGE * 2);
    this.requestUpdate();
  }

  #submit(event: Event): void {
    event.preventDefault();
    const t = this.#t;
    const text = this.#data.device.text.trim();
    const max = this.#max;
    this.error = !text ? t.t('error.empty') : text.length > max ? t.t('error.long', { max }) : '';
    if (this.error) {
      void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
      return;
    }
    const { sector, column } = this.#data.device;
    const input: NewCommitment = {
      id: newId(),
      sessionId: this.#config.session,
      createdAt: new Date().toISOString(),
      text,
      ...(this.#cols.length
        ? { column: this.#cols.some((c) => c.id === column) ? column : this.#cols[0]!.id }
        : {}),
      ...((SECTORS as readonly string[]).includes(sector)
        ? { sector: sector as NewCommitment['sector'] }
        : {}),
    };
    const added = new CommitmentAddEvent(input);
    this.dispatchEvent(added);
    this.#data.post(input);
  }

  #edit(field: 'text' | 'sector' | 'column', value: string): void {
    this.#data.device[field] = value;
    this.#data.persist();
    if (field === 'text' && this.error && value.trim().length <= this.#max) this.error = '';
    this.requestUpdate();
  }

  #react(c: Entry): void {
    this.#data.react(c.id).then(
      (done) => {
        const reacted = new CommitmentReactEvent(c.id);
        if (done) this.dispatchEvent(reacted);
      },
      () => (this.notice = this.#t.t('error.action')),
    );
  }

  #move(c: Entry, col: ColumnConfig, dir: string): void {
    this.#focusAfter = { id: c.id, dir };
    // Keep the card rendered in its new column, so focus can follow it there.
    const position = applyFilter(this.#data.list.items, this.filter)
      .filter((x) => this.#column(x) === col.id || x.id === c.id)
      .findIndex((x) => x.id === c.id);
    if (position >= (this.#limits.get(col.id) ?? PAGE)) this.#limits.set(col.id, position + 1);
    this.#data.move(c.id, col.id).catch(() => (this.notice = this.#t.t('error.action')));
  }

  #download(kind: 'csv' | 'json'): void {
    const name = `commitments-${this.#config.session}.${kind}`;
    if (kind === 'csv') download(this.toCsv(), name, 'text/csv;charset=utf-8');
    else download(this.toJson(), name, 'application/json');
  }

  protected override render() {
    if (this.#waiting) return nothing;
    const t = this.#t;
    const data = this.#data;
    const items = applyFilter(data.list.items, this.filter);
    const problem = data.store?.status.mode === 'memory' ? data.store.status.problems[0] : undefined;
    const connection =
      data.connection === 'offline' || data.connection === 'reconnecting' ? data.connection : '';
    return html`
      <h2 id="heading" class=${this.display ? 'nw-visually-hidden' : ''}>${t.t('heading')}</h2>
      ${problem ? html`<p class="nw-notice">${t.t(`storage.${problem}`)}</p>` : nothing}
      ${connection ? html`<p class="nw-notice">${t.t(connection)}</p>` : nothing}
      ${this.notice ? html`<p class="nw-notice nw-notice--error" role="alert">${this.notice}</p>` : nothing}
      ${
        data.state === 'error' || (this.display && !this.#view) || (this.#cols.length && !this.#board)
          ? html`<div class="nw-notice nw-notice--error" role="alert">
              <p>${t.t('error.load')}</p>
              <button
                type="button"
                class="nw-button nw-button--secondary"
                @click=${() => {
                  this.#viewFailed = false;
                  void data.connect(this.#config.store, this.#config.session, true);
                }}
              >
                ${t.t('retry')}
              </button>
            </div>`
          : this.display && this.#view
            ? this.#view.renderDisplay({
                t,
                prompt: this.prompt || t.t('prompt'),
                items,
                spot: this.spot,
                stopped: this.stopped,
                show: (spot) => (this.spot = spot),
                toggle: () => (this.stopped = !this.stopped),
              })
            : html`${this.#renderForm()}
              ${renderToolbar({
                t,
                total: data.list.size,
                shown: isFiltered(this.filter) ? items.length : null,
                paused: data.paused,
                queued: data.queue.size,
                columns: this.#cols,
                pause: () => data.setPaused(!data.paused),
                filter: (key, value) => {
                  this.filter = { ...this.filter, [key]: value };
                  this.#limits.clear();
                },
                download: (kind) => this.#download(kind),
              })}
              ${this.#renderLists(items)}`
      }
    `;
  }

  #renderForm() {
    const t = this.#t;
    const { text, sector, column } = this.#data.device;
    const col = this.#cols.find((c) => c.id === column) ?? this.#cols[0];
    return renderForm({
      t,
      label: col?.prompt || col?.label || this.prompt || t.t('prompt'),
      text,
      sector,
      column: col,
      columns: this.#cols,
      error: this.error,
      left: this.#max - text.trim().length,
      edit: (field, value) => this.#edit(field, value),
      submit: (e) => this.#submit(e),
    });
  }

  #cardContext(): CardContext {
    return {
      t: this.#t,
      columns: this.#cols,
      display: this.display,
      reacted: (id) => this.#data.hasReacted(id),
      react: (c) => this.#react(c),
      moves:
        this.#board && ((c) => this.#board!.renderMoves(c, this.#t, this.#cols, (...a) => this.#move(...a))),
    };
  }

  #renderList(key: string, items: readonly Entry[], labelledBy: string) {
    const t = this.#t;
    const limit = this.#limits.get(key) ?? PAGE;
    const ctx = this.#cardContext();
    const cacheKey = `${t.locale}|${this.display}|${this.#cols.map((c) => c.id + c.label).join()}|${this.#data.device.reacted.length}|${JSON.stringify(this.#config.strings)}`;
    if (cacheKey !== this.#cardKey) {
      this.#cardKey = cacheKey;
      this.#cards = new WeakMap();
    }
    const card = (c: Entry) => {
      let tpl = this.#cards.get(c);
      if (!tpl) this.#cards.set(c, (tpl = renderCard(c, ctx)));
      return tpl;
    };
    const shown = items.length > limit ? items.slice(0, limit) : items;
    return html`<ul class="cards" part="list" aria-labelledby=${labelledBy}>
        ${repeat(shown, (c) => c.id, card)}
      </ul>
      ${
        items.length > limit
          ? html`<button
              type="button"
              class="nw-button nw-button--secondary more"
              data-key=${key}
              @click=${() => this.#more(key)}
            >
              ${t.t('more', { count: items.length - limit })}
            </button>`
          : nothing
      }`;
  }

  #renderLists(items: readonly Entry[]) {
    const empty =
      !this.#data.list.size && this.#data.state === 'ready'
        ? html`<p class="empty">${this.#t.t('empty')}</p>`
        : nothing;
    if (!this.#cols.length) return html`${empty}${this.#renderList('', items, 'heading')}`;
    const cols = this.filter.column ? this.#cols.filter((c) => c.id === this.filter.column) : this.#cols;
    return html`${empty}${this.#board?.renderBoard(cols, (col) =>
      this.#renderList(
        col.id,
        items.filter((c) => this.#column(c) === col.id),
        `col-${col.id}`,
      ),
    )}`;
  }
}
