/**
 * The TRIZ round on the session's page: the agenda (each round with its minutes, the one now
 * marked), the countdown, and the facilitator's controls. The controls never move or go away: one
 * that cannot act now says so with aria-disabled, so the keyboard stays on the button pressed.
 */
import type { AgendaItem, Localizer, RoundAction, RoundKind, RoundState } from '@netweave/model';
import { html, nothing } from 'lit';
import { countdown, type RoundStatus } from '../lib/round.js';
import type { ConsoleStrings } from '../strings.js';

export interface RoundView {
  readonly t: Localizer<ConsoleStrings>;
  readonly agenda: readonly AgendaItem[];
  /** The round at this moment (counted down). */
  readonly round: RoundState;
  readonly status: RoundStatus;
  readonly next: RoundKind | undefined;
  /** The round chosen in "Or start any round". */
  readonly picked: RoundKind;
  /** Whether each action can be taken now. */
  can(press: RoundAction): boolean;
  readonly busy: boolean;
  /** A refusal or a stale round, in plain words (said once; shown until the next action). */
  readonly problem: string;
  press(press: RoundAction): void;
  pick(kind: RoundKind): void;
  /** Starts the round chosen in the menu (read when pressed). */
  startPicked(): void;
}

export function renderRound(v: RoundView) {
  const { t, round, status } = v;
  const name = (kind: RoundKind) => t.t(`round.${kind}`);
  const button = (
    id: string,
    label: string,
    press: RoundAction,
    secondary = true,
    describedBy?: string,
    unavailable = false,
  ) => {
    const off = unavailable || v.busy || !v.can(press);
    return html`<button
      class="nw-button ${secondary ? 'nw-button--secondary' : ''}"
      type="button"
      id=${id}
      aria-disabled=${off ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      @click=${() => off || v.press(press)}
    >
      ${label}
    </button>`;
  };
  const paused = round.phase === 'paused';
  return html`<section class="panel round" aria-labelledby="round-title">
    <h2 id="round-title">${t.t('round.title')}</h2>
    <p class="hint">${t.t('round.hint')}</p>
    <div class="round-grid">
      <div>
        <h3 id="agenda-title">${t.t('round.agenda')}</h3>
        <ol class="agenda" aria-labelledby="agenda-title">
          ${v.agenda.map(
            (item) =>
              html`<li aria-current=${item.kind === round.kind ? 'step' : nothing}>
                <span class="agenda-name">${name(item.kind)}</span>
                <span class="agenda-minutes">${t.t('round.minutes', { count: item.minutes })}</span>
                ${item.kind === round.kind ? html`<span class="tag tag--now">${t.t('round.current')}</span>` : nothing}
              </li>`,
          )}
        </ol>
      </div>
      <div class="round-now">
        <p class="round-name" id="round-name">
          ${round.kind === null ? t.t('round.none') : name(round.kind)}
        </p>
        <p class="clock">
          <span class="clock-label" id="round-clock-label">${t.t('round.left')}</span>
          <span class="clock-time" role="timer" id="round-clock" aria-labelledby="round-clock-label"
            >${countdown(round.leftMs)}</span
          >
        </p>
        <p class="round-status" id="round-status">
          <span class="tag tag--${status}">${t.t(`round.${status}`)}</span>
          ${round.locked ? html`<span class="locked">${t.t('round.locked')}</span>` : nothing}
        </p>
      </div>
    </div>
    ${v.problem ? html`<div class="nw-notice nw-notice--error"><p>${v.problem}</p></div>` : nothing}
    <div class="actions round-controls" role="group" aria-label=${t.t('round.controls')}>
      ${
        // One button whatever comes next, so the keyboard stays on it after the last round starts.
        button(
          'round-next',
          v.next ? t.t('round.startNext', { round: name(v.next) }) : t.t('round.startNext.none'),
          { action: 'start', kind: v.next ?? round.kind ?? 'worst' },
          false,
          v.next ? undefined : 'round-last',
          !v.next,
        )
      }
      ${button('round-pause', t.t(paused ? 'round.resume' : 'round.pause'), {
        action: paused ? 'resume' : 'pause',
      })}
      ${button('round-add', t.t('round.add'), { action: 'add', minutes: 1 })}
      ${button('round-end', t.t('round.end'), { action: 'end' })}
      ${button('round-lock', t.t(round.locked ? 'round.unlock' : 'round.lock'), {
        action: round.locked ? 'unlock' : 'lock',
      })}
    </div>
    ${v.next ? nothing : html`<p class="hint" id="round-last">${t.t('round.last')}</p>`}
    <div class="round-pick">
      <label for="round-kind">${t.t('round.pick')}</label>
      <div class="round-pick-row">
        <select
          id="round-kind"
          @change=${(e: Event) => v.pick((e.target as HTMLSelectElement).value as RoundKind)}
        >
          ${v.agenda.map(
            (item) =>
              html`<option value=${item.kind} ?selected=${item.kind === v.picked}>
                ${name(item.kind)}
              </option>`,
          )}
        </select>
        <button
          class="nw-button nw-button--secondary"
          type="button"
          id="round-start"
          aria-disabled=${v.busy ? 'true' : 'false'}
          @click=${() => v.busy || v.startPicked()}
        >
          ${t.t('round.start')}
        </button>
      </div>
    </div>
  </section>`;
}
