/** Asking before a session is deleted for good. */
import type { Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import type { AdminSession } from '../api.js';
import type { ConsoleStrings } from '../strings.js';

export interface DeleteView {
  readonly t: Localizer<ConsoleStrings>;
  readonly session: AdminSession;
  readonly problem: string;
  readonly busy: boolean;
  confirm(): void;
  cancel(): void;
}

export function renderDelete(v: DeleteView) {
  const { t, session } = v;
  const c = session.counts;
  return html`
    <h1 tabindex="-1">${t.t('delete.title', { title: session.title })}</h1>
    ${v.problem ? html`<div class="nw-notice nw-notice--error" role="alert"><p>${v.problem}</p></div>` : nothing}
    <div class="panel">
      <p>${t.t('delete.body')}</p>
      ${
        c
          ? html`<p>
              ${t.t('delete.counts', {
                responses: t.t('count.responses', { count: c.responses }),
                commitments: t.t('count.commitments', { count: c.commitments }),
              })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          class="nw-button nw-button--warning"
          type="button"
          id="confirm-delete"
          aria-disabled=${v.busy ? 'true' : 'false'}
          @click=${v.confirm}
        >
          ${t.t('delete.confirm')}
        </button>
        <button class="nw-link-button" type="button" @click=${v.cancel}>${t.t('cancel')}</button>
      </div>
    </div>
  `;
}
