/**
 * The board's templates: the round and its countdown, the group picker, the add form, the three
 * sections and a note with its actions. Pure templates over what the element gives them; the
 * element keeps the state and handles the events.
 */
import {
  NOTE_STATES,
  type AgendaItem,
  type Localizer,
  type RoundKind,
  type RoundState,
  type Session,
  type StorageStatus,
  type TrizNote,
} from '@netweave/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  clockText,
  groupNumber,
  historySteps,
  noteActions,
  roundPosition,
  roundStatus,
  sections,
} from './lib/board.js';
import type { TrizBoardStrings } from './strings.js';

export type T = Localizer<TrizBoardStrings>;

/** A group's name: the facilitator's, else "Group 3". */
export function groupName(t: T, session: Session | undefined, id: string): string {
  return session?.groups?.find((g) => g.id === id)?.name || t.t('group.n', { n: groupNumber(id) });
}

/** "Written in round 1 · recognised in round 2". */
export function historyText(t: T, note: TrizNote, agenda?: readonly AgendaItem[]): string {
  return historySteps(note, agenda)
    .map((s) => t.t(`history.${s.key}`, { n: s.n }))
    .join(' · ');
}

/** The error pattern: the message before the field, with a hidden "Error:" for screen readers. */
export const errorMessage = (t: T, id: string, text: string) =>
  html`<p class="error-message" id=${id}>
    <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${text}
  </p>`;

/** What stands between the board and the person: no boards, a load that failed, or loading. */
export function renderUnready(
  t: T,
  state: 'no-boards' | 'no-boards.store' | 'error' | 'loading' | 'idle',
  retry: () => void,
  /** Why, in words, when the collector said (not when it could not be reached). */
  reason = '',
): TemplateResult {
  if (state === 'no-boards' || state === 'no-boards.store')
    return html`<p class="nw-notice nw-notice--error">${t.t(state)}</p>`;
  if (state === 'error')
    return html`<div class="nw-notice nw-notice--error">
      <p>${t.t('error.load')}</p>
      ${reason ? html`<p>${reason}</p>` : nothing}
      <button type="button" class="nw-button nw-button--secondary" @click=${retry}>${t.t('retry')}</button>
    </div>`;
  return html`<p>${t.t('loading')}</p>`;
}

/** Notices: the draft kept only until the page closes, and a connection that is down. */
export function renderNotices(
  t: T,
  status: StorageStatus | undefined,
  connection: 'live' | 'reconnecting' | 'polling' | 'offline',
): TemplateResult {
  const problem = status?.mode === 'memory' ? status.problems[0] : undefined;
  const down = connection === 'offline' || connection === 'reconnecting' ? connection : '';
  return html`${problem ? html`<p class="nw-notice">${t.t(`storage.${problem}`)}</p>` : nothing}
  ${down ? html`<p class="nw-notice">${t.t(down)}</p>` : nothing}`;
}

/** "Your group: Group 2", and the way to change it. */
export function renderGroupLine(t: T, name: string, change: () => void): TemplateResult {
  return html`<p class="group-line">
    <span>${t.t('group.yours', { group: name })}</span>
    <button type="button" class="nw-link-button" id="change-group" @click=${change}>
      ${t.t('group.change')}
    </button>
  </p>`;
}

/** The round: its name, what to do, the countdown (not a live region) and what stands. */
export function renderRound(t: T, round: RoundState, session: Session | undefined): TemplateResult {
  const kind = round.kind;
  const { n, total } = roundPosition(session?.agenda, kind);
  const status = roundStatus(round);
  const playing = kind !== null && kind !== 'commit';
  const words =
    status === 'up'
      ? t.t('up', { n })
      : status === 'locked'
        ? t.t('locked')
        : status === 'paused'
          ? t.t('paused')
          : '';
  return html`<div class="round" part="round">
    <div>
      <h3 class="round-title">
        ${
          kind === null
            ? t.t('round.waiting')
            : playing
              ? t.t('round.title', { n, total, name: t.t(`round.${kind}`) })
              : t.t('round.over')
        }
      </h3>
      ${playing ? html`<p>${t.t(`round.${kind}.do`)}</p>` : nothing}
    </div>
    ${
      playing
        ? html`<p class="clock">
            <span id="clock-label">${t.t('clock.left')}</span>
            <span class="time" role="timer" aria-labelledby="clock-label">${clockText(round.leftMs)}</span>
          </p>`
        : nothing
    }
    ${words ? html`<p class="status">${words}</p>` : nothing}
  </div>`;
}

