import {
  Announcer,
  ConfigController,
  LanguageController,
  LIMITS,
  SECTORS,
  newId,
  type ModerationMode,
  type NewCommitment,
  type ResponseStore,
  type StringOverrides,
  type SubmissionProblem,
} from '@netweave/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ownNote, renderCard, type CardContext } from './card.js';
import { styles } from './commitments-wall.styles.js';
import { CommitmentAddEvent, CommitmentReactEvent } from './events.js';
import { TRIZ_COLUMNS, parseColumns, type ColumnConfig } from './lib/columns.js';
import { wallToCsv, wallToJson } from './lib/export.js';
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
 * @summary The live commitments wall (and TRIZ board) of a network-weaving session.
 * @fires {CommitmentAddEvent} netweave-commitment-add - The participant posted a commitment (`event.commitment`).
 * @fires {CommitmentReactEvent} netweave-commitment-react - The participant pressed "I'll do this too" (`event.commitmentId`).
 * @csspart form - The posting form.
 * @csspart closed - The notice that the session takes no more posts.
 * @csspart local - The notice that posts stay on this device (no collector `endpoint`).
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
  // Declared without decorators: ~40 bytes less gzipped in a CDN file at its 25 KB budget.
  static override properties = {
    session: { reflect: true },
    endpoint: { reflect: true },
    store: { attribute: false },
    strings: { attribute: false },
    prompt: {},
    maxLength: { type: Number, attribute: 'max-length' },
    moderation: {},
    columns: {},
    preset: {},
    display: { type: Boolean, reflect: true },
    lang: { reflect: true },
    _error: { state: true },
    _notice: { state: true },
    _filter: { state: true },
  };

  /** Session id the commitments belong to. */
  session?: string;
  /** Base URL of a netweave collector; without one, data stays on this device. */
  endpoint?: string;
  /** A store object to use instead of the one built from `endpoint`. */
  store?: ResponseStore;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;
  /** The prompt above the form (default: the session's own prompt when the store has one, e.g. set in the collector; else "One thing I will do from today … will be…"). */
  prompt?: string;
  /** Longest commitment in characters (at most 1,000). */
  maxLength = 280;
  /** `none` (posts appear at once), `pre` (posts wait for approval) or `post` (moderators hide). */
  moderation: ModerationMode = 'none';
  /** Board columns as JSON: `[{"label": "…", "colour": "yellow", "prompt": "…"}]`; colours: yellow, pink, green, blue, orange, purple, grey. */
  columns?: string | ColumnConfig[];
  /** `triz`: the three TRIZ rounds (yellow, pink, green) as a board. */
  preset?: string;
  /** Projector mode: large type, no form, cards shown one at a time in turn. */
  display = false;
  /** Language of the wall (`en` or `cy`); otherwise the closest `lang` (the provider's, then the page's). */
  override lang!: string;

  private _error = '';
  private _notice = '';
  private _filter: WallFilter = NO_FILTER;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, wallStrings, () =>
    loadWelsh().then((cy) => ({ cy })),
  );
  /** The wording for this render (English while the Welsh table is on its way). */
  private get _t() {
    return this._lang.t;
  }
  /** The projector view, loaded on demand the first time `display` is on. */
  private _view?: import('./display.js').Projector;
  /** Code or the Welsh table still on its way (nothing is rendered meanwhile: no English flash). */
  private _loading?: Promise<unknown>;
  /** Board mode, loaded on demand the first time there are columns. */
  private _board?: typeof import('./board.js');
  /** Whether the wall has been shown (a later switch to Welsh keeps English up until Welsh arrives). */
  private _shown = false;
  private _viewFailed = false;
  /** The session whose closing found the form holding the participant's words or focus: it stays. */
  private _keepForm?: string;
  private _limits = new Map<string, number>();
  private _cols: ColumnConfig[] = [];
  private _observer?: IntersectionObserver;
  /** Card templates by entry (entries are replaced, never mutated), so a re-render skips unchanged cards. */
  private _cards = new WeakMap<Entry, TemplateResult>();
  private _cardKey = '';
  private readonly _announcer = new Announcer(this, 'commitments-wall');
  /** Cards from others not yet announced (one summary after a quiet second, never card by card). */
  private _arrived = 0;
  private readonly _data = new WallController(this, {
    moderation: () => (['pre', 'post'].includes(this.moderation) ? this.moderation : 'none'),
    arrived: (n) => {
      this._arrived += n;
      this._sayLater(() => {
        const count = this._arrived;
        this._arrived = 0;
        return this._t.t('new', { count });
      }, 1000);
    },
    waiting: () => this._sayLater(() => this._t.t('queued', { count: this._data.queue.size })),
    stored: (c) => this._announcer.say(ownNote(this._t, c) || this._t.t('posted'), this._t.locale),
    refused: (problem, later) => {
      if (problem.code === 'session-closed') this._data.markClosed();
      void this._explain(problem).then((reason) => {
        const error = (this._error = this._t.t('error.refused', { reason }));
        void this.updateComplete.then(() => {
          const box = this.renderRoot.querySelector('textarea');
          const at = this._formFocus();
          // Still at the form just after sending (on its button, or nowhere): the box takes the
          // keyboard and its description, the reason, is heard. Otherwise (sent later from this
          // device's outbox, or the keyboard is in the box already) the reason is said, once,
          // and the keyboard stays where it is.
          if (box && !later && (at ? at !== box : document.activeElement === document.body)) box.focus();
          else this._announcer.say(error, this._t.locale);
        });
      });
    },
  });
  /** A set-up mistake that keeps the participant's posts waiting, in plain words. */
  private _setupText = '';
  private _setupCode = '';
  private _warnedLocal = false;

  /** The outbox's wording for a problem (loaded the first time one happens). */
  private _explain(problem: SubmissionProblem): Promise<string> {
    return import('./problems.js').then(
      (m) => m.problemText(problem, this._t.locale, this._config.strings),
      () => problem.message,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries)
          if (e.isIntersecting) this._more((e.target as HTMLElement).dataset.key ?? '');
      },
      { rootMargin: '800px' },
    );
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  /** Every card on the wall (newest first) as the canonical commitments CSV (formula-safe, with a BOM). */
  toCsv(): string {
    return wallToCsv(this._data.list.items);
  }

  /** Every card on the wall (newest first) as JSON. */
  toJson(): string {
    return wallToJson(this._data.list.items);
  }

  /** Also waits for on-demand code and the Welsh table, then for the render that uses them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._loading) {
      await this._loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private _load(what: Promise<unknown>): void {
    const loading: Promise<unknown> = (this._loading = what.finally(() => {
      if (this._loading === loading) this._loading = undefined;
      this.requestUpdate();
    }));
  }

  /** True while the render must wait for on-demand code or strings. */
  private get _waiting(): boolean {
    return (
      !this._viewFailed &&
      ((this.display && !this._view) ||
        (this._cols.length > 0 && !this._board) ||
        (!!this._lang.loading && !this._shown))
    );
  }

  private _adopt(sheet: CSSStyleSheet | undefined): void {
    const root = this.renderRoot as ShadowRoot;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const t = this._t;
    this._cols =
      this.preset === 'triz'
        ? TRIZ_COLUMNS.map((c) => ({
            ...c,
            label: t.t(c.label as keyof WallStrings & string),
            prompt: t.t(c.prompt as keyof WallStrings & string),
          }))
        : parseColumns(this.columns);
    if (!this._loading) {
      const needs: Promise<unknown>[] = [];
      if (this._lang.loading) needs.push(this._lang.loading);
      if (this.display && !this._view)
        needs.push(
          import('./display.js').then((m) => {
            this._adopt(m.displayStyles.styleSheet);
            this._view = new m.Projector(this);
          }),
        );
      if (this._cols.length && !this._board)
        needs.push(import('./board.js').then((m) => this._adopt((this._board = m).boardStyles.styleSheet)));
      if (needs.length && !this._viewFailed)
        this._load(Promise.all(needs).catch(() => (this._viewFailed = true)));
    }
    void this._data.connect(this._config.store, this._config.session);
    const store = this._config.store;
    if (!('endpoint' in store) && !this._warnedLocal) {
      this._warnedLocal = true;
      void import('./problems.js').then((m) => m.warnNoEndpoint());
    }
    const setup = this._data.setupProblem;
    const code = setup?.code ?? '';
    if (code !== this._setupCode) {
      this._setupCode = code;
      this._setupText = '';
      if (setup)
        void this._explain(setup).then((text) => {
          if (this._setupCode === code) this._setupText = text;
          this.requestUpdate();
        });
    }
  }

  protected override updated(): void {
    this._observer?.disconnect();
    for (const b of this.renderRoot.querySelectorAll<HTMLElement>('.more')) this._observer?.observe(b);
  }

  private get _max(): number {
    return Math.max(1, Math.min(this.maxLength || 280, LIMITS.commitmentText));
  }

  private _column(c: Entry): string {
    return this._cols.some((col) => col.id === c.column) ? c.column : (this._cols[0]?.id ?? '');
  }

  /**
   * Shows more cards (from the button, or as the list scrolls into view). When the button has the
   * keyboard, the keyboard goes to the first card it revealed: the button may be gone afterwards.
   */
  private _more(key: string): void {
    const root = this.renderRoot as ShadowRoot;
    const cards = `ul[data-key="${key}"] > .card`;
    const focused = (root.activeElement as HTMLElement | null)?.dataset.key === key;
    const from = root.querySelectorAll(cards).length;
    this._limits.set(key, (this._limits.get(key) ?? PAGE) + PAGE * 2);
    if (focused)
      void this.updateComplete.then(() => root.querySelectorAll<HTMLElement>(cards)[from]?.focus());
    this.requestUpdate();
  }

  private _submit(event: Event): void {
    event.preventDefault();
    const t = this._t;
    const text = this._data.device.text.trim();
    const max = this._max;
    this._error = !text ? t.t('error.empty') : text.length > max ? t.t('error.long', { max }) : '';
    if (this._error) {
      void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
      return;
    }
    const { sector, column } = this._data.device;
    const input: NewCommitment = {
      id: newId(),
      sessionId: this._config.session,
      createdAt: new Date().toISOString(),
      text,
      ...(this._cols.length
        ? { column: this._cols.some((c) => c.id === column) ? column : this._cols[0]!.id }
        : {}),
      ...((SECTORS as readonly string[]).includes(sector)
        ? { sector: sector as NewCommitment['sector'] }
        : {}),
    };
    const added = new CommitmentAddEvent(input);
    this.dispatchEvent(added);
    this._data.post(input);
  }

  private _edit(field: 'text' | 'sector' | 'column', value: string): void {
    this._data.device[field] = value;
    this._data.persist();
    if (field === 'text' && this._error && value.trim().length <= this._max) this._error = '';
    this.requestUpdate();
  }

  private _react(c: Entry): void {
    this._data.react(c.id).then(
      (done) => {
        const reacted = new CommitmentReactEvent(c.id);
        if (done) this.dispatchEvent(reacted);
      },
      () => (this._notice = this._t.t('error.action')),
    );
  }

  /** Moves a card to another column (board.ts puts the keyboard back on the card's button). */
  private _move(c: Entry, col: ColumnConfig): void {
    // Keep the card rendered in its new column, so focus can follow it there.
    const position = applyFilter(this._data.list.items, this._filter)
      .filter((x) => this._column(x) === col.id || x.id === c.id)
      .findIndex((x) => x.id === c.id);
    if (position >= (this._limits.get(col.id) ?? PAGE)) this._limits.set(col.id, position + 1);
    this._data.move(c.id, col.id).then(
      () => this._sayLater(this._t.t('moved', this._board!.toColumn(col, this._t))),
      () => (this._notice = this._t.t('error.action')),
    );
  }

  /** Says `text` once things settle (typing in the search box is heard as one count, not each key). */
  private _sayLater(text: string | (() => string), delay = 600): void {
    this._announcer.sayLater(text, this._t.locale, delay);
  }

  private _download(kind: 'csv' | 'json'): void {
    const name = `commitments-${this._config.session}.${kind}`;
    const [text, type] =
      kind === 'csv' ? [this.toCsv(), 'text/csv;charset=utf-8'] : [this.toJson(), 'application/json'];
    void import('./save.js').then((m) => m.download(name, text, type));
  }

  protected override render() {
    if (this._waiting) return nothing;
    this._shown = true;
    const t = this._t;
    const data = this._data;
    const items = applyFilter(data.list.items, this._filter);
    const problem = data.store?.status.mode === 'memory' ? data.store.status.problems[0] : undefined;
    const connection =
      data.connection === 'offline' || data.connection === 'reconnecting' ? data.connection : '';
    return html`
      <h2 id="heading" class=${this.display ? 'nw-visually-hidden' : ''}>${t.t('heading')}</h2>
      ${problem ? html`<p class="nw-notice">${t.t(`storage.${problem}`)}</p>` : nothing}
      ${
        !data.store || 'endpoint' in data.store || this.display
          ? nothing
          : html`<p part="local" class="nw-notice">${t.t('local')}</p>`
      }
      ${this._setupText ? html`<p class="nw-notice nw-notice--error">${this._setupText}</p>` : nothing}
      ${connection ? html`<p class="nw-notice">${t.t(connection)}</p>` : nothing}
      ${this._notice ? html`<p class="nw-notice nw-notice--error" role="alert">${this._notice}</p>` : nothing}
      ${
        data.state === 'error' || (this.display && !this._view) || (this._cols.length && !this._board)
          ? html`<div class="nw-notice nw-notice--error" role="alert">
              <p>${t.t('error.load')}</p>
              <button
                type="button"
                class="nw-button nw-button--secondary"
                @click=${() => {
                  this._viewFailed = false;
                  void data.connect(this._config.store, this._config.session, true);
                }}
              >
                ${t.t('retry')}
              </button>
            </div>`
          : this.display && this._view
            ? this._view.render({ t, prompt: this._prompt, items })
            : html`${this._renderForm()}
              ${renderToolbar({
                t,
                total: data.list.size,
                shown: isFiltered(this._filter) ? items.length : null,
                paused: data.paused,
                queued: data.queue.size,
                columns: this._cols,
                pause: () => data.setPaused(!data.paused),
                filter: (key, value) => {
                  this._filter = { ...this._filter, [key]: value };
                  this._limits.clear();
                  this._sayLater(() =>
                    this._t.t('matches', { count: applyFilter(data.list.items, this._filter).length }),
                  );
                },
                download: (kind) => this._download(kind),
              })}
              ${this._renderLists(items)}`
      }
    `;
  }

  /** The form's control that has the keyboard, if one has. */
  private _formFocus(): Element | null | undefined {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active?.closest('form') && active;
  }

  /** The partner's prompt, else the session's own (set by its organiser), else ours. */
  private get _prompt(): string {
    return this.prompt || this._data.info?.prompt || this._t.t('prompt');
  }

  private _renderForm() {
    const t = this._t;
    const closed = this._data.closed
      ? html`<div part="closed" class="nw-notice closed" role="status"><p>${t.t('closed')}</p></div>`
      : nothing;
    // Closed: the form goes, unless it held words of the participant's (nothing typed is lost) or
    // the keyboard was in it; then it stays for this session, so the keyboard's place never vanishes.
    const session = this._data.session;
    if (closed !== nothing && (this._data.device.text || this._formFocus())) this._keepForm = session;
    if (closed !== nothing && this._keepForm !== session) return closed;
    const { text, sector, column } = this._data.device;
    const col = this._cols.find((c) => c.id === column) ?? this._cols[0];
    return html`${closed}${renderForm({
      t,
      label: col?.prompt || col?.label || this._prompt,
      text,
      sector,
      column: col,
      columns: this._cols,
      error: this._error,
      left: this._max - text.trim().length,
      edit: (field, value) => this._edit(field, value),
      submit: (e) => this._submit(e),
    })}`;
  }

  private _cardContext(): CardContext {
    return {
      t: this._t,
      columns: this._cols,
      display: this.display,
      reacted: (id) => this._data.hasReacted(id),
      react: (c) => this._react(c),
      moves:
        this._board && ((c) => this._board!.renderMoves(c, this._t, this._cols, (...a) => this._move(...a))),
    };
  }

  private _renderList(key: string, items: readonly Entry[], labelledBy: string) {
    const t = this._t;
    const limit = this._limits.get(key) ?? PAGE;
    const ctx = this._cardContext();
    const cacheKey = `${t.locale}|${this.display}|${this._cols.map((c) => c.id + c.label).join()}|${this._data.device.reacted.length}|${JSON.stringify(this._config.strings)}`;
    if (cacheKey !== this._cardKey) {
      this._cardKey = cacheKey;
      this._cards = new WeakMap();
    }
    const card = (c: Entry) => {
      let tpl = this._cards.get(c);
      if (!tpl) this._cards.set(c, (tpl = renderCard(c, ctx)));
      return tpl;
    };
    const shown = items.length > limit ? items.slice(0, limit) : items;
    return html`<ul class="cards" part="list" data-key=${key} aria-labelledby=${labelledBy}>
        ${repeat(shown, (c) => c.id, card)}
      </ul>
      ${
        items.length > limit
          ? html`<button
              type="button"
              class="nw-button nw-button--secondary more"
              data-key=${key}
              @click=${() => this._more(key)}
            >
              ${t.t('more', { count: items.length - limit })}
            </button>`
          : nothing
      }`;
  }

  private _renderLists(items: readonly Entry[]) {
    const empty =
      !this._data.list.size && this._data.state === 'ready'
        ? html`<p class="empty">${this._t.t(this._data.closed ? 'empty.closed' : 'empty')}</p>`
        : nothing;
    if (!this._cols.length) return html`${empty}${this._renderList('', items, 'heading')}`;
    const cols = this._filter.column ? this._cols.filter((c) => c.id === this._filter.column) : this._cols;
    return html`${empty}${this._board?.renderBoard(cols, (col) =>
      this._renderList(
        col.id,
        items.filter((c) => this._column(c) === col.id),
        `col-${col.id}`,
      ),
    )}`;
  }
}
