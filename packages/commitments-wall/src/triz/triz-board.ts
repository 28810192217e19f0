import {
  Announcer,
  ConfigController,
  LanguageController,
  TRIZ_LIMITS,
  type NoteChange,
  type ResponseStore,
  type Session,
  type StringOverrides,
  type TrizNote,
} from '@netweave/core';
import { LitElement, html, nothing } from 'lit';
import { styles } from './triz-board.styles.js';
import { loadTrizWelsh, trizBoardStrings } from './strings.js';
import { addState, reasonKey, refusalCode, roundNews, roundPosition } from './lib/board.js';
import {
  groupName,
  renderAdd,
  renderGroupLine,
  renderNotices,
  renderPicker,
  renderRound,
  renderSections,
  renderUnready,
  type NoteView,
} from './views.js';
import { renderProjector } from './projector.js';
import { ClockController } from './clock-controller.js';
import { BoardController } from './board-controller.js';
import { FocusController } from './focus-controller.js';

/**
 * The TRIZ sticky-note board of one breakout group: the round and its countdown, yellow, pink and
 * green notes that change colour as the group works through the rounds, first steps and dot
 * votes, live for everyone in the group. `display="projector"` shows the room's screen.
 *
 * @tagname netweave-triz-board
 * @summary The TRIZ sticky-note board of a breakout group (and the room's projector view).
 * @csspart picker - The group picker.
 * @csspart round - The round, what to do in it, and its countdown.
 * @csspart form - The add-a-note form.
 * @csspart sections - The three sections of notes.
 * @csspart display - The projector view.
 * @cssprop --netweave-triz-board-note-width - Narrowest a section gets before the sections stack (default 16rem).
 * @cssprop --netweave-triz-board-display-size - Text size in the projector view (default clamp(1rem, 1.6vw, 1.75rem)).
 * @cssprop --netweave-triz-board-clock-size - The countdown's size in the projector view (default clamp(2.5rem, 9vw, 7rem)).
 */
export class NetweaveTrizBoard extends LitElement {
  static override styles = styles;
  static override properties = {
    session: { reflect: true },
    endpoint: { reflect: true },
    store: { attribute: false },
    strings: { attribute: false },
    display: { reflect: true },
    group: { reflect: true },
    lang: { reflect: true },
    now: { attribute: false },
    _stepping: { state: true },
    _stepError: { state: true },
    _addError: { state: true },
    _sending: { state: true },
  };

  /** Session id the board belongs to. */
  session?: string;
  /** Base URL of a netweave collector (boards need one); else the provider's. */
  endpoint?: string;
  /** A store object to use instead of the one built from `endpoint` (it must have TRIZ boards). */
  store?: ResponseStore;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;
  /** `projector`: the room's screen, read-only (see `group`). */
  display = '';
  /** The projector's group: `g2`…, or `all` (the default) for every group as a grid. */
  group?: string;
  /** Language of the board (`en` or `cy`); otherwise the closest `lang` (the provider's, then the page's). */
  override lang!: string;
  /** The monotonic clock (ms) the countdown counts with: `performance.now()` unless a test gives another. */
  now: () => number = () => performance.now();

