/**
 * The session form: create (with a template) or edit (title, date, prompt, moderation, language,
 * partner page), and for a TRIZ session its groups, votes and each round's minutes.
 */
import { ROUND_KINDS, type Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { isTriz, type FieldErrors, type Field, type SessionValues } from '../lib/form.js';
import { TEMPLATES } from '../lib/templates.js';
import type { ConsoleStrings, ConsoleKey } from '../strings.js';
import { describedBy, errorSummary, fieldError } from './errors.js';

export interface FormView {
  readonly t: Localizer<ConsoleStrings>;
  readonly mode: 'create' | 'edit';
  readonly values: SessionValues;
  readonly errors: FieldErrors;
  /** A refusal that belongs to no field. */
  readonly problem: string;
  readonly busy: boolean;
  input(field: Field, value: string): void;
  submit(event: Event): void;
  cancel(): void;
}

const ORDER: readonly Field[] = [
  'template',
  'title',
  'date',
  'groups',
  'votes',
  'minutes.worst',
  'minutes.already',
  'minutes.stop',
  'minutes.commit',
  'prompt',
  'moderation',
  'lang',
  'partnerUrl',
];
/** A field's id: `f-<name>`, dots as hyphens (`f-minutes-worst`). */
const fieldId = (f: Field) => `f-${f.replace('.', '-')}`;
/** The control a summary link goes to. */
const TARGET: Record<Field, string> = {
  ...(Object.fromEntries(ORDER.map((f) => [f, fieldId(f)])) as Record<Field, string>),
  template: 'f-template-commitments',
  moderation: 'f-moderation-pre',
  lang: 'f-lang-en',
};

export function renderForm(v: FormView) {
  const { t, values, errors } = v;
  const message = (f: Field) => {
    const p = errors[f];
    if (!p) return undefined;
    // `round` names a round by its string key ("round.worst"): said in the page's language.
    const round = p.params?.round;
    const params = typeof round === 'string' ? { ...p.params, round: t.t(round as ConsoleKey) } : p.params;
    return t.t(p.key as ConsoleKey, params);
  };
  const items = ORDER.filter((f) => errors[f]).map((f) => ({ id: TARGET[f], text: message(f)! }));
  if (v.problem) items.push({ id: '', text: v.problem });
  const prefix = t.t('error.prefix');
  const group = (f: Field) => `field${errors[f] ? ' field--error' : ''}`;
  const text = (f: 'title' | 'partnerUrl', type: string, autocomplete: string) => html`
    <div class=${group(f)}>
      <label for="f-${f}">${t.t(`field.${f}`)}</label>
      <p class="hint" id="f-${f}-hint">${t.t(`field.${f}.hint` as ConsoleKey)}</p>
      ${fieldError(`f-${f}`, prefix, message(f))}
      <input
        id="f-${f}"
        name=${f}
        type=${type}
        .value=${live(values[f])}
        aria-invalid=${errors[f] ? 'true' : 'false'}
        autocomplete=${autocomplete}
        spellcheck=${f === 'title' ? 'true' : 'false'}
        aria-describedby=${describedBy(`f-${f}`, true, !!errors[f])}
        @input=${(e: Event) => v.input(f, (e.target as HTMLInputElement).value)}
      />
    </div>
  `;
  const radios = <T extends string>(
    f: Field,
    options: readonly T[],
    label: (o: T) => string,
    hint?: (o: T) => string | undefined,
  ) => html`
    <fieldset class=${group(f)} aria-describedby=${describedBy(`f-${f}`, false, !!errors[f])}>
      <legend>${t.t(`field.${f}` as ConsoleKey)}</legend>
      ${f === 'lang' ? html`<p class="hint">${t.t('field.lang.hint')}</p>` : nothing}
      ${fieldError(`f-${f}`, prefix, message(f))}
      ${options.map((o) => {
        const h = hint?.(o);
        return html`<div class="choice">
          <input
            type="radio"
            id="f-${f}-${o}"
            name=${f}
            value=${o}
            .checked=${live(values[f] === o)}
            aria-describedby=${h ? `f-${f}-${o}-hint` : nothing}
            @change=${() => v.input(f, o)}
          />
          <div>
            <label for="f-${f}-${o}">${label(o)}</label>
            ${h ? html`<p class="hint" id="f-${f}-${o}-hint">${h}</p>` : nothing}
          </div>
        </div>`;
      })}
    </fieldset>
  `;
  /** A whole number, typed (NHS: a text box with a numeric keyboard, not a spinner). */
  const number = (f: Field, label: string, hint?: string) => {
    const id = fieldId(f);
    return html`<div class="${group(f)} number-field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${fieldError(id, prefix, message(f))}
      <input
        id=${id}
        name=${f}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        class="input-number"
        .value=${live(values[f])}
        aria-invalid=${errors[f] ? 'true' : 'false'}
        aria-describedby=${describedBy(id, !!hint, !!errors[f])}
        @input=${(e: Event) => v.input(f, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  };
  const triz = isTriz(values)
    ? html`<fieldset class="field triz" aria-describedby="f-triz-hint">
        <legend>${t.t('field.triz')}</legend>
        <p class="hint" id="f-triz-hint">${t.t('field.triz.hint')}</p>
        ${number('groups', t.t('field.groups'), t.t('field.groups.hint'))}
        ${number('votes', t.t('field.votes'), t.t('field.votes.hint'))}
        <fieldset class="field agenda-fields" aria-describedby="f-agenda-hint">
          <legend>${t.t('field.agenda')}</legend>
          <p class="hint" id="f-agenda-hint">${t.t('field.agenda.hint')}</p>
          <div class="minutes">
            ${ROUND_KINDS.map((kind) => number(`minutes.${kind}`, t.t(`round.${kind}`)))}
          </div>
        </fieldset>
      </fieldset>`
    : nothing;
  return html`
    <h1 tabindex="-1">${t.t(v.mode === 'create' ? 'create.title' : 'edit.title')}</h1>
    ${errorSummary(t.t('summary.title'), items)}
    <form class="panel" novalidate @submit=${v.submit}>
      ${
        v.mode === 'create'
          ? radios(
              'template',
              TEMPLATES,
              (o) => t.t(`template.${o}`),
              (o) => t.t(`template.${o}.hint`),
            )
          : nothing
      }
      ${text('title', 'text', 'off')}
      <div class=${group('date')}>
        <label for="f-date">${t.t('field.date')}</label>
        ${fieldError('f-date', prefix, message('date'))}
        <input
          id="f-date"
          name="date"
          type="date"
          .value=${live(values.date)}
          aria-invalid=${errors.date ? 'true' : 'false'}
          aria-describedby=${describedBy('f-date', false, !!errors.date)}
          @input=${(e: Event) => v.input('date', (e.target as HTMLInputElement).value)}
        />
      </div>
      ${triz}
      <div class=${group('prompt')}>
        <label for="f-prompt">${t.t('field.prompt')}</label>
        <p class="hint" id="f-prompt-hint">${t.t('field.prompt.hint')}</p>
        ${fieldError('f-prompt', prefix, message('prompt'))}
        <textarea
          id="f-prompt"
          name="prompt"
          rows="3"
          .value=${live(values.prompt)}
          aria-invalid=${errors.prompt ? 'true' : 'false'}
          aria-describedby=${describedBy('f-prompt', true, !!errors.prompt)}
          @input=${(e: Event) => v.input('prompt', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${radios(
        'moderation',
        ['pre', 'none', 'post'] as const,
        (o) => t.t(`moderation.${o}`),
        (o) => (o === 'post' ? undefined : t.t(`moderation.${o}.hint`)),
      )}
      ${radios('lang', ['en', 'cy'] as const, (o) => t.t(`lang.${o}`))} ${text('partnerUrl', 'url', 'url')}
      <div class="actions">
        <button class="nw-button" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>
          ${t.t(v.mode === 'create' ? 'create.button' : 'save.button')}
        </button>
        <button class="nw-link-button" type="button" @click=${v.cancel}>${t.t('cancel')}</button>
      </div>
    </form>
  `;
}
