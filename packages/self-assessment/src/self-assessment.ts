import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  ConfigController,
  DEFAULT_CATALOGUE,
  LanguageController,
  challengeLabel,
  type Localizer,
  type Catalogue,
  type ResponseStore,
  type StringOverrides,
} from '@netweave/core';
import { AnnounceController } from './announce-controller.js';
import { AnswersController } from './answers-controller.js';
import { CatalogueController } from './catalogue-controller.js';
import { NetweaveCompleteEvent, NetweaveSubmitErrorEvent, NetweaveSubmitEvent } from './events.js';
import { FlowController } from './flow-controller.js';
import { FormController } from './form-controller.js';
import { missing, rated, type Answers } from './lib/answers.js';
import { topAreas } from './lib/results.js';
import { submitMessage } from './lib/submit-message.js';
import { styles } from './self-assessment.styles.js';
import type { Strings } from './strings.js';
import { renderActions, renderForm, renderNotices } from './views/form.js';
import { showAnswers } from './views/questions.js';
import type { KeepParts } from './views/keep.js';
import { about, confirmation, consent, keep, results, tables, welsh } from './views/on-demand.js';

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
 * @csspart keep - "Save it and come back": save to a file, open a saved file, continue on another device.
 * @csspart resume - The resume code made on this device, with its QR code, expiry and "Delete it now".
 * @csspart notice - Restored, storage, submission, catalogue, saved and opened notices.
 *
 * @cssprop --netweave-self-assessment-max-width - Maximum width of the form (default `--netweave-max-width`, 48rem).
 * @cssprop --netweave-self-assessment-question-gap - Space between questions (default 2rem).
 * @cssprop --netweave-self-assessment-top-area-background - Background of a top area (default the surface colour).
 */
export class NetweaveSelfAssessment extends LitElement {
  static override styles = styles;
  static formAssociated = true;
  static override properties = {
    session: { reflect: true },
    endpoint: { reflect: true },
    layout: { reflect: true },
    catalogueSrc: { attribute: 'catalogue-src' },
    threshold: { type: Number },
    noAboutYou: { type: Boolean, attribute: 'no-about-you' },
    noSubmit: { type: Boolean, attribute: 'no-submit' },
    catalogue: { attribute: false },
    store: { attribute: false },
    strings: { attribute: false },
    _ownIntro: { state: true },
  };

  /** Session id the response belongs to; also keeps drafts of different sessions apart. */
  session?: string;
  /** Base URL of a netweave collector; without one, answers stay on this device. */
  endpoint?: string;
  /** `single` (every question on one page) or `stepper` (one question at a time). */
  layout: 'single' | 'stepper' = 'single';
  /** URL of a catalogue JSON file to use instead of the default challenges. */
  catalogueSrc?: string;
  /** Rating at or above which a challenge can be a top area for action (default: the catalogue's, 3). */
  threshold?: number;
  /** Leave out the optional "about you" questions. */
  noAboutYou = false;
  /** Never offer to send the response, even when the store accepts submissions. */
  noSubmit = false;
  /** A partner's challenge catalogue (wins over `catalogue-src` and the provider's). */
  catalogue?: Catalogue;
  /** A store object to use instead of the one from `endpoint` or the provider (default: this device). */
  store?: ResponseStore;
  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  strings?: StringOverrides;

