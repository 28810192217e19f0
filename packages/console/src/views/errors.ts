/**
 * Errors as NHS services show them: a summary that takes the keyboard, with a link to each field
 * in the order of the form, and above each field its message with a hidden "Error:" prefix.
 */
import { html, nothing } from 'lit';

export interface SummaryItem {
  /** The field's id, or '' for a problem that belongs to no field. */
  readonly id: string;
  readonly text: string;
}

/** Moves the keyboard to a field from the summary (a link into a shadow root does not do it). */
function goTo(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  const field = root.getElementById(id) as HTMLElement | null;
  field?.focus();
  field?.scrollIntoView({ block: 'center' });
}

export function errorSummary(title: string, items: readonly SummaryItem[]) {
  if (!items.length) return nothing;
  return html`<div
    class="error-summary"
    role="group"
    tabindex="-1"
    id="error-summary"
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${items.map((item) =>
        item.id
          ? html`<li><a href="#${item.id}" @click=${(e: Event) => goTo(e, item.id)}>${item.text}</a></li>`
          : html`<li>${item.text}</li>`,
      )}
    </ul>
  </div>`;
}

export function fieldError(id: string, prefix: string, text: string | undefined) {
  return text
    ? html`<p class="error-message" id="${id}-error">
        <span class="nw-visually-hidden">${prefix}</span> ${text}
      </p>`
    : nothing;
}

/** The ids a field is described by: its hint, then its error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}
