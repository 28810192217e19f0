/**
 * The self-assessment's data: the answers being given, the draft saved on this device as they
 * are given and restored on the next visit, the earlier assessments and the one chosen for the
 * comparison, "Start again" and "Forget", and where a consented response stands as the store's
 * outbox reports it. The store is the one outbox: nothing is queued here. Talks only to the
 * `ResponseStore` interface, so LocalStore and the HTTP store work alike.
 */
import {
  newId,
  type AssessmentResponse,
  type Catalogue,
  type ResponseStore,
  type SavedDraft,
  type SubmissionProblem,
  type SubmissionState,
} from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyAnswers, readDraft, toResponse, type Answers, type Draft } from './lib/answers.js';

export type Phase = Draft['phase'];

/** Where the consented response stands, as the store's outbox reports it. */
export interface Submit {
  readonly state: SubmissionState;
  readonly problem?: SubmissionProblem | undefined;
}

/** What the controller asks of the element. */
export interface AnswersHost {
  store(): ResponseStore;
  session(): string;
  /** The catalogue the response is built against. */
  catalogue(): Catalogue;
  /** Whether a consented response is sent (the store accepts submissions, `no-submit` is off). */
  canSubmit(): boolean;
  /** The answers were cleared (start again, forget, another session): what the form said goes too. */
  cleared(): void;
  /** The store accepted the consented response (`sent` or `queued`). */
  submitted(response: AssessmentResponse, state: SubmissionState): void;
  /** The collector refused the consented response; it is not retried. */
  refused(response: AssessmentResponse, error: unknown): void;
}

export class AnswersController implements ReactiveController {
  answers: Answers = emptyAnswers(newId());
  phase: Phase = 'intro';
  /** Stepper position. */
  step = 0;
  /** When the restored draft was saved (unset once the person starts again). */
  restoredAt?: string | undefined;
  /** Completed assessments on this device, oldest first (the latest 50). */
  history: AssessmentResponse[] = [];
  /** The earlier assessment chosen for the comparison ('' for none). */
  compareId = '';
  /** The person asked to forget everything on this device, and nothing was answered since. */
  forgotten = false;
  /** Where the consented response stands; undefined when nothing was sent. */
  submit: Submit | undefined;
  /** The saved draft was not one this version can read (a copy was set aside). */
  unreadable = false;
  /** Settles once what `connect` asked for has been read and shown; unset when nothing is loading. */
  loading?: Promise<void> | undefined;