  /** The host page slotted its own introduction. */
  private _ownIntro = false;
  /** "Save it and come back", once its part has loaded. */
  private _keep?: KeepParts;
  /** Whether the form has been shown (in any language): a later switch of language keeps it shown. */
  private _shown = false;
  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, tables, welsh);
  private readonly _cat = new CatalogueController(this, () => this._config.catalogue);
  private readonly _data = new AnswersController(this, {
    store: () => this._config.store,
    session: () => this._config.session,
    catalogue: () => this._cat.catalogue ?? DEFAULT_CATALOGUE,
    canSubmit: () => this._canSubmit,
    cleared: () => {
      this._flow.cleared();
      this._announcer.clear();
    },
    // Events built first, then fired: the manifest documents them from the @fires tags above.
    submitted: (response, state) => {
      const submitted = new NetweaveSubmitEvent(response, state);
      this.dispatchEvent(submitted);
    },
    refused: (response, error) => {
      const refused = new NetweaveSubmitErrorEvent(response, error);
      this.dispatchEvent(refused);
    },
  });
  private readonly _form = new FormController(this, {
    value: () => (this._cat.catalogue ? this.value : null),
    gap: () => {
      const first = this._cat.catalogue && missing(this._data.answers, this._cat.catalogue)[0];
      return first ? { message: this._errorText(first), anchor: this._field(first) ?? undefined } : undefined;
    },
    reset: () => this._data.reset(),
  });
  private readonly _announcer = new AnnounceController(this, this._data, () => this._lang.t);
  // Registered last: after each render the form and the announcements are brought up to date, then the focus moves.
  private readonly _flow = new FlowController(this, this._data, {
    catalogue: () => this._cat.catalogue,
    stepper: () => this.layout === 'stepper',
    noAboutYou: () => this.noAboutYou,
  });

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The response built from the current answers, as JSON (the value submitted with a host form). */
  get value(): string {
    return JSON.stringify(this._data.response());
  }

  /** The host form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this._form.form;
  }

  /** Whether every question has an answer (a rating or "Not sure"). */
  get validity(): ValidityState {
    return this._form.validity;
  }

  get validationMessage(): string {
    return this._form.validationMessage;
  }

  /** Checks validity like a native control (fires `invalid` when a question is unanswered). */
  checkValidity(): boolean {
    return this._form.checkValidity();
  }

  reportValidity(): boolean {
    return this._form.reportValidity();
  }

  formResetCallback(): void {
    this._form.formResetCallback();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: subscribe to the store again on the next update.
    this.requestUpdate();
  }

  /** Also waits for what this device saved (draft, history, submission) to be read and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._data.loading) {
      await this._data.loading.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private get _canSubmit(): boolean {
    return !this.noSubmit && this._config.store.acceptsSubmissions;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalogueSrc')) void this._cat.fetch();
    this._data.connect(this.store ? 'own' : (this._config.endpoint ?? ''));
  }

  protected override updated(): void {
    showAnswers(this.renderRoot, this._data.answers);
    const sheet = this._data.phase === 'results' && results.get()?.resultsStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The first field of a question (a challenge id, or `other`). */
  private _field(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `[name="${CSS.escape(id === 'other' ? 'other-rating' : id)}"]`,
    );
  }

  private _errorText(id: string): string {
    const c = this._cat.catalogue?.challenges.find((x) => x.id === id);
    const { t } = this._lang;
    return c ? t.t('error.rating', { label: challengeLabel(c, t.locale) }) : t.t('error.other');
  }

  /** A user edit: save, update the form value, tell the host page. */
  private _edit(change: Partial<Answers>): void {
    this._data.edit(change);
    this._flow.answered();
    // The person has started: fetch the results view in the background, ready for the end.
    void results.load();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private _onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'radio') return this._onField(e);
    this._edit(rated(this._data.answers, input.name, input.value));
  }

  private _onField(e: Event): void {
    const el = e.target as HTMLInputElement;
    const value = el.type === 'checkbox' ? el.checked : el.value;
    // Typed text is saved as it is typed; the host page hears `change` when the field is left.
    if (e.type === 'input') this._data.edit({ [el.name]: value }, false);
    else this._edit({ [el.name]: value });
  }

  /** Next or "See my results"; the latter keeps the assessment, tells the host page and sends it if agreed. */
  private _onSubmit(e: Event): void {
    e.preventDefault();
    if (!this._flow.next()) return;
    const response = this._data.finish();
    this._flow.go('results');
    const complete = new NetweaveCompleteEvent(response, topAreas(response, this._cat.catalogue!).challenges);
    this.dispatchEvent(complete);
    if (this._data.answers.consent && this._canSubmit) void this._data.send(response);
  }

  /** "Yes, clear them": start again, or forget everything this form saved on this device. */
  private _confirmed(): void {
    this._data.startAgain(this._flow.confirm === 'forget');
    this._flow.focus('#title');
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const { t } = this._lang;
    // A Welsh page shows nothing until its Welsh wording has arrived, never English first. Switched
    // to Welsh after showing English (or the Welsh could not be loaded), the form stays, in English,
    // rather than blanking (and losing the keyboard's place) until the Welsh arrives.
    if (this._lang.loading && t.locale !== 'cy' && !this._shown)
      return html`<div part="base" class="base" lang="cy" aria-busy="true"></div>`;
    this._shown = true;
    const cat = this._cat.catalogue;
    const d = this._data;
    const problems = [...this._config.store.status.problems];
    if (d.unreadable && !problems.includes('corrupt')) problems.push('corrupt');
    const src = this._cat.src;
    return html`<div part="base" class="base" lang=${t.locale}>
      <h2 id="title" tabindex="-1">${t.t('title')}</h2>
      <div class="nw-visually-hidden"><slot name="announcer"></slot></div>
      ${renderNotices(t, problems, d.phase === 'results' ? undefined : d.restoredAt, d.forgotten)}
      ${
        cat
          ? d.phase === 'results'
            ? this._renderResults(t, cat)
            : this._renderForm(t, cat)
          : !src || src.ok
            ? html`<p class="loading" aria-busy="true"></p>`
            : src.render(this.catalogueSrc ?? '', t.locale, this._config.strings)
      }
    </div>`;
  }

  /** The heading at once (it takes focus); the rest when the results view has loaded. */
  private _renderResults(t: Localizer<Strings>, cat: Catalogue) {
    const view = results.get() ?? this._need(results);
    const d = this._data;
    return html`<section part="results" class="results" aria-labelledby="results-h">
      <h2 id="results-h" tabindex="-1">${t.t('results.title')}</h2>
      ${
        view
          ? view.renderResults({
              t,
              cat,
              latest: d.latest(),
              history: d.history,
              compareId: d.compareId,
              submit: d.submit && submitMessage(d.submit, t),
              submitState: d.submit?.state,
              onCompare: (id) => d.compareWith(id),
              actions: (own) => html`${this._renderKeep(t)} ${this._renderActions(t, own)}`,
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

  private _renderForm(t: Localizer<Strings>, cat: Catalogue) {
    const { answers, restoredAt } = this._data;
    const overrides = this._config.strings;
    return renderForm({
      t,
      cat,
      answers,
      errors: this._flow.errors,
      stepper: this.layout === 'stepper',
      phase: this._data.phase,
      step: this._data.step,
      steps: this._flow.steps,
      started: !!restoredAt && !!(Object.keys(answers.ratings).length || answers.otherText),
      ownIntro: this._ownIntro,
      about: (view) => (about.get() ?? this._need(about))?.renderAbout(view, overrides),
      consent: this._canSubmit
        ? () => (consent.get() ?? this._need(consent))?.renderConsent(answers.consent, t.locale, overrides)
        : undefined,
      errorText: (id) => this._errorText(id),
      go: (phase, step) => this._flow.go(phase, step),
      jump: (e, id) => {
        e.preventDefault();
        this._field(id)?.focus();
      },
      onInput: (e) => this._onField(e),
      onSubmit: (e) => this._onSubmit(e),
      onChange: (e) => this._onChange(e),
      onIntroSlot: (e) => {
        const nodes = (e.target as HTMLSlotElement).assignedNodes();
        this._ownIntro = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
      },
      actions: () => this._renderActions(t),
      keep: () => this._renderKeep(t),
    });
  }

  /** "Save it and come back", loaded on demand (busy until it arrives). */
  private _renderKeep(t: Localizer<Strings>): TemplateResult {
    const part = keep.get() ?? this._need(keep);
    if (!part) return html`<div aria-busy="true"></div>`;
    // The element's controllers as they are (this file is in the first download; the part adapts them).
    this._keep ??= part.keepParts(this, {
      data: this._data,
      flow: this._flow,
      announcer: this._announcer,
      lang: this._lang,
      config: this._config,
      cat: this._cat,
    });
    return part.renderKeep({ t, parts: this._keep });
  }

  /** Start again and forget (after the results' own print and download buttons). */
  private _renderActions(t: Localizer<Strings>, own: TemplateResult | typeof nothing = nothing) {
    const what = this._flow.confirm;
    const confirm = what
      ? ((confirmation.get() ?? this._need(confirmation))?.renderConfirm(
          what,
          t.locale,
          this._config.strings,
          () => this._confirmed(),
          () => this._flow.cancel(),
        ) ?? html`<p aria-busy="true"></p>`)
      : nothing;
    return renderActions(t, own, (w) => this._flow.ask(w), confirm);
  }
}
