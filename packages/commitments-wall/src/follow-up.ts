/**
 * "Did you do it?", loaded on demand: only a wall whose author has just posted (the confirmation,
 * with the interval and a calendar reminder) or whose follow-up is due on this device (the
 * question) fetches it. What the device keeps is the contract's `FollowUpRecord`, saved as a
 * draft under `followUpKey(session, commitment)`; the wall's own device data holds an index of
 * the records it still has to ask about (commitment id → when), which the wall reads up front to
 * decide whether to load this at all. An answer is kept in the record, and sent (anonymously,
 * linked to the commitment) through the store's outbox only when the person ticks the box.
 */
import {
  FOLLOW_UP_DEFAULT_DAYS,
  FOLLOW_UP_NOTE_MAX,
  Localizer,
  StoreError,
  download,
  followUpDueAt,
  followUpKey,
  hasFollowUps,
  newId,
  type Announcer,
  type Commitment,
  type ConfigController,
  type FollowUpAnswer,
  type FollowUpRecord,
  type NewFollowUp,
  type ResponseStore,
  type StoreEvent,
  type SubmissionProblem,
  type SubmissionState,
} from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { followUpCy, followUpEn, type FollowUpStrings } from './follow-up-strings.js';
import { renderOffer, renderQuestion, type Outcome } from './follow-up-views.js';
import { cleanUrl, reminderIcs } from './lib/ics.js';
import { problemText } from './problems.js';
import type { WallStrings } from './strings.js';
import type { WallController } from './wall-controller.js';

import { followUpStyles } from './follow-up-views.js';

export { FOLLOW_UP_CHOICES } from './follow-up-views.js';

/** What this module reads of the wall (its own element: see commitments-wall.ts). */
export interface FollowUpWall extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  followUpDays: number;
  readonly _data: WallController;
  readonly _config: ConfigController;
  readonly _announcer: Announcer;
  readonly _t: Localizer<WallStrings>;
  /** The participant's latest commitment stored in this visit. */
  readonly _posted?: Commitment | undefined;
}

/** `follow-up-days` as the wall applies it: whole days from 1 to 366, else the default (28). */
export function followUpDays(days: number): number {
  return days >= 1 && days <= 366 ? Math.round(days) : FOLLOW_UP_DEFAULT_DAYS;
}

const DAY = 86_400_000;

export class FollowUps implements ReactiveController {
  /** The confirmation after posting: the record written, and the interval chosen. */
  offer?: { record: FollowUpRecord; days: number } | undefined;
  /** The question on screen: a record that is due and has no answer yet. */
  asking?: FollowUpRecord | undefined;
  answer?: FollowUpAnswer | undefined;
  note = '';
  share = false;
  error: '' | 'answer' | 'long' = '';
  /** What became of the answer (kept on this device only, or the outbox's state). */
  outcome?: Outcome | undefined;
  /** "Ask me later" or "Don't ask again" was chosen: what is said instead of the question. */
  closed = '';
  private readonly _wall: FollowUpWall;
  /** The store and session whose records were read, and whose outbox events are heard. */
  private _store?: ResponseStore | undefined;
  private _session = '';
  private _off?: (() => void) | undefined;
  private _seen?: Commitment | undefined;
  /** The element to give the keyboard after the next render (after a person's action only). */
  private _focus = '';