  private readonly _host: ReactiveControllerHost;
  private readonly _cb: AnswersHost;
  private _loadedKey?: string | undefined;
  /** The storage key whose data is on screen. */
  private _dataKey?: string;
  private _unsubscribe?: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, callbacks: AnswersHost) {
    this._host = host;
    this._cb = callbacks;
    host.addController(this);
  }

  /** The storage key of this session's draft (history, set-aside copies and old outbox beside it). */
  get key(): string {
    return `self-assessment:${this._cb.session()}`;
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    // Moved in the page: loaded (and subscribed) again on the next update.
    this._loadedKey = undefined;
  }

  /** Loads the draft, history and submission state for the session and `source` (which store); once per change. */
  connect(source: string): void {
    const key = `${this.key}|${source}`;
    if (key === this._loadedKey) return;
    this._loadedKey = key;
    const loading: Promise<void> = (this.loading = this._load().finally(() => {
      if (this.loading === loading) this.loading = undefined;
    }));
  }

  /** The response built from the current answers. */
  response(): AssessmentResponse {
    return toResponse(this.answers, this._cb.catalogue(), this._cb.session());
  }

  /** The completed assessment on screen (from the history once it is there). */
  latest(): AssessmentResponse {
    return this.history.find((h) => h.id === this.answers.id) ?? this.response();
  }

  /** A change of answers, saved at once; `touched` (a choice made, not text typed) also ends "forgotten". */
  edit(change: Partial<Answers>, touched = true): void {
    this.answers = { ...this.answers, ...change };
    if (touched) this.forgotten = false;
    this.save();
    this._host.requestUpdate();
  }

  /** Moves to `phase` (and stepper `step`), saved with the draft. */
  go(phase: Phase, step = 0): void {
    this.phase = phase;
    this.step = step;
    this.save();
    this._host.requestUpdate();
  }

  /** Keeps the finished assessment in the history (the latest 50 are kept). */
  finish(): AssessmentResponse {
    const response = this.response();
    this.history = [...this.history.filter((h) => h.id !== response.id), response].slice(-50);
    this._quietly(this._cb.store().saveDraft(`${this.key}:history`, this.history));
    this._host.requestUpdate();
    return response;
  }

  compareWith(id: string): void {
    this.compareId = id;
    this._host.requestUpdate();
  }

  /**
   * Sends through the store's outbox, which keeps the response on this device until it is sent
   * and retries it; the host hears that it was accepted (`sent` or `queued`) or refused (and why).
   */
  async send(response: AssessmentResponse): Promise<void> {
    this.submit = { state: 'sending' };
    this._host.requestUpdate();
    try {
      const result = await this._cb.store().submitResponse(response);
      if (response.id !== this.answers.id) return;
      this._track({ state: result.state });
      this._cb.submitted(response, result.state);
    } catch (error) {
      if (response.id !== this.answers.id) return;
      const e = error as { code?: string; status?: number; message?: string };
      this._track({
        state: 'refused',
        problem: { code: e.code ?? 'error', status: e.status ?? 0, message: e.message ?? String(error) },
      });
      this._cb.refused(response, error);
    }
  }

  /** "Start again" (the draft goes, the history stays) or "Forget" (everything this form saved goes). */
  startAgain(forget: boolean): void {
    this._reset(forget);
    if (!forget) this.save();
  }

  /** Form reset by the host page: empty answers, the draft cleared. */
  reset(): void {
    this._reset(false);
  }

  save(): void {
    const draft: Draft = {
      answers: this.answers,
      step: this.step,
      phase: this.phase,
      sent: this.submit?.state === 'sent',
    };
    this._quietly(this._cb.store().saveDraft(this.key, draft));
  }

  /** A store that cannot write says why in its status; render again to show it. */
  private _quietly(p: Promise<void>): void {
    p.catch(() => this._host.requestUpdate());
  }

  /** Shows where the response stands; remembers "sent" with the draft. */
  private _track(submit: Submit, save = true): void {
    // The outbox's word is the latest, except that "sent" is final.
    const before = this.submit;
    if (before?.state === 'sent') return;
    // The store's event (with the reason for waiting) may come before the submit call returns.
    const problem = submit.problem ?? (before?.state === submit.state ? before.problem : undefined);
    this.submit = { state: submit.state, problem };
    if (submit.state === 'sent' && save) this.save();
    this._host.requestUpdate();
  }

  private _reset(forget: boolean, clear = true): void {
    const key = this.key;
    const store = this._cb.store();
    if (clear) this._quietly(store.clearDraft(key));
    if (forget) {
      this._quietly(store.clearDraft(`${key}:history`));
      this.history = [];
    }
    this.answers = emptyAnswers(newId());
    this.phase = 'intro';
    this.step = 0;
    this.restoredAt = undefined;
    this.submit = undefined;
    this.compareId = '';
    this.forgotten = forget;
    this.unreadable = false;
    this._cb.cleared();
    this._host.requestUpdate();
  }

  private async _load(): Promise<void> {
    const store = this._cb.store();
    const key = this.key;
    const session = this._cb.session();
    this._unsubscribe?.();
    this._unsubscribe = store.subscribe(session, (e) => {
      if (e.type === 'status') this._host.requestUpdate();
      // The store's outbox says where this person's response stands (sent later, refused…).
      if (e.type === 'submission' && e.submission.id === this.answers.id) this._track(e.submission);
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
    if (key !== this.key) return;
    const d = draft && readDraft(draft.value);
    // Another session (or store) than the one on screen: do not carry its answers over.
    if (this._dataKey && this._dataKey !== key) this._reset(false, false);
    this._dataKey = key;
    this.history = Array.isArray(history?.value) ? history.value : [];
    this.unreadable = !!draft && !d;
    this._host.requestUpdate();
    // Not a draft this version can read: keep a copy before the next answer replaces it.
    if (this.unreadable)
      await store.saveDraft(`${key}:set-aside:${Date.now()}`, draft!.value).catch(() => undefined);
    if (d) {
      this.answers = d.answers;
      this.phase = d.phase;
      this.step = d.step;
      this.restoredAt = draft!.savedAt;
      this.submit = d.sent ? { state: 'sent' } : undefined;
      this._host.requestUpdate();
    }
    if (Array.isArray(outbox?.value) && this._cb.canSubmit()) {
      for (const r of outbox.value) await store.submitResponse(r).catch(() => undefined);
      await store.clearDraft(`${key}:outbox`).catch(() => undefined);
    }
    if (this._cb.canSubmit()) {
      const mine = ((await store.submissions?.(this._cb.session()).catch(() => undefined)) ?? []).find(
        (s) => s.id === this.answers.id,
      );
      if (key !== this.key) return;
      if (mine) this._track(mine, false);
    }
    this._host.requestUpdate();
  }
}