  private _stepping = '';
  private _stepError = '';
  private _addError = '';
  private _sending = false;
  /** Whether the board has been shown (a later switch to Welsh keeps it up until Welsh arrives). */
  private _shown = false;
  private _warned = false;
  /** The round's state last said ("kind|up", "kind|locked"): time up is said once. */
  private _said = '';
  private _arrived = 0;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, trizBoardStrings, () =>
    loadTrizWelsh().then((cy) => ({ cy })),
  );
  private readonly _announcer = new Announcer(this, 'triz-board');
  private readonly _clock = new ClockController(this, () => this.now());
  private readonly _focus = new FocusController(this);
  private readonly _data = new BoardController(this, {
    told: (session, before) => this._told(session, before),
    arrived: (count) => {
      this._arrived += count;
      this._announcer.sayLater(
        () => {
          const n = this._arrived;
          this._arrived = 0;
          return this._t.t('arrived', { count: n });
        },
        this._t.locale,
        1000,
      );
    },
  });

  private get _t() {
    return this._lang.t;
  }

  private get _projector(): string | undefined {
    return this.display === 'projector' ? this.group || 'all' : undefined;
  }

  private get _locked(): boolean {
    return this._clock.round.locked;
  }

  /** Also waits for the Welsh table, then for the render that uses it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._lang.loading) {
      await this._lang.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(): void {
    const data = this._data;
    void data.connect(this._config.store, this._config.session, this._projector);
    if (data.state === 'no-boards' && !this._warned) {
      this._warned = true;
      console.error(`netweave: <netweave-triz-board>: ${this._t.with('en').t(this._noBoards)}`);
    }
    this._sayRound();
  }

  private get _noBoards() {
    return 'endpoint' in this._config.store ? 'no-boards.store' : 'no-boards';
  }

  private _say(text: string): void {
    this._announcer.say(text, this._t.locale);
  }

  /** The collector told the session: the countdown starts again from it; a new round is said. */
  private _told(session: Session, before: Session | undefined): void {
    this._clock.tell(session.round);
    const kind = session.round?.kind;
    if (before && kind && kind !== 'commit' && kind !== before.round?.kind) {
      const { n, total } = roundPosition(session.agenda, kind);
      this._say(this._t.t('round.started', { n, total, name: this._t.t(`round.${kind}`) }));
    }
  }

  /** Says, once, that time is up, that writing stopped, or that it is open again. */
  private _sayRound(): void {
    const info = this._data.info;
    if (this._data.state !== 'ready' || !info) return;
    const round = this._clock.round;
    const { key, news } = roundNews(this._said, round);
    this._said = key;
    const n = roundPosition(info.agenda, round.kind).n;
    if (news) this._say(this._t.t(news, { n }));
  }

  /** Why a write was refused, in words. */
  private _reason(code: string): string {
    return this._t.t(reasonKey(code) as 'why.other', { code });
  }

  private _problem(id: string): string {
    const code = this._data.problems.get(id);
    return code ? this._t.t('refused.action', { reason: this._reason(code) }) : '';
  }

  /** A button on a note was pressed. */
  private _act(n: TrizNote, action: string): void {
    const data = this._data;
    if (data.busy.has(n.id)) return;
    if (this._locked) return this._refuse(n.id, 'locked');
    const change = (c: NoteChange) => this._change(n, c);
    if (action === 'recognise') change({ state: 'already' });
    else if (action === 'not-us') change({ state: 'worst' });
    else if (action === 'undo-step') change({ state: 'already' });
    else if (action === 'vote') {
      const on = !data.votes.has(n.id);
      const limit = data.info?.votes ?? 0;
      if (on && data.votes.size >= limit) return this._refuse(n.id, 'vote-limit');
      void data.vote(n.id, on).then((note) => {
        if (!note) return this._sayProblem(n.id);
        const used = this._t.t('votes.used', { used: data.votes.size, count: limit });
        this._say(`${this._t.t(on ? 'vote.given' : 'vote.taken')} ${used}`);
      });
    } else {
      // add-step, change-step: the form opens on the note, its words kept from before
      if (!(n.id in data.draft.steps))
        data.draft.steps[n.id] = action === 'change-step' ? (n.step ?? '') : '';
      this._stepping = n.id;
      this._stepError = '';
      this._focus.moveTo({ note: n.id, action: 'step-text' });
    }
  }

  private _refuse(id: string, code: string): void {
    this._data.refuse(id, code);
    this._sayProblem(id);
  }

  private _sayProblem(id: string): void {
    const problem = this._problem(id);
    if (problem) this._say(problem);
  }

  /** Changes a note; once stored, says what it became and puts the keyboard on its next action. */
  private _change(n: TrizNote, change: NoteChange): void {
    void this._data.change(n.id, change, change.state ?? 'step').then((note) => {
      if (!note) return this._sayProblem(n.id);
      const text = note.text;
      const key =
        note.state === n.state
          ? 'now.step'
          : note.state === 'already' && n.state === 'stop'
            ? 'now.unstop'
            : (`now.${note.state}` as const);
      this._say(this._t.t(key, { text }));
      if (this._stepping === n.id && note.state !== 'already') {
        delete this._data.draft.steps[n.id];
        this._data.persist();
        this._stepping = '';
      }
      this._focus.moveTo({ note: note.id });
    });
  }

  private _saveStep(event: Event, n: TrizNote): void {
    event.preventDefault();
    if (this._data.busy.has(n.id)) return;
    if (this._locked) return this._refuse(n.id, 'locked');
    const step = (this._data.draft.steps[n.id] ?? '').trim();
    const max = TRIZ_LIMITS.noteText;
    this._stepError = !step
      ? this._t.t('error.step')
      : step.length > max
        ? this._t.t('error.long', { max })
        : '';
    if (this._stepError) {
      this._focus.moveTo({ note: n.id, action: 'step-text' });
      return;
    }
    this._change(n, n.state === 'stop' ? { step } : { state: 'stop', step });
  }

  private _cancelStep(n: TrizNote): void {
    this._stepping = '';
    this._stepError = '';
    this._focus.moveTo({ note: n.id, action: n.state === 'stop' ? 'change-step' : 'add-step' });
  }

  private _input(value: string): void {
    this._data.draft.text = value;
    this._data.persist();
    if (this._addError && value.trim()) this._addError = '';
  }

  /** Adds the words in the box as a note; they stay in the box until the collector has stored them. */
  private _submit(event: Event): void {
    event.preventDefault();
    const data = this._data;
    const t = this._t;
    const state = addState(this._clock.round.kind);
    if (this._sending) return;
    if (this._locked || !state) return this._say(t.t(this._locked ? 'locked' : 'add.closed'));
    const text = data.draft.text.trim();
    const max = TRIZ_LIMITS.noteText;
    this._addError = !text ? t.t('error.empty') : text.length > max ? t.t('error.long', { max }) : '';
    if (this._addError) {
      this._focus.moveTo({ selector: '#add-text' });
      return;
    }
    this._sending = true;
    data.add(text, state).then(
      (note) => {
        this._sending = false;
        if (data.draft.text.trim() === text) data.draft.text = '';
        data.persist();
        this._say(t.t(note.status === 'pending' ? 'held' : 'added'));
      },
      (error: unknown) => {
        this._sending = false;
        this._addError = t.t('refused.add', { reason: this._reason(refusalCode(error)) });
        // The box takes the keyboard: its description, the reason, is heard.
        this._focus.moveTo({ selector: '#add-text' });
      },
    );
  }

  private _join(choice: string): void {
    void this._data.join(choice).then((ok) => {
      const data = this._data;
      // Joined: the keyboard goes to the board's heading. Refused: it stays on the choice, which
      // the reason describes.
      if (ok) this._focus.moveTo({ selector: '#heading' });
      this._say(
        ok
          ? this._t.t('joined', { group: groupName(this._t, data.info, data.group!) })
          : this._reason(data.joinProblem),
      );
    });
  }

  protected override render() {
    if (this._lang.loading && !this._shown) return nothing;
    this._shown = true;
    const t = this._t;
    const data = this._data;
    const heading = html`<h2 id="heading" tabindex="-1">${t.t('heading')}</h2>`;
    if (data.state !== 'ready')
      return html`${heading}${renderUnready(
        t,
        data.state === 'no-boards' ? this._noBoards : data.state,
        () => data.connect(this._config.store, this._config.session, this._projector, true),
        data.loadProblem && data.loadProblem !== 'network' ? this._reason(data.loadProblem) : '',
      )}`;
    const notices = renderNotices(t, data.store?.status, data.connection);
    const round = this._clock.round;
    const info = data.info;
    const view: NoteView = {
      t,
      agenda: info?.agenda,
      kind: round.kind,
      locked: round.locked,
      limit: info?.votes ?? 0,
      voted: data.votes,
      busy: data.busy,
      problem: (id) => this._problem(id),
      stepping: this._stepping,
      stepText: (id) => data.draft.steps[id] ?? '',
      stepError: this._stepError,
      readOnly: !!this._projector,
      act: (n, a) => this._act(n, a),
      stepInput: (id, value) => {
        data.draft.steps[id] = value;
        data.persist();
      },
      stepSave: (e, n) => this._saveStep(e, n),
      stepCancel: (n) => this._cancelStep(n),
    };
    const notes = data.notes.values();
    if (this._projector)
      return html`${notices}${renderProjector({ t, session: info, round, group: data.group, notes, note: view })}`;
    if (data.choosing || !data.group)
      return html`${heading}${notices}${renderPicker({
        t,
        session: info,
        current: data.group,
        joining: data.joining,
        problem: data.joinProblem ? this._reason(data.joinProblem) : '',
        join: (choice) => this._join(choice),
        keep: () => {
          data.choose(false);
          this._focus.moveTo({ selector: '#change-group' });
        },
      })}`;
    const state = addState(round.kind);
    return html`${heading}${notices}
    ${
      info?.groups?.length
        ? renderGroupLine(t, groupName(t, info, data.group), () => {
            data.choose(true);
            this._focus.moveTo({ selector: '#picker-heading' });
          })
        : nothing
    }
    ${renderRound(t, round, info)}
    ${view.limit ? html`<p class="votes-used">${t.t('votes.used', { used: data.votes.size, count: view.limit })}</p>` : nothing}
    ${
      state || data.draft.text
        ? renderAdd({
            t,
            state,
            text: data.draft.text,
            error: this._addError,
            reason: round.locked ? t.t('locked') : state ? '' : t.t('add.closed'),
            sending: this._sending,
            input: (value) => this._input(value),
            submit: (e) => this._submit(e),
          })
        : nothing
    }
    ${renderSections(view, notes)}`;
  }
}
