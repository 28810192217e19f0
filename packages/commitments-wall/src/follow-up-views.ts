/** "Did you do it?": the question and the confirmation after posting, as Lit templates (follow-up.ts). */
import { FOLLOW_UP_ANSWERS, FOLLOW_UP_NOTE_MAX, type Localizer, type SubmissionState } from '@netweave/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FollowUps } from './follow-up.js';
import type { WallStrings } from './strings.js';

/** The intervals offered after posting, in days: 2 weeks, 4 weeks, 3 months (13 weeks). */
export const FOLLOW_UP_CHOICES = [14, 28, 91] as const;

/** What became of an answer: kept on this device only, or where the outbox has it (`reason` when refused). */
export type Outcome = { state: 'local' } | { state: SubmissionState; id: string; reason?: string };

export const followUpStyles = css`
  .follow-up {
    margin-bottom: calc(var(--_nw-space) * 1.5);
    padding: 0.75em 1em;
    border: 2px solid var(--_nw-primary);
    border-radius: var(--_nw-radius);
    overflow-wrap: anywhere;
  }
  .follow-up h3 {
    margin-bottom: 0.5em;
  }
  .fu-said {
    margin: 0 0 var(--_nw-space);
    padding-left: 0.75em;
    border-left: 4px solid var(--_nw-border);
    white-space: pre-line;
    unicode-bidi: plaintext;
  }
  fieldset {
    margin: 0 0 var(--_nw-space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .fu-choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.25em;
  }
  .fu-choice input {
    width: 24px;
    height: 24px;
    min-height: 24px;
    margin: 0;
    flex: none;
  }
  .fu-choice label {
    margin: 0;
    font-weight: normal;
  }
  .fu-outcome {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .follow-up {
      border-color: CanvasText;
    }
  }
`;

/** "Did you do it?": the commitment, how it has gone, an optional note, consent to share it. */
export function renderQuestion(fu: FollowUps, t: Localizer<WallStrings>): TemplateResult {
  const ft = fu.ft;
  const record = fu.asking!;
  const o = fu.outcome;
  const refused = o?.state === 'refused' || o?.state === 'failed';
  const left = FOLLOW_UP_NOTE_MAX - fu.note.trim().length;
  const error = (text: string, id: string) =>
    html`<p id=${id} class="error-message">
      <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${text}
    </p>`;
  const form = html`<form class="form" novalidate @submit=${(e: Event) => fu.submit(e)}>
    ${
      refused
        ? html`<p id="fu-outcome" class="nw-notice nw-notice--error fu-outcome" tabindex="-1">
            ${fu.outcomeText}
          </p>`
        : nothing
    }
    <fieldset
      class="field ${fu.error === 'answer' ? 'field--error' : ''}"
      aria-describedby=${fu.error === 'answer' ? 'fu-error' : nothing}
    >
      <legend>${ft.t('followup.question')}</legend>
      ${fu.error === 'answer' ? error(ft.t('followup.error.answer'), 'fu-error') : nothing}
      ${FOLLOW_UP_ANSWERS.map(
        (a) =>
          html`<div class="fu-choice">
            <input
              type="radio"
              id="fu-${a}"
              name="fu-answer"
              value=${a}
              .checked=${fu.answer === a}
              @change=${() => fu.edit('answer', a)}
            />
            <label for="fu-${a}">${ft.t(`followup.${a}`)}</label>
          </div>`,
      )}
    </fieldset>
    <div class="field ${fu.error === 'long' ? 'field--error' : ''}">
      <label for="fu-note">${ft.t('followup.note')}</label>
      <p id="fu-hint" class="hint">${t.t('hint')}</p>
      ${fu.error === 'long' ? error(ft.t('followup.error.long', { max: FOLLOW_UP_NOTE_MAX }), 'fu-long') : nothing}
      <textarea
        id="fu-note"
        rows="2"
        dir="auto"
        aria-describedby="fu-hint fu-count${fu.error === 'long' ? ' fu-long' : ''}"
        aria-invalid=${fu.error === 'long' ? 'true' : 'false'}
        .value=${fu.note}
        @input=${(e: Event) => fu.edit('note', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="fu-count" class="count ${left < 0 ? 'count--over' : ''}">
        ${left < 0 ? t.t('count.over', { count: -left }) : t.t('count.left', { count: left })}
      </p>
    </div>
    ${
      fu.canShare
        ? html`<div class="fu-choice">
              <input
                type="checkbox"
                id="fu-share"
                aria-describedby="fu-share-hint"
                .checked=${fu.share}
                @change=${(e: Event) => fu.edit('share', (e.target as HTMLInputElement).checked)}
              />
              <label for="fu-share">${ft.t('followup.share')}</label>
            </div>
            <p id="fu-share-hint" class="hint">${ft.t('followup.share.hint')}</p>`
        : nothing
    }
    <div class="row">
      <button class="nw-button" type="submit">${ft.t('followup.submit')}</button>
      <button type="button" class="nw-button nw-button--secondary" @click=${() => fu.later()}>
        ${ft.t('followup.later')}
      </button>
      <button type="button" class="nw-link-button" @click=${() => fu.never()}>
        ${ft.t('followup.never')}
      </button>
    </div>
  </form>`;
  return html`<section class="follow-up" part="follow-up" aria-labelledby="fu-heading">
    <h3 id="fu-heading">${ft.t('followup.heading')}</h3>
    <p>${ft.t('followup.said', { date: new Date(record.commitment.postedAt) })}</p>
    <blockquote class="fu-said"><p dir="auto">${record.commitment.text}</p></blockquote>
    ${
      fu.closed
        ? html`<p id="fu-outcome" class="fu-outcome" tabindex="-1">${fu.closed}</p>`
        : o && !refused
          ? html`<p id="fu-outcome" class="fu-outcome" tabindex="-1">${fu.outcomeText}</p>`
          : form
    }
  </section>`;
}

/** After posting: when we will ask, another interval, and a calendar reminder to download. */
export function renderOffer(fu: FollowUps): TemplateResult {
  const ft = fu.ft;
  const { record, days } = fu.offer!;
  const choices: number[] = FOLLOW_UP_CHOICES.includes(days as 14)
    ? [...FOLLOW_UP_CHOICES]
    : [days, ...FOLLOW_UP_CHOICES];
  const label = (d: number) =>
    FOLLOW_UP_CHOICES.includes(d as 14)
      ? ft.t(`followup.days.${d as 14 | 28 | 91}`)
      : ft.t('followup.days', { count: d });
  return html`<section class="follow-up" part="follow-up" aria-labelledby="fu-set-heading">
    <h3 id="fu-set-heading">${ft.t('followup.set.heading')}</h3>
    <p>${ft.t('followup.set', { date: new Date(record.dueAt) })}</p>
    <div class="row">
      <div class="field">
        <label for="fu-days">${ft.t('followup.after')}</label>
        <select
          id="fu-days"
          @change=${(e: Event) => fu.setDays(Number((e.target as HTMLSelectElement).value))}
        >
          ${choices.map((d) => html`<option value=${d} ?selected=${d === days}>${label(d)}</option>`)}
        </select>
      </div>
      <div class="field">
        <button
          type="button"
          class="nw-button nw-button--secondary"
          aria-describedby="fu-calendar-hint"
          @click=${() => fu.calendar()}
        >
          ${ft.t('followup.calendar')}
        </button>
      </div>
    </div>
    <p id="fu-calendar-hint" class="hint">${ft.t('followup.calendar.hint')}</p>
  </section>`;
}