export interface PickerView {
  t: T;
  session: Session | undefined;
  /** The group this device is in, when it is changing group. */
  current: string | undefined;
  /** The choice being joined (`auto` included). */
  joining: string;
  problem: string;
  join(choice: string): void;
  keep(): void;
}

/** The group picker: each of the session's groups, and "any group". */
export function renderPicker(v: PickerView): TemplateResult {
  const { t } = v;
  const choice = (id: string, label: string) =>
    html`<li>
      <button
        type="button"
        class="nw-button nw-button--secondary"
        data-group=${id}
        aria-disabled=${v.joining ? 'true' : 'false'}
        aria-describedby=${v.problem ? 'join-error' : nothing}
        @click=${() => !v.joining && v.join(id)}
      >
        ${v.joining === id ? t.t('sending') : label}
      </button>
    </li>`;
  return html`<section class="picker" part="picker" aria-labelledby="picker-heading">
    <h3 id="picker-heading" tabindex="-1">${t.t('picker.heading')}</h3>
    ${v.problem ? errorMessage(t, 'join-error', v.problem) : nothing}
    <p class="hint">${t.t('picker.hint')}</p>
    <ul>
      ${(v.session?.groups ?? []).map((g) => choice(g.id, groupName(t, v.session, g.id)))}
      ${choice('auto', t.t('picker.auto'))}
    </ul>
    ${
      v.current
        ? html`<p>
            <button type="button" class="nw-link-button" id="keep-group" @click=${v.keep}>
              ${t.t('group.keep', { group: groupName(t, v.session, v.current) })}
            </button>
          </p>`
        : nothing
    }
  </section>`;
}

export interface AddView {
  t: T;
  /** What the form adds now; null: adding is over for this round (the form stays for its words). */
  state: 'worst' | 'already' | null;
  text: string;
  error: string;
  /** Why the form cannot be used now (locked, or the round adds nothing), shown before it. */
  reason: string;
  sending: boolean;
  input(value: string): void;
  submit(event: Event): void;
}

/** The add-a-note form (yellow, or pink in round 2). */
export function renderAdd(v: AddView): TemplateResult {
  const { t } = v;
  const off = !!v.reason || v.sending;
  const described = [v.error && 'add-error', v.reason && 'add-reason', 'add-hint'].filter(Boolean).join(' ');
  return html`<form class="add" part="form" novalidate @submit=${v.submit}>
    ${v.reason ? html`<p class="status" id="add-reason">${v.reason}</p>` : nothing}
    ${v.error ? errorMessage(t, 'add-error', v.error) : nothing}
    <label for="add-text">${t.t(v.state === 'already' ? 'add.already' : 'add.worst')}</label>
    <p class="hint" id="add-hint">${t.t('add.hint')}</p>
    <textarea
      id="add-text"
      rows="3"
      .value=${v.text}
      ?readonly=${off}
      aria-disabled=${off ? 'true' : 'false'}
      aria-invalid=${v.error ? 'true' : 'false'}
      aria-describedby=${described}
      @input=${(e: Event) => v.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <button type="submit" class="nw-button" aria-disabled=${off ? 'true' : 'false'}>
      ${v.sending ? t.t('sending') : t.t('add.submit')}
    </button>
  </form>`;
}

export interface NoteView {
  t: T;
  agenda: readonly AgendaItem[] | undefined;
  kind: RoundKind | null;
  locked: boolean;
  /** Votes a person may give (0: no voting), and the notes this device voted for. */
  limit: number;
  voted: ReadonlySet<string>;
  busy: ReadonlyMap<string, string>;
  /** Why the last change to a note was refused, in words. */
  problem(id: string): string;
  /** The note whose first-step form is open, its words and the form's message. */
  stepping: string;
  stepText(id: string): string;
  stepError: string;
  /** Notes are shown only (the projector). */
  readOnly: boolean;
  act(note: TrizNote, action: string): void;
  stepInput(id: string, value: string): void;
  stepSave(event: Event, note: TrizNote): void;
  stepCancel(note: TrizNote): void;
}

/** A button on a note; `data-action` names it for the keyboard's return after a re-render. */
const noteButton = (v: NoteView, n: TrizNote, action: string, label: string, off: boolean, primary = false) =>
  html`<button
    type="button"
    class="nw-button ${primary ? '' : 'nw-button--secondary'}"
    data-action=${action}
    aria-describedby="t-${n.id}"
    aria-disabled=${off ? 'true' : 'false'}
    @click=${() => v.act(n, action)}
  >
    ${label}
  </button>`;

