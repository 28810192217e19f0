/**
 * Why the chart cannot be drawn: a heading and each problem found (bad data, a `src` or a store
 * that could not be read), in the page's language. Spoken by the announcer, not from here.
 */
import { html, type TemplateResult } from 'lit';
import type { ChartLocalizer } from './lib/format.js';

export function renderError(l: ChartLocalizer, messages: readonly string[]): TemplateResult {
  return html`<div class="nw-notice nw-notice--error">
    <p class="error-heading">${l.t('error.heading')}</p>
    <ul>
      ${messages.map((m) => html`<li>${m}</li>`)}
    </ul>
  </div>`;
}
