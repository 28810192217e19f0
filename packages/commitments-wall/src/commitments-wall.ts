import {
  Announcer,
  ConfigController,
  LanguageController,
  SECTORS,
  newId,
  type Commitment,
  type NewCommitment,
  type ModerationMode,
  type ResponseStore,
  type StringOverrides,
  type SubmissionProblem,
} from '@netweave/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
// Local imports in the order the CDN bundle lays the modules out: tables and templates first, the
// controllers last, beside this element (similar code side by side gzips ~100 bytes smaller).
import { wallToCsv, wallToJson } from './lib/export.js';
import { isFiltered } from './lib/filter.js';
import { styles } from './commitments-wall.styles.js';
import { CommitmentAddEvent, CommitmentReactEvent } from './events.js';
import { renderClosed, renderForm, renderList, renderLoadError, renderToolbar } from './views.js';
import { ownNote } from './card.js';
import { loadWelsh, wallStrings, type WallStrings } from './strings.js';
import { textLimit } from './lib/text-limit.js';
import { columnOf, wallColumns, type ColumnConfig } from './lib/columns.js';
import { OnDemandController } from './on-demand-controller.js';
import { CardsController } from './cards-controller.js';
import { WallController, type Entry } from './wall-controller.js';

/**
 * A live wall of "One thing I will do from today…" commitments: a short form, cards newest first
 * that arrive live, "I'll do this too" reactions, moderation, a TRIZ board and a projector mode.
 *
 * @tagname netweave-commitments-wall
 * @summary The live commitments wall (and TRIZ board) of a network-weaving session.
 * @fires {CommitmentAddEvent} netweave-commitment-add - The participant posted a commitment (`event.commitment`).
 * @fires {CommitmentReactEvent} netweave-commitment-react - The participant pressed "I'll do this too" (`event.commitmentId`).
 * @csspart form - The posting form.
 * @csspart follow-up - "Did you do it?": the question when a follow-up is due, and the confirmation after posting.
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
    followUpDays: { type: Number, attribute: 'follow-up-days' },
    noFollowUp: { type: Boolean, attribute: 'no-follow-up' },
    lang: { reflect: true },
    _error: { state: true },
    _notice: { state: true },
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
  /** Days after posting when the wall asks its author, on the same device, "How has it gone?" (the author may choose 2 weeks, 4 weeks or 3 months instead). */
  // 28 is FOLLOW_UP_DEFAULT_DAYS (a test checks it): importing the constant cost 80 bytes up front.
  followUpDays = 28;
  /** Never ask authors how their commitment has gone, and offer no calendar reminder. */
  noFollowUp = false;
  /** Language of the wall (`en` or `cy`); otherwise the closest `lang` (the provider's, then the page's). */
  override lang!: string;

  /** Why the words in the box cannot be (or were not) posted; shown before the box. */
  private _error = '';
  /** An action (a reaction, a move) that did not work. */
  private _notice = '';
  private _cols: ColumnConfig[] = [];
  /** A set-up mistake that keeps the participant's posts waiting, in plain words. */
  private _setupText = '';
  private _setupCode = '';
  private _warnedLocal = false;
  /** The session whose closing found the form holding the participant's words or focus: it stays. */
  private _keepForm?: string;
  /** The participant's latest commitment stored in this visit (follow-up.ts offers its follow-up). */
  _posted?: Commitment;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, wallStrings, () =>
    loadWelsh().then((cy) => ({ cy })),
  );
  /** The wording for this render (English while the Welsh table is on its way). */
  private get _t() {
    return this._lang.t;
  }
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
    stored: (c) => {
      this._announcer.say(ownNote(this._t, c) || this._t.t('posted'), this._t.locale);
      this._posted = c;
    },
    refused: (problem, later) => this._refused(problem, later),
  });
  private readonly _cards = new CardsController(
    this,
    () => this._data.list.items,
    () => this._sayLater(() => this._t.t('matches', { count: this._cards.items.length })),
  );
  private readonly _onDemand = new OnDemandController(this, {
    board: () => this._cols.length > 0,
    welsh: () => this._lang.loading,
    // Just posted, or due: a follow-up's due date, kept in this device's data, has passed.
    followUp: () =>
      !this.display &&
      !this.noFollowUp &&
      (!!this._posted ||
        Object.values(this._data.device.followUps ?? {}).some((due) => Date.parse(due) <= Date.now())),
  });

  /** Board mode's code, on a board (it is loaded before a board is rendered). */
  private get _board() {
    return this._cols.length ? this._onDemand.board : undefined;
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
    while (this._onDemand.loading) {
      await this._onDemand.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The columns in this render's words, the store and session to show, and set-up mistakes. */
  protected override willUpdate(_changed: PropertyValues<this>): void {
    const t = this._t;
    this._cols = wallColumns(this.preset, this.columns, (key) => t.t(key as keyof WallStrings & string));
    void this._data.connect(this._config.store, this._config.session);
    const store = this._config.store;
    if (!('endpoint' in store) && !this._warnedLocal) {
      this._warnedLocal = true;
      void import('./problems.js').then((m) => m.warnNoEndpoint());
    }
    const setup = this._data.setupProblem;
    // with the language: found before the Welsh table arrived, it is worded again once it has
    const code = setup ? setup.code + t.locale : '';
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

  /** The outbox's wording for a problem (loaded the first time one happens). */
  private _explain(problem: SubmissionProblem): Promise<string> {
    return import('./problems.js').then(
      (m) => m.problemText(problem, this._t.locale, this._config.strings),
      () => problem.message,
    );
  }

  /** The store refused a post for good; its words are back in the box. */
  private _refused(problem: SubmissionProblem, later: boolean): void {
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
  }

  /** The form's control that has the keyboard, if one has. */
  private _formFocus(): Element | null | undefined {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active?.closest('form') && active;
  }

  /** Posts the words in the box (the form's submit), or says before the box why it cannot. */
  private _submit(event: Event): void {
    event.preventDefault();
    const t = this._t;
    const text = this._data.device.text.trim();
    const max = textLimit(this.maxLength);
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
      ...(this._cols.length ? { column: columnOf(column, this._cols) } : {}),
      ...((SECTORS as readonly string[]).includes(sector)
        ? { sector: sector as NewCommitment['sector'] }
        : {}),
    };
    const added = new CommitmentAddEvent(input);
    this.dispatchEvent(added);
    this._data.post(input);
  }

  /** The participant changed a field: kept on this device; the length message goes once the words fit. */
  private _edit(field: 'text' | 'sector' | 'column', value: string): void {
    this._data.device[field] = value;
    this._data.persist();
    if (field === 'text' && this._error && value.trim().length <= textLimit(this.maxLength)) this._error = '';
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
    this._cards.keep(c.id, col.id, this._cols);
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

  /** The partner's prompt, else the session's own (set by its organiser), else ours. */
  private get _prompt(): string {
    return this.prompt || this._data.info?.prompt || this._t.t('prompt');
  }

  protected override render() {
    if (!this._onDemand.ready()) return nothing;
    const t = this._t;
    const data = this._data;
    const store = data.store;
    const items = this._cards.items;
    const problem = store?.status.mode === 'memory' ? store.status.problems[0] : undefined;
    const connection =
      data.connection === 'offline' || data.connection === 'reconnecting' ? data.connection : '';
    return html`
      <h2 id="heading" class=${this.display ? 'nw-visually-hidden' : ''}>${t.t('heading')}</h2>
      ${problem ? html`<p class="nw-notice">${t.t(`storage.${problem}`)}</p>` : nothing}
      ${
        !store || 'endpoint' in store || this.display
          ? nothing
          : html`<p part="local" class="nw-notice">${t.t('local')}</p>`
      }
      ${this._setupText ? html`<p class="nw-notice nw-notice--error" role="alert">${this._setupText}</p>` : nothing}
      ${connection && !this._setupText ? html`<p class="nw-notice">${t.t(connection)}</p>` : nothing}
      ${this._notice ? html`<p class="nw-notice nw-notice--error" role="alert">${this._notice}</p>` : nothing}
      ${
        data.loadProblem
          ? nothing
          : data.state === 'error' || this._onDemand.missing
            ? renderLoadError(t, () => {
                this._onDemand.failed = false;
                void data.connect(this._config.store, this._config.session, true);
              })
            : this.display && this._onDemand.view
              ? this._onDemand.view.render({ t, prompt: this._prompt, items })
              : html`${this._onDemand.followUp?.render()}${this._renderForm()}
                ${renderToolbar({
                  t,
                  total: data.list.size,
                  shown: isFiltered(this._cards.filter) ? items.length : null,
                  paused: data.paused,
                  queued: data.queue.size,
                  columnFilter: this._board?.renderColumnFilter(t, this._cols, (value) =>
                    this._cards.setFilter('column', value),
                  ),
                  pause: () => data.setPaused(!data.paused),
                  filter: (key, value) => this._cards.setFilter(key, value),
                  download: (kind) => this._download(kind),
                })}
                ${this._renderLists(items)}`
      }
    `;
  }

  /** The closed notice and the posting form. */
  private _renderForm() {
    const cols = this._cols;
    const data = this._data;
    // Closed: the form goes, unless it held words of the participant's (nothing typed is lost) or
    // the keyboard was in it; then it stays for this session, so the keyboard's place never vanishes.
    if (data.closed && (data.device.text || this._formFocus())) this._keepForm = data.session;
    const { text, sector, column } = data.device;
    const col = cols.find((c) => c.id === column) ?? cols[0];
    return html`${data.closed ? renderClosed(this._t) : nothing}${
      !data.closed || this._keepForm === data.session
        ? renderForm({
            t: this._t,
            label: col?.prompt || col?.label || this._prompt,
            text,
            sector,
            columnMenu: this._board?.renderColumnMenu(this._t, cols, col, (value) =>
              this._edit('column', value),
            ),
            error: this._error,
            left: textLimit(this.maxLength) - text.trim().length,
            edit: (field, value) => this._edit(field, value),
            submit: (e) => this._submit(e),
          })
        : nothing
    }`;
  }

  /** The cards: one list, or the board's columns (board.ts) each with its list. */
  private _renderLists(items: readonly Entry[]) {
    const t = this._t;
    const data = this._data;
    const cols = this._cols;
    const board = this._board;
    const card = this._cards.card(
      `${t.locale}|${this.display}|${cols.map((c) => c.id + c.label).join()}|${data.device.reacted.length}|${JSON.stringify(this._config.strings)}`,
      {
        t,
        columns: cols,
        display: this.display,
        reacted: (id) => data.hasReacted(id),
        react: (c) => this._react(c),
        moves: board && ((c) => board.renderMoves(c, t, cols, (...a) => this._move(...a))),
      },
    );
    const list = (key: string, items: readonly Entry[], labelledBy: string) =>
      renderList({
        t,
        key,
        items,
        labelledBy,
        limit: this._cards.limit(key),
        card,
        more: (k) => this._cards.more(k),
      });
    const empty =
      !data.list.size && data.state === 'ready'
        ? html`<p class="empty">${t.t(data.closed ? 'empty.closed' : 'empty')}</p>`
        : nothing;
    return html`${empty}${
      board
        ? board.renderBoard(cols, this._cards.filter.column, (col) =>
            list(
              col.id,
              items.filter((c) => columnOf(c.column, cols) === col.id),
              `col-${col.id}`,
            ),
          )
        : list('', items, 'heading')
    }`;
  }
}