function renderStepForm(v: NoteView, n: TrizNote, off: boolean): TemplateResult {
  const { t } = v;
  const problem = v.problem(n.id);
  const described = [v.stepError && `se-${n.id}`, problem && `pe-${n.id}`, `t-${n.id}`]
    .filter(Boolean)
    .join(' ');
  return html`<form novalidate @submit=${(e: Event) => v.stepSave(e, n)}>
    ${v.stepError ? errorMessage(t, `se-${n.id}`, v.stepError) : nothing}
    <label for="s-${n.id}">${t.t('step.label')}</label>
    <textarea
      id="s-${n.id}"
      rows="2"
      data-action="step-text"
      .value=${v.stepText(n.id)}
      ?readonly=${off}
      aria-disabled=${off ? 'true' : 'false'}
      aria-invalid=${v.stepError ? 'true' : 'false'}
      aria-describedby=${described}
      @input=${(e: Event) => v.stepInput(n.id, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="buttons">
      <button type="submit" class="nw-button" data-action="step-save" aria-disabled=${off ? 'true' : 'false'}>
        ${v.busy.has(n.id) ? t.t('sending') : t.t('step.save')}
      </button>
      <button
        type="button"
        class="nw-button nw-button--secondary"
        data-action="step-cancel"
        @click=${() => v.stepCancel(n)}
      >
        ${t.t('cancel')}
      </button>
    </div>
  </form>`;
}

/** One note: its words, step, history, votes, where its last write stands, and its actions. */
export function renderNote(v: NoteView, n: TrizNote): TemplateResult {
  const { t } = v;
  const busy = v.busy.has(n.id);
  const problem = v.problem(n.id);
  const voting = v.limit > 0 && n.state !== 'worst';
  const off = v.locked || busy;
  const actions = v.readOnly ? [] : noteActions(n, v.kind);
  const stepping = v.stepping === n.id && (actions.includes('add-step') || actions.includes('change-step'));
  const voted = v.voted.has(n.id);
  const buttons = [
    ...actions
      .filter((a) => !(stepping && (a === 'add-step' || a === 'change-step')))
      .map((a) => noteButton(v, n, a, t.t(a), off, a === 'recognise' || a === 'add-step')),
    ...(voting && !v.readOnly
      ? [noteButton(v, n, 'vote', t.t(voted ? 'unvote' : 'vote'), off || (!voted && v.voted.size >= v.limit))]
      : []),
  ];
  return html`<li class="note state-${n.state}" data-note=${n.id} tabindex="-1">
    <p class="text" id="t-${n.id}">${n.text}</p>
    ${n.step ? html`<p class="step">${t.t('step', { step: n.step })}</p>` : nothing}
    <p class="meta">
      ${historyText(t, n, v.agenda)}${voting ? html` · <span class="votes">${t.t('votes', { count: n.votes })}</span>` : nothing}
    </p>
    ${n.status === 'pending' ? html`<p class="held">${t.t('held')}</p>` : nothing}
    ${busy ? html`<p class="sending">${t.t('sending')}</p>` : nothing}
    ${problem ? errorMessage(t, `pe-${n.id}`, problem) : nothing}
    ${stepping ? renderStepForm(v, n, off) : nothing}
    ${buttons.length ? html`<div class="buttons">${buttons}</div>` : nothing}
  </li>`;
}

/** The three sections, each named, with its colour in words, an icon, a pattern and a count. */
export function renderSections(v: NoteView, notes: Iterable<TrizNote>, prefix = ''): TemplateResult {
  const { t } = v;
  const by = sections(notes);
  return html`<div class="sections" part="sections">
    ${NOTE_STATES.map(
      (s) =>
        html`<section class="section state-${s}" aria-labelledby="${prefix}h-${s}">
          <h3 id="${prefix}h-${s}" tabindex="-1">
            <span class="icon" aria-hidden="true"></span><span class="name">${t.t(`state.${s}`)}</span>
            <span class="colour">${t.t(`colour.${s}`)} · ${t.t('notes', { count: by[s].length })}</span>
          </h3>
          ${
            by[s].length
              ? html`<ul class="notes">
                  ${repeat(
                    by[s],
                    (n) => n.id,
                    (n) => renderNote(v, n),
                  )}
                </ul>`
              : html`<p class="empty">${t.t('section.empty')}</p>`
          }
        </section>`,
    )}
  </div>`;
}
