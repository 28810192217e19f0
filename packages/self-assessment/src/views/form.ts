/**
 * The form around the questions: the introduction (the host page's own, or the built-in one), the
 * stepper's start and progress, the error summary, the consent, Next / Back / "See my results",
 * the notices, and the "Start again" / "Forget" actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer, StorageProblem } from '@netweave/core';
import type { Phase } from '../answers-controller.js';
import type { Strings } from '../strings.js';
import { renderOther, renderQuestion, type QuestionsView } from './questions.js';

export interface FormView extends QuestionsView {
  stepper: boolean;
  phase: Phase;
  /** Stepper position. */
  step: number;
  /** Ids of the steps in order: each challenge, `other`, then `about` unless it is left out. */
  steps: readonly string[];
  /** The stepper's intro offers "Continue where you left off" rather than "Start now". */
  started: boolean;
  /** The host page slotted its own introduction. */
  ownIntro: boolean;
  /** The "about you" questions, or undefined while they load. */
  about(view: QuestionsView): TemplateResult | undefined;
  /** The consent to send (when a response can be sent), or undefined while it loads. */
  consent: (() => TemplateResult | undefined) | undefined;
  go(phase: Phase, step?: number): void;
  jump(e: Event, id: string): void;
  onSubmit(e: Event): void;
  onChange(e: Event): void;
  onIntroSlot(e: Event): void;
  /** Start again and forget. */
  actions(): TemplateResult;
  /** "Save it and come back" (or a placeholder while it loads). */
  keep(): TemplateResult;
}

export function renderForm(v: FormView) {
  const { t, cat, stepper, steps } = v;
  // Whitespace between the host's tags would hide a slot's fallback, so the default is rendered
  // whenever nothing with content is slotted.
  const intro = html`<div part="intro" class="intro">
    <slot @slotchange=${v.onIntroSlot}></slot>${v.ownIntro ? nothing : html`<p>${t.t('intro')}</p>`}
  </div>`;
  if (stepper && v.phase === 'intro') {
    return html`${intro}
      <button class="nw-button" @click=${() => v.go('questions', v.started ? v.step : 0)}>
        ${t.t(v.started ? 'resume' : 'start')}
      </button>
      ${v.keep()} ${v.actions()}`;
  }
  const step = Math.min(v.step, steps.length - 1);
  const shown = stepper ? [steps[step]!] : steps;
  const last = !stepper || step === steps.length - 1;
  const questions = cat.challenges.length + 1;
  const waiting = html`<div aria-busy="true"></div>`;
  return html`${stepper ? nothing : html`${intro} ${v.keep()}`} ${renderErrors(v)}
    <form novalidate @submit=${v.onSubmit} @change=${v.onChange}>
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
        return c ? renderQuestion(v, c) : id === 'other' ? renderOther(v) : (v.about(v) ?? waiting);
      })}
      ${last && v.consent ? (v.consent() ?? waiting) : nothing}
      <div class="nav">
        <button class="nw-button" type="submit">${t.t(last ? 'finish' : 'next')}</button>
        ${
          stepper
            ? html`<button
                class="nw-button nw-button--secondary"
                type="button"
                @click=${() => (step ? v.go('questions', step - 1) : v.go('intro'))}
              >
                ${t.t('back')}
              </button>`
            : nothing
        }
      </div>
    </form>
    ${stepper ? v.keep() : nothing} ${v.actions()}`;
}

/** The NHS-style summary of what still needs an answer, each linked to its question. */
function renderErrors(v: FormView) {
  if (!v.errors.length) return nothing;
  return html`<div
    part="error-summary"
    class="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-title"
  >
    <h3 id="error-title">${v.t.t('error.title')}</h3>
    <ul>
      ${v.errors.map(
        (id) =>
          html`<li>
            <a href="#q-${id}" @click=${(e: Event) => v.jump(e, id)}>${v.errorText(id)}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Storage problems, the restored draft and "forgotten". */
export function renderNotices(
  t: Localizer<Strings>,
  problems: readonly StorageProblem[],
  restoredAt: string | undefined,
  forgotten: boolean,
) {
  return html`${problems.map((p) => html`<div part="notice" class="nw-notice nw-notice--error" role="status"><p>${t.t(`storage.${p}`)}</p></div>`)}
  ${
    restoredAt
      ? html`<div part="notice" class="nw-notice nw-notice--success" role="status">
          <p>${t.t('restored', { date: t.date(restoredAt, { day: 'numeric', month: 'long' }) })}</p>
        </div>`
      : nothing
  }
  ${forgotten ? html`<div part="notice" class="nw-notice" role="status"><p>${t.t('forgotten')}</p></div>` : nothing}`;
}

/** Start again and forget (after the results' own print and download buttons), and the confirmation when asked. */
export function renderActions(
  t: Localizer<Strings>,
  own: TemplateResult | typeof nothing,
  ask: (what: 'again' | 'forget') => void,
  confirm: TemplateResult | typeof nothing,
) {
  return html`<div part="actions" class="actions">
    ${own}
    <button id="ask-again" class="nw-link-button" @click=${() => ask('again')}>${t.t('again')}</button>
    <button id="ask-forget" class="nw-link-button" @click=${() => ask('forget')}>${t.t('forget')}</button>
    ${confirm}
  </div>`;
}