  constructor(host: ReactiveControllerHost) {
    this._wall = host as FollowUpWall;
    const root = this._wall.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, followUpStyles.styleSheet!];
    host.addController(this);
  }

  /** The follow-up's wording (the partner's overrides included), in the wall's language. */
  get ft(): Localizer<FollowUpStrings> {
    return new Localizer(
      { en: followUpEn, cy: followUpCy },
      this._wall._t.locale,
      this._wall._config.strings,
    );
  }

  /** The store can send answers (to a collector, or a LocalStore set to accept them). */
  get canShare(): boolean {
    const store = this._store;
    return !!store && hasFollowUps(store) && store.acceptsSubmissions;
  }

  hostUpdate(): void {
    const data = this._wall._data;
    const store = data.store;
    if (!store || data.state !== 'ready') return;
    if (store !== this._store || data.session !== this._session) {
      this.hostDisconnected();
      this.offer = this.asking = this.outcome = undefined;
      this.closed = '';
      this._store = store;
      this._session = data.session;
      this._off = store.subscribe(data.session, (event) => this._heard(event));
      void this._check(store, data.session);
    }
    const posted = this._wall._posted;
    if (posted && posted !== this._seen && posted.sessionId === data.session) {
      this._seen = posted;
      this._offer(posted);
    }
  }

  hostUpdated(): void {
    if (!this._focus) return;
    this._wall.renderRoot.querySelector<HTMLElement>(this._focus)?.focus();
    this._focus = '';
  }

  hostDisconnected(): void {
    this._off?.();
    this._off = undefined;
    this._store = undefined;
  }

  /** Reads the records the index says are due; asks about the first one still unanswered. */
  private async _check(store: ResponseStore, session: string): Promise<void> {
    const data = this._wall._data;
    for (const [id, due] of Object.entries(data.device.followUps ?? {})) {
      if (Date.parse(due) > Date.now()) continue;
      const record = (await store.loadDraft<FollowUpRecord>(followUpKey(session, id)).catch(() => undefined))
        ?.value;
      if (store !== this._store || session !== this._session) return;
      // Answered elsewhere on this device, or gone: nothing to ask. Moved: asked when it is due.
      if (!record?.commitment || record.answers?.length) this._index(id);
      else if (Date.parse(record.dueAt) > Date.now()) this._index(id, record.dueAt);
      else {
        this.asking = record;
        this._wall._announcer.say(this.ft.t('followup.announce'), this.ft.locale);
        break;
      }
    }
    this._wall.requestUpdate();
  }

  /** Keeps the index of records to ask about (`due`), or drops one from it. */
  private _index(id: string, due?: string): void {
    const data = this._wall._data;
    const { [id]: _gone, ...rest } = data.device.followUps ?? {};
    data.device.followUps = due ? { ...rest, [id]: due } : rest;
    data.persist();
  }

  /** Saves a record on this device; `ask`: it is (still) to be asked about. */
  private _save(record: FollowUpRecord, ask: boolean): void {
    const { id, sessionId } = record.commitment;
    void this._store?.saveDraft(followUpKey(sessionId, id), record).catch(() => undefined);
    this._index(id, ask ? record.dueAt : undefined);
  }

  /** The participant's commitment is stored: keep its record and confirm when we will ask. */
  private _offer(c: Commitment): void {
    const days = followUpDays(this._wall.followUpDays);
    const record: FollowUpRecord = {
      commitment: { id: c.id, sessionId: c.sessionId, text: c.text, sector: c.sector, postedAt: c.createdAt },
      dueAt: followUpDueAt(c.createdAt, days),
      answers: [],
    };
    this.offer = { record, days };
    this._save(record, true);
  }

  /** The person chose another interval in the confirmation. */
  setDays(days: number): void {
    const offer = this.offer;
    if (!offer) return;
    const record = { ...offer.record, dueAt: followUpDueAt(offer.record.commitment.postedAt, days) };
    this.offer = { record, days };
    this._save(record, true);
    this._wall.requestUpdate();
  }

  /** Downloads the calendar reminder (made here; nothing is sent). */
  calendar(): void {
    const record = this.offer?.record;
    if (!record) return;
    const ft = this.ft;
    const text = record.commitment.text;
    const url = cleanUrl(globalThis.location?.href);
    const due = new Date(record.dueAt);
    const ics = reminderIcs({
      uid: `follow-up-${record.commitment.id}@netweave`,
      due,
      summary: `${ft.t('followup.question')} ${text}`,
      description: `${ft.t('followup.ics.description', { text })}${url ? `\n${url}` : ''}`,
      url,
      language: ft.locale,
    });
    const day = due.toISOString().slice(0, 10);
    download(`netweave-reminder-${day}.ics`, ics, 'text/calendar;charset=utf-8');
  }

  edit(field: 'answer' | 'note' | 'share', value: string | boolean): void {
    if (field === 'answer') this.answer = value as FollowUpAnswer;
    else if (field === 'note') this.note = value as string;
    else this.share = value as boolean;
    if (
      (this.error === 'answer' && this.answer) ||
      (this.error === 'long' && this.note.trim().length <= FOLLOW_UP_NOTE_MAX)
    )
      this.error = '';
    this._wall.requestUpdate();
  }

  /** Saves the answer in the record; sends it too when the person ticked the box. */
  submit(event: Event): void {
    event.preventDefault();
    const record = this.asking;
    if (!record) return;
    const note = this.note.trim();
    this.error = !this.answer ? 'answer' : note.length > FOLLOW_UP_NOTE_MAX ? 'long' : '';
    if (this.error) {
      this._focus = this.error === 'answer' ? 'input[name=fu-answer]' : '#fu-note';
      this._wall.requestUpdate();
      return;
    }
    const f: NewFollowUp = {
      id: newId(),
      sessionId: record.commitment.sessionId,
      commitmentId: record.commitment.id,
      answer: this.answer!,
      ...(note ? { note } : {}),
      answeredAt: new Date().toISOString(),
    };
    // An answer the collector refused is replaced by this one (it was never stored anywhere else).
    const refused = this.outcome && 'id' in this.outcome ? this.outcome.id : '';
    this.asking = { ...record, answers: [...record.answers.filter((a) => a.id !== refused), f] };
    this._save(this.asking, false);
    const store = this._store;
    this._focus = '#fu-outcome';
    if (!this.share || !store || !hasFollowUps(store) || !store.acceptsSubmissions) {
      this.outcome = { state: 'local' };
      this._wall.requestUpdate();
      return;
    }
    this.outcome = { state: 'sending', id: f.id };
    this._wall.requestUpdate();
    store.submitFollowUp(f).then(
      (result) => this._delivered(result.id, result.state, result.problem),
      (error: unknown) => {
        const e = error instanceof StoreError ? error : undefined;
        this._delivered(f.id, 'refused', {
          code: e?.code ?? 'error',
          status: e?.status ?? 0,
          message: String(e?.message ?? error),
        });
      },
    );
  }

  /** "Ask me later": asked again in 7 days. */
  later(): void {
    const record = this.asking;
    if (!record) return;
    const dueAt = new Date(Date.now() + 7 * DAY).toISOString();
    this._save({ ...record, dueAt }, true);
    this._close(this.ft.t('followup.later.done', { date: new Date(dueAt) }));
  }

  /** "Don't ask again": the index forgets it, and an unanswered record is removed from this device. */
  never(): void {
    const record = this.asking;
    if (!record) return;
    const { id, sessionId } = record.commitment;
    this._index(id);
    if (!record.answers.length)
      void this._store?.clearDraft(followUpKey(sessionId, id)).catch(() => undefined);
    this._close(this.ft.t('followup.never.done'));
  }

  private _close(text: string): void {
    this.closed = text;
    this._focus = '#fu-outcome';
    this._wall.requestUpdate();
  }

  private _heard(event: StoreEvent): void {
    if (event.type === 'submission' && event.submission.kind === 'follow-up') {
      const s = event.submission;
      this._delivered(s.id, s.state, s.problem);
    }
  }

  /** The outbox says where the answer stands; a change after the first is said once. */
  private _delivered(id: string, state: SubmissionState, problem?: SubmissionProblem): void {
    const before = this.outcome;
    if (!before || !('id' in before) || before.id !== id || before.state === state) return;
    const reason = problem && (state === 'refused' || state === 'failed') ? this._reason(problem) : undefined;
    this.outcome = { state, id, ...(reason ? { reason } : {}) };
    // Refused: the form comes back with the reason above it, in place of the message that had the
    // keyboard (or with nothing focused): the keyboard goes to the reason, never lost.
    const active = (this._wall.renderRoot as ShadowRoot).activeElement;
    if (reason && (active?.id === 'fu-outcome' || (!active && document.activeElement === document.body)))
      this._focus = '#fu-outcome';
    this._wall._announcer.say(this.outcomeText, this.ft.locale);
    this._wall.requestUpdate();
  }

  /** Why the collector refused the answer, in plain words (the outbox's wording). */
  private _reason(problem: SubmissionProblem): string {
    return problemText(problem, this.ft.locale, this._wall._config.strings);
  }

  /** What became of the answer, in words. */
  get outcomeText(): string {
    const o = this.outcome;
    if (!o) return '';
    const ft = this.ft;
    if (o.state === 'refused' || o.state === 'failed') return ft.t('followup.refused', { reason: o.reason });
    // Kept in memory only (the browser saves nothing): said so, never "saved on this device".
    const saved = ft.t(this._store?.status.mode === 'memory' ? 'followup.kept' : 'followup.saved');
    return `${saved} ${ft.t(`followup.${o.state}`)}`;
  }

  /** The question (when due) and the confirmation after posting. */
  render() {
    const wall = this._wall;
    return [
      this.asking ? renderQuestion(this, wall._t) : undefined,
      this.offer ? renderOffer(this) : undefined,
    ];
  }
}
