import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ConfigController,
  DEFAULT_CATALOGUE,
  Localizer,
  challengeLabel,
  newId,
  type AssessmentResponse,
  type Catalogue,
  type ResponseStore,
  type SavedDraft,
  type StringOverrides,
  type SubmissionProblem,
  type SubmissionState,
} from '@netweave/core';
import {
  emptyAnswers,
  missing,
  readDraft,
  toResponse,
  type Answers,
  type Choice,
  type Draft,
} from './lib/answers.js';
import type { CatalogueLoad } from './lib/catalogue-src.js';
import { topAreas } from './lib/results.js';
import { submitMessage } from './lib/submit-message.js';
import { NetweaveCompleteEvent, NetweaveSubmitErrorEvent, NetweaveSubmitEvent } from './events.js';
import { styles } from './self-assessment.styles.js';
import { renderOther, renderQuestion, type QuestionsView } from './views/questions.js';
import {
  addStrings,
  hasWelsh,
  loadWelsh,
  strings,
  welshUnavailable,
  whenWelsh,
  type Strings,
} from './strings.js';

type Phase = 'intro' | 'questions' | 'results';
/** A module loaded on first use: `get()` is undefined until `load()` has brought it. */
function lazy<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let loading: Promise<unknown> | undefined;
  return {
    get: () => value,
    load: () =>
      (loading ??= load().then(
        (m) => (value = m),
        () => (loading = undefined),
      )),
  };
}

/** The results view (with print, downloads and the comparison), loaded once someone needs it. */
const results = lazy(() =>
  import('./views/results.js').then((m) => {
    addStrings(m.resultsStrings);
    return m;
  }),
);
/** The optional "about you" questions, last in the form. */
const about = lazy(() => import('./views/about.js'));
/** The consent to send, offered only when the store accepts submissions. */
const consent = lazy(() => import('./views/consent.js'));
/** The "Start again" / "Forget" confirmation. */
const confirmation = lazy(() => import('./views/confirm.js'));
/** Where the consented response stands, as the store's outbox reports it. */
export interface Submit {
  readonly state: SubmissionState;
  readonly problem?: SubmissionProblem | undefined;
}

/**
 * The network-weaving self-assessment: rate each common network challenge, save as you go,
 * come back later, and get your top areas for action with resources.
 *
 * @tagname netweave-self-assessment
 * @summary The network-weaving self-assessment form, with autosave, results, history and optional submission.
 *
 * @attribute lang - Language of the form (`en` or `cy`); otherwise the closest `lang` on the page.
 *
 * @slot - The introduction shown above the questions (a sensible default is built in).
 * @slot announcer - Used by the element itself: a light-DOM live region for status messages. Leave it empty.
 *
 * @fires change - The person changed an answer (never fired for programmatic changes).
 * @fires {NetweaveCompleteEvent} netweave-complete - The person finished; `detail` is `{ response, topAreas }`.
 * @fires {NetweaveSubmitEvent} netweave-submit - A consented response was accepted by the store (`state`: `sent` or `queued`).
 * @fires {NetweaveSubmitErrorEvent} netweave-submit-error - The collector refused the response (closed or unknown session, invalid data); it is not retried.
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The introduction.
 * @csspart progress - "Question 3 of 10" in the stepper.
 * @csspart error-summary - The list of problems shown before the questions.
 * @csspart question - Each challenge's fieldset (and the other challenge's).
 * @csspart scale - The group of rating radios in a question.
 * @csspart about-you - The optional "about you" fieldset.
 * @csspart results - The results section.
 * @csspart top-area - One top area for action.
 * @csspart resource - A resource link's list item.
 * @csspart answers - The table of all answers (with the comparison).
 * @csspart actions - Print, download, start again and forget buttons.
 * @csspart notice - Restored, storage, submission and catalogue notices.
 *
 * @cssprop --netweave-self-assessment-max-width - Maximum width of the form (default `--netweave-max-width`, 48rem).
 * @cssprop --netweave-self-assessment-question-gap - Space between questions (default 2rem).
 * @cssprop --netweave-self-assessment-top-area-background - Background of a top area (default the surface colour).
 */
