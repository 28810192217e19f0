/** The question templates: a challenge, the other challenge, and the optional "about you" fields. */
import { html, nothing } from 'lit';
import {
  LIMITS,
  challengeDescription,
  challengeLabel,
  scaleLabel,
  type Catalogue,
  type Challenge,
  type Localizer,
} from '@netweave/core';
import type { Answers } from '../lib/answers.js';
import type { Strings } from '../strings.js';

export interface QuestionsView {
  t: Localizer<Strings>;
  cat: Catalogue;
  answers: Answers;
  /** Ids of questions with an error (a challenge id, or `other`). */
  errors: readonly string[];
  errorText(id: string): string;
  /** Keeps typed text as the person types (autosave). */
  onInput(e: Event): void;
}

function renderError(v: QuestionsView, id: string) {
  const { t } = v;
  return v.errors.includes(id)
    ? html`<p class="error" id="err-${id}">
        <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${v.errorText(id)}
      </p>`
    : nothing;
}

function renderScale(v: QuestionsView, name: string) {
  const { t, cat } = v;
  const points = [
    ...cat.scale.map((p) => [String(p.value), scaleLabel(p, t.locale)] as const),
    ['unsure', t.t('unsure')] as const,
  ];
  const other = name === 'other-rating';
  return html`<div
    part="scale"
    class="scale"
    role=${other ? 'radiogroup' : 'presentation'}
    aria-labelledby=${other ? 'other-rating-label' : nothing}
  >
    ${points.map(
      ([point, text]) =>
        html`<label class="radio ${point === 'unsure' ? 'radio--unsure' : ''}">
          <input type="radio" name=${name} value=${point} />
          <span>${text}</span>
        </label>`,
    )}
  </div>`;
}

export function renderQuestion(v: QuestionsView, c: Challenge) {
  const { t } = v;
  const label = challengeLabel(c, t.locale);
  const err = v.errors.includes(c.id);
  return html`<fieldset
    part="question"
    class="question ${err ? 'question--error' : ''}"
    id="q-${c.id}"
    aria-describedby="hint-${c.id} ${err ? `err-${c.id}` : ''}"
  >
    <legend><h3 id="h-${c.id}" tabindex="-1">${label}</h3></legend>
    <p class="hint" id="hint-${c.id}">${challengeDescription(c, t.locale)} ${t.t('rating.hint')}</p>
    ${renderError(v, c.id)} ${renderScale(v, c.id)}
  </fieldset>`;
}

export function renderOther(v: QuestionsView) {
  const { t } = v;
  const err = v.errors.includes('other');
  return html`<fieldset part="question" class="question ${err ? 'question--error' : ''}" id="q-other">
    <legend><h3 id="h-other" tabindex="-1">${t.t('other.title')}</h3></legend>
    <label for="other-text">${t.t('other.label')}</label>
    <p class="hint" id="other-text-hint">${t.t('other.hint')}</p>
    <textarea
      id="other-text"
      aria-describedby="other-text-hint"
      name="otherText"
      rows="3"
      maxlength=${LIMITS.otherChallengeText}
      .value=${v.answers.otherText}
      @input=${v.onInput}
    ></textarea>
    <p class="label" id="other-rating-label">${t.t('other.rating')}</p>
    ${renderError(v, 'other')} ${renderScale(v, 'other-rating')}
  </fieldset>`;
}

/**
 * Ticks the radios that match the answers. Set after each render rather than bound in the
 * template: the DOM may have changed without a render in between (a click, then "Next" at once,
 * when a step reuses the same radios).
 */
export function showAnswers(root: ParentNode, a: Answers): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio]'))
    input.checked =
      String(input.name === 'other-rating' ? a.otherRating : a.ratings[input.name]) === input.value;
}
