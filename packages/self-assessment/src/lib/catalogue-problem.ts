/**
 * The message shown when \`catalogue-src\` cannot be used, in English and Welsh. Loaded on demand,
 * only when loading a catalogue failed.
 */
import { html } from 'lit';
import { Localizer, type Locale, type StringOverrides, type ValidationIssue } from '@netweave/core';

export const problemEn = {
  'catalogue.http': 'The list of challenges could not be loaded from {src}: the server answered {status}.',
  'catalogue.network':
    'The list of challenges could not be loaded from {src}. Check the address and the connection.',
  'catalogue.invalid': 'The list of challenges at {src} cannot be used:',
};

const cy: typeof problemEn = {
  'catalogue.http': 'Nid oedd modd llwytho’r rhestr heriau o {src}: atebodd y gweinydd {status}.',
  'catalogue.network': 'Nid oedd modd llwytho’r rhestr heriau o {src}. Gwiriwch y cyfeiriad a’r cysylltiad.',
  'catalogue.invalid': 'Nid oes modd defnyddio’r rhestr heriau yn {src}:',
};

export type Problem =
  | { reason: 'http'; status: number }
  | { reason: 'network' }
  | {
      reason: 'invalid';
      issues: readonly ValidationIssue[];
      message: (i: ValidationIssue, l: Locale) => string;
    };

export function renderProblem(p: Problem, src: string, locale: Locale, overrides: StringOverrides) {
  const t = new Localizer({ en: problemEn, cy }, locale, overrides);
  return html`<div part="notice" class="nw-notice nw-notice--error" role="alert">
    ${
      p.reason === 'http'
        ? html`<p>${t.t('catalogue.http', { src, status: String(p.status) })}</p>`
        : p.reason === 'network'
          ? html`<p>${t.t('catalogue.network', { src })}</p>`
          : html`<p>${t.t('catalogue.invalid', { src })}</p>
              <ul>
                ${p.issues.slice(0, 10).map((i) => html`<li>${p.message(i, locale)}</li>`)}
              </ul>`
    }
  </div>`;
}