export class NetweaveSelfAssessment extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  /** Session id the response belongs to; also keeps drafts of different sessions apart. */
  @property({ reflect: true }) session?: string;
  /** Base URL of a netweave collector; without one, answers stay on this device. */
  @property({ reflect: true }) endpoint?: string;
  /** `single` (every question on one page) or `stepper` (one question at a time). */
  @property({ reflect: true }) layout: 'single' | 'stepper' = 'single';
  /** URL of a catalogue JSON file to use instead of the default challenges. */
  @property({ attribute: 'catalogue-src' }) catalogueSrc?: string;
  /** Rating at or above which a challenge can be a top area for action (default: the catalogue's, 3). */
  @property({ type: Number }) threshold?: number;
  /** Leave out the optional "about you" questions. */
  @property({ type: Boolean, attribute: 'no-about-you' }) noAboutYou = false;
  /** Never offer to send the response, even when the store accepts submissions. */
  @property({ type: Boolean, attribute: 'no-submit' }) noSubmit = false;
  /** A partner's challenge catalogue (wins over `catalogue-src` and the provider's). */
  @property({ attribute: false }) catalogue?: Catalogue;
  /** A store object to use instead of the one from `endpoint` or the provider (default: this device). */
  @property({ attribute: false }) store?: ResponseStore;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  @property({ attribute: false }) strings?: StringOverrides;

  @state() private _answers: Answers = emptyAnswers(newId());
  @state() private _phase: Phase = 'intro';
  @state() private _step = 0;
  @state() private _errors: string[] = [];
  @state() private _restoredAt?: string;
  @state() private _history: AssessmentResponse[] = [];
  @state() private _compareId = '';
  @state() private _confirm?: 'again' | 'forget';
  @state() private _forgotten = false;
  @state() private _submit: Submit | undefined;
  @state() private _src?: CatalogueLoad;
  @state() private _unreadable = false;
  @state() private _ownIntro = false;
  /** Whether the form has been shown (in any language): a later switch of language keeps it shown. */
  private _shown = false;
  private readonly _welshArrived = (): void => this.requestUpdate();

  private readonly _config = new ConfigController(this);
  private readonly _internals: ElementInternals;
  private _loadedKey?: string;
  /** The storage key whose data is on screen. */
  private _dataKey?: string;
  private _unsubscribe?: () => void;
  private _abort?: AbortController;
  private _focus?: string;

  constructor() {
    super();
    this._internals = this.attachInternals();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The response built from the current answers, as JSON (the value submitted with a host form). */
  get value(): string {
    return JSON.stringify(this._response());
  }

  /** The host form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  /** Whether every question has an answer (a rating or "Not sure"). */
  get validity(): ValidityState {
    return this._internals.validity;
  }

  get validationMessage(): string {
    return this._internals.validationMessage;
  }

  /** Checks validity like a native control (fires `invalid` when a question is unanswered). */
  checkValidity(): boolean {
    return this._internals.checkValidity();
  }

  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: subscribe to the store again on the next update.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._loadedKey = undefined;
    this._abort?.abort();
  }

  formResetCallback(): void {
    this._reset(false);
  }

  private get _t(): Localizer<Strings> {
    const locale = this._config.locale;
    // Switched to Welsh after showing English, or the Welsh wording could not be loaded: stay in
    // English until it arrives rather than blanking the form (and losing the keyboard's place).
    const waiting = locale === 'cy' && !hasWelsh() && (this._shown || welshUnavailable());
    return new Localizer(strings, waiting ? 'en' : locale, this._config.strings);
  }

  private get _catalogue(): Catalogue | undefined {
    const src = this._src;
    const base =
      this.catalogue ??
      (this.catalogueSrc
        ? src?.ok
          ? src.catalogue
          : undefined
        : (this._config.catalogue ?? DEFAULT_CATALOGUE));
    if (!base) return undefined;
    return Number.isInteger(this.threshold) ? { ...base, threshold: this.threshold! } : base;
  }

  private get _key(): string {
    return `self-assessment:${this._config.session}`;
  }

  private get _store(): ResponseStore {
    return this._config.store;
  }

  private get _canSubmit(): boolean {
    return !this.noSubmit && this._store.acceptsSubmissions;
  }

  private get _steps(): string[] {
    return [
      ...(this._catalogue?.challenges.map((c) => c.id) ?? []),
      'other',
      ...(this.noAboutYou ? [] : ['about']),
    ];
  }

  private _response(): AssessmentResponse {
    return toResponse(this._answers, this._catalogue ?? DEFAULT_CATALOGUE, this._config.session);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalogueSrc')) this._fetchCatalogue();
    const key = `${this._key}|${this.store ? 'own' : (this._config.endpoint ?? '')}`;
    if (key !== this._loadedKey) {
      this._loadedKey = key;
      void this._load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    // The radios show the answers (set here after each render: the DOM may have changed without
    // a render in between, e.g. a click then "Next" at once, when a step reuses the same radios).
    const a = this._answers;
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      input.checked =
        String(input.name === 'other-rating' ? a.otherRating : a.ratings[input.name]) === input.value;
    this._syncForm();
    // Each new state of the submission is said once (not "Sending…", which is quickly over).
    const before = changed.get('_submit') as Submit | undefined;
    const now = this._submit;
    // Said only when it changes here (a state restored on load is shown, not announced).
    if (changed.has('_submit') && before && now && now.state !== 'sending' && now.state !== before.state) {
      this._announce(submitMessage(now, this._t));
    }
    if (changed.has('_forgotten') && this._forgotten) this._announce(this._t.t('forgotten'));
    // Choosing an earlier assessment to compare with: its summary is said once.
    if (changed.has('_compareId') && this._compareId) {
      const summary = this.renderRoot.querySelector('.compare-summary')?.textContent?.trim();
      if (summary) this._announce(summary);
    }
    const sheet = this._phase === 'results' && results.get()?.resultsStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (this._focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this._focus);
      // Still arriving (loaded on demand): focus it once it is there.
      if (target || !this.renderRoot.querySelector('[aria-busy=true]')) this._focus = undefined;
      target?.focus();
    }
  }

  /**
   * Live regions inside shadow DOM are unreliable in some screen reader and browser pairs, so
   * status messages are also written to a live region in the light DOM, slotted out of sight.
   */
  private _announce(message: string): void {
    let region = this.querySelector<HTMLElement>(':scope > [slot="announcer"]');
    if (!region) {
      region = document.createElement('div');
      region.slot = 'announcer';
      region.setAttribute('role', 'status');
      this.append(region);
    }
    region.textContent = message;
  }

  private async _fetchCatalogue(): Promise<void> {
    this._abort?.abort();
    this._src = undefined;
    if (!this.catalogueSrc) return;
    const abort = (this._abort = new AbortController());
    // Only pages that name a catalogue file need the loader (and, on failure, its messages).
    const { loadCatalogue } = await import('./lib/catalogue-src.js');
    const result = await loadCatalogue(this.catalogueSrc, abort.signal);
    if (!abort.signal.aborted) this._src = result;
  }

  private async _load(): Promise<void> {
    const store = this._store;
    const key = this._key;
    this._unsubscribe?.();
    this._unsubscribe = store.subscribe(this._config.session, (e) => {
      if (e.type === 'status') this.requestUpdate();
      // The store's outbox says where this person's response stands (sent later, refused…).
      if (e.type === 'submission' && e.submission.id === this._answers.id) this._track(e.submission);
    });
    let draft: SavedDraft<unknown> | undefined;
    let history: SavedDraft<AssessmentResponse[]> | undefined;
    let outbox: SavedDraft<AssessmentResponse[]> | undefined;
    try {
      [draft, history, outbox] = await Promise.all([
        store.loadDraft(key),
        store.loadDraft<AssessmentResponse[]>(`${key}:history`),
        // Earlier versions kept their own queue here: hand it to the store's outbox.
        store.loadDraft<AssessmentResponse[]>(`${key}:outbox`),
      ]);
    } catch {
      // A store that cannot read: start afresh (its status notice says why, if it knows).
    }
    if (key !== this._key) return;
    const d = draft && readDraft(draft.value);
    // Another session (or store) than the one on screen: do not carry its answers over.
    if (this._dataKey && this._dataKey !== key) this._reset(false, false);
    this._dataKey = key;
    this._history = Array.isArray(history?.value) ? history.value : [];
    this._unreadable = !!draft && !d;
    // Not a draft this version can read: keep a copy before the next answer replaces it.
    if (this._unreadable)
      await store.saveDraft(`${key}:set-aside:${Date.now()}`, draft!.value).catch(() => undefined);
    if (d) {
      this._answers = d.answers;
      this._phase = d.phase;
      this._step = d.step;
      this._restoredAt = draft!.savedAt;
      this._submit = d.sent ? { state: 'sent' } : undefined;
    }
    if (Array.isArray(outbox?.value) && this._canSubmit) {
      for (const r of outbox.value) await store.submitResponse(r).catch(() => undefined);
      await store.clearDraft(`${key}:outbox`).catch(() => undefined);
    }
    if (this._canSubmit) {
      const mine = ((await store.submissions?.(this._config.session).catch(() => undefined)) ?? []).find(
        (s) => s.id === this._answers.id,
      );
      if (key !== this._key) return;
      if (mine) this._track(mine, false);
    }
    this.requestUpdate();
  }

  private _save(): void {
    const draft: Draft = {
      answers: this._answers,
      step: this._step,
      phase: this._phase,
      sent: this._submit?.state === 'sent',
    };
    this._store.saveDraft(this._key, draft).catch(() => this.requestUpdate());
  }

  private _syncForm(): void {
    const cat = this._catalogue;
    this._internals.setFormValue(cat ? this.value : null);
    const first = cat && missing(this._answers, cat)[0];
    const anchor =
      first &&
      this.renderRoot?.querySelector<HTMLElement>(
        `[name="${CSS.escape(first === 'other' ? 'other-rating' : first)}"]`,
      );
    if (first)
      this._internals.setValidity({ valueMissing: true }, this._errorText(first), anchor || undefined);
    else this._internals.setValidity({});
  }

  private _errorText(id: string): string {
    const c = this._catalogue?.challenges.find((x) => x.id === id);
    return c
      ? this._t.t('error.rating', { label: challengeLabel(c, this._t.locale) })
      : this._t.t('error.other');
  }

  /** A user edit: save, update the form value, tell the host page. */
  private _edit(change: Partial<Answers>): void {
    this._answers = { ...this._answers, ...change };
    this._forgotten = false;
    if (this._errors.length)
      this._errors = this._errors.filter((id) => missing(this._answers, this._catalogue!).includes(id));
    this._save();
    // The person has started: fetch the results view in the background, ready for the end.
    void results.load();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private _onRating(e: Event): void {
    const input = e.target as HTMLInputElement;
    const choice: Choice = input.value === 'unsure' ? 'unsure' : Number(input.value);
    if (input.name === 'other-rating') this._edit({ otherRating: choice });
    else this._edit({ ratings: { ...this._answers.ratings, [input.name]: choice } });
  }

  private _onField(e: Event): void {
    const el = e.target as HTMLInputElement;
    const value = el.type === 'checkbox' ? el.checked : el.value;
    if (e.type === 'input') {
      this._answers = { ...this._answers, [el.name]: value };
      this._save();
    } else this._edit({ [el.name]: value });
  }

  private _go(phase: Phase, step = 0): void {
    this._phase = phase;
    this._step = step;
    this._errors = [];
    this._confirm = undefined;
    this._save();
    this._focus =
      phase === 'results'
        ? '#results-h'
        : phase === 'intro'
          ? '#title'
          : `#h-${CSS.escape(this._steps[step] ?? '')}`;
  }

  private _onSubmit(e: Event): void {
    e.preventDefault();
    const cat = this._catalogue!;
    const gaps = missing(this._answers, cat);
    if (this.layout === 'stepper') {
      const id = this._steps[this._step];
      const stepGaps = gaps.filter((g) => g === id);
      if (stepGaps.length) return this._showErrors(stepGaps);
      if (this._step < this._steps.length - 1) return this._go('questions', this._step + 1);
    }
    if (gaps.length) return this._showErrors(gaps);
    this._finish();
  }

  private _showErrors(ids: string[]): void {
    this._errors = ids;
    this._focus = '.error-summary';
  }

  private _finish(): void {
    const cat = this._catalogue!;
    const response = this._response();
    // The latest 50 completed assessments are kept.
    this._history = [...this._history.filter((h) => h.id !== response.id), response].slice(-50);
    this._store.saveDraft(`${this._key}:history`, this._history).catch(() => this.requestUpdate());
    this._go('results');
    const complete = new NetweaveCompleteEvent(response, topAreas(response, cat).challenges);
    this.dispatchEvent(complete);
    if (this._answers.consent && this._canSubmit) void this._send(response);
  }

  /**
   * Sends through the store's outbox, which keeps the response on this device until it is sent
   * and retries it; `netweave-submit` says it was accepted (`sent` or `queued`),
   * `netweave-submit-error` that the collector refused it (and why).
   */
  private async _send(response: AssessmentResponse): Promise<void> {
    this._submit = { state: 'sending' };
    try {
      const result = await this._store.submitResponse(response);
      if (response.id !== this._answers.id) return;
      this._track({ state: result.state });
      this.dispatchEvent(new NetweaveSubmitEvent(response, result.state));
    } catch (error) {
      if (response.id !== this._answers.id) return;
      const e = error as { code?: string; status?: number; message?: string };
      this._track({
        state: 'refused',
        problem: { code: e.code ?? 'error', status: e.status ?? 0, message: e.message ?? String(error) },
      });
      this.dispatchEvent(new NetweaveSubmitErrorEvent(response, error));
    }
  }

  /** Shows where the response stands; remembers "sent" with the draft. */
  private _track(submit: Submit, save = true): void {
    // The outbox's word is the latest, except that "sent" is final.
    const before = this._submit;
    if (before?.state === 'sent') return;
    // The store's event (with the reason for waiting) may come before the submit call returns.
    const problem = submit.problem ?? (before?.state === submit.state ? before.problem : undefined);
    this._submit = { state: submit.state, problem };
    if (submit.state === 'sent' && save) this._save();
  }

  private _reset(forget: boolean, clear = true): void {
    const key = this._key;
    const quietly = (p: Promise<void>) => p.catch(() => this.requestUpdate());
    if (clear) quietly(this._store.clearDraft(key));
    if (forget) {
      quietly(this._store.clearDraft(`${key}:history`));
      this._history = [];
    }
    // What was said about the last submission no longer applies.
    const region = this.querySelector<HTMLElement>(':scope > [slot="announcer"]');
    if (region) region.textContent = '';
    this._answers = emptyAnswers(newId());
    this._phase = 'intro';
    this._step = 0;
    this._errors = [];
    this._restoredAt = undefined;
    this._submit = undefined;
    this._confirm = undefined;
    this._compareId = '';
    this._forgotten = forget;
    this._unreadable = false;
  }

  private _confirmed(): void {
    const forget = this._confirm === 'forget';
    this._reset(forget);
    if (!forget) this._save();
    this._focus = '#title';
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Cancel: the question goes, and the keyboard goes back to the button that asked it. */
  private _cancelConfirm(): void {
    this._focus = `#ask-${this._confirm}`;
    this._confirm = undefined;
  }

  private _ask(what: 'again' | 'forget'): void {
    this._confirm = what;
    this._focus = '#confirm';
  }

  private _latest(): AssessmentResponse {
    return this._history.find((h) => h.id === this._answers.id) ?? this._response();
  }

  protected override render() {
    const t = this._t;
    if (this._config.locale === 'cy' && !hasWelsh()) {
      // Shown again in Welsh when it arrives, also after a failed load is retried online.
      whenWelsh(this._welshArrived);
      if (!welshUnavailable()) void loadWelsh().then(this._welshArrived);
      // A Welsh page shows nothing until its Welsh wording has arrived, never English first.
      if (t.locale === 'cy') return html`<div part="base" class="base" lang="cy" aria-busy="true"></div>`;
    }
    this._shown = true;
    const cat = this._catalogue;
    const problems = [...this._store.status.problems];
    if (this._unreadable && !problems.includes('corrupt')) problems.push('corrupt');
    return html`<div part="base" class="base" lang=${t.locale}>
      <h2 id="title" tabindex="-1">${t.t('title')}</h2>
      <div class="nw-visually-hidden"><slot name="announcer"></slot></div>
      ${problems.map((p) => html`<div part="notice" class="nw-notice nw-notice--error" role="status"><p>${t.t(`storage.${p}`)}</p></div>`)}
      ${this._renderNotices(t)}
      ${
        cat
          ? this._phase === 'results'
            ? this._renderResults(t, cat)
            : this._renderForm(t, cat)
          : this._renderSrcProblem(t)
      }
    </div>`;
  }

  /** The heading at once (it takes focus); the rest when the results view has loaded. */
  private _renderResults(t: Localizer<Strings>, cat: Catalogue) {
    const view = results.get() ?? this._need(results);
    return html`<section part="results" class="results" aria-labelledby="results-h">
      <h2 id="results-h" tabindex="-1">${t.t('results.title')}</h2>
      ${
        view
          ? view.renderResults({
              t,
              cat,
              latest: this._latest(),
              history: this._history,
              compareId: this._compareId,
              submit: this._submit && submitMessage(this._submit, t),
              submitState: this._submit?.state,
              onCompare: (id) => (this._compareId = id),
              actions: (own) => this._renderActions(t, own),
            })
          : html`<p class="loading" aria-busy="true"></p>`
      }
    </section>`;
  }

  /** Loads a module on demand, rendering again when it arrives; undefined meanwhile. */
  private _need(part: { load(): Promise<unknown> }): undefined {
    void part.load().then(() => this.requestUpdate());
    return undefined;
  }

  private _renderNotices(t: Localizer<Strings>) {
    const restored = this._restoredAt && this._phase !== 'results';
    return html`${
      restored
        ? html`<div part="notice" class="nw-notice nw-notice--success" role="status">
            <p>${t.t('restored', { date: t.date(this._restoredAt!, { day: 'numeric', month: 'long' }) })}</p>
          </div>`
        : nothing
    }
    ${this._forgotten ? html`<div part="notice" class="nw-notice" role="status"><p>${t.t('forgotten')}</p></div>` : nothing}`;
  }

  private _renderSrcProblem(t: Localizer<Strings>) {
    const src = this._src;
    return !src || src.ok
      ? html`<p class="loading" aria-busy="true"></p>`
      : src.render(this.catalogueSrc ?? '', t.locale, this._config.strings);
  }

  private _renderForm(t: Localizer<Strings>, cat: Catalogue) {
    const stepper = this.layout === 'stepper';
    // Whitespace between the host's tags would hide a slot's fallback, so the default is rendered
    // whenever nothing with content is slotted.
    const intro = html`<div part="intro" class="intro">
      <slot @slotchange=${this._onIntroSlot}></slot>${this._ownIntro ? nothing : html`<p>${t.t('intro')}</p>`}
    </div>`;
    if (stepper && this._phase === 'intro') {
      const started =
        this._restoredAt && (Object.keys(this._answers.ratings).length || this._answers.otherText);
      return html`${intro}
        <button class="nw-button" @click=${() => this._go('questions', started ? this._step : 0)}>
          ${t.t(started ? 'resume' : 'start')}
        </button>
        ${this._renderActions(t)}`;
    }
    const steps = this._steps;
    const step = Math.min(this._step, steps.length - 1);
    const shown = stepper ? [steps[step]!] : steps;
    const last = !stepper || step === steps.length - 1;
    const questions = cat.challenges.length + 1;
    const view: QuestionsView = {
      t,
      cat,
      answers: this._answers,
      errors: this._errors,
      errorText: (id) => this._errorText(id),
      onInput: (e) => this._onField(e),
    };
    return html`${stepper ? nothing : intro} ${this._renderErrors(t)}
      <form novalidate @submit=${this._onSubmit} @change=${this._onChange}>
        ${
          stepper && step < questions
            ? html`<p part="progress" class="progress">
                ${t.t('progress', { n: step + 1, total: questions })}
              </p>`
            : stepper
              ? html`<p part="progress" class="progress">${t.t('about.step')}</p>`
              : nothing
        }
        ${shown.map((id) => {
          const c = cat.challenges.find((x) => x.id === id);
          return c
            ? renderQuestion(view, c)
            : id === 'other'
              ? renderOther(view)
              : ((about.get() ?? this._need(about))?.renderAbout(view, this._config.strings) ??
                html`<div aria-busy="true"></div>`);
        })}
        ${
          last && this._canSubmit
            ? ((consent.get() ?? this._need(consent))?.renderConsent(
                this._answers.consent,
                t.locale,
                this._config.strings,
              ) ?? html`<div aria-busy="true"></div>`)
            : nothing
        }
        <div class="nav">
          <button class="nw-button" type="submit">${t.t(last ? 'finish' : 'next')}</button>
          ${
            stepper
              ? html`<button
                  class="nw-button nw-button--secondary"
                  type="button"
                  @click=${() => (step ? this._go('questions', step - 1) : this._go('intro'))}
                >
                  ${t.t('back')}
                </button>`
              : nothing
          }
        </div>
      </form>
      ${this._renderActions(t)}`;
  }

  private _onIntroSlot(e: Event): void {
    const nodes = (e.target as HTMLSlotElement).assignedNodes();
    this._ownIntro = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
  }

  private _onChange(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (el.type === 'radio') this._onRating(e);
    else this._onField(e);
  }

  private _renderErrors(t: Localizer<Strings>) {
    if (!this._errors.length) return nothing;
    return html`<div
      part="error-summary"
      class="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="error-title"
    >
      <h3 id="error-title">${t.t('error.title')}</h3>
      <ul>
        ${this._errors.map(
          (id) =>
            html`<li>
              <a href="#q-${id}" @click=${(e: Event) => this._jump(e, id)}>${this._errorText(id)}</a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private _jump(e: Event, id: string): void {
    e.preventDefault();
    this.renderRoot
      .querySelector<HTMLInputElement>(`[name="${CSS.escape(id === 'other' ? 'other-rating' : id)}"]`)
      ?.focus();
  }

  /** Start again and forget (after the results' own print and download buttons). */
  private _renderActions(t: Localizer<Strings>, own: TemplateResult | typeof nothing = nothing) {
    const confirm = this._confirm;
    return html`<div part="actions" class="actions">
      ${own}
      <button id="ask-again" class="nw-link-button" @click=${() => this._ask('again')}>
        ${t.t('again')}
      </button>
      <button id="ask-forget" class="nw-link-button" @click=${() => this._ask('forget')}>
        ${t.t('forget')}
      </button>
      ${
        confirm
          ? ((confirmation.get() ?? this._need(confirmation))?.renderConfirm(
              confirm,
              t.locale,
              this._config.strings,
              () => this._confirmed(),
              () => this._cancelConfirm(),
            ) ?? html`<p aria-busy="true"></p>`)
          : nothing
      }
    </div>`;
  }
}
