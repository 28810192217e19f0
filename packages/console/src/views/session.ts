/**
 * One session: what it is, what can be done to it, how people join it, its moderation and its
 * follow-ups.
 */
import type { Localizer } from '@netweave/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminSession } from '../api.js';
import type { ConsoleStrings } from '../strings.js';
import { countsText, sessionDate, stateTag } from './list.js';

export interface SessionView {
  readonly t: Localizer<ConsoleStrings>;
  readonly session: AdminSession;
  readonly notice: string;
  readonly problem: string;
  readonly busy: boolean;
  readonly csv: { responses: string; commitments: string; followUps: string };
  /** The write-up in each format, in the console's language. */
  readonly writeup: { docx: string; html: string; md: string };
  /** The session's export (one JSON file). */
  readonly everything: string;
  back(): void;
  edit(): void;
  duplicate(): void;
  toggle(): void;
  remove(): void;
  /** What participants see now (templates with more than one stage). */
  readonly stage: TemplateResult | typeof nothing;
  /** TRIZ: the round (agenda, countdown, controls) and the groups' boards. */
  readonly round: TemplateResult | typeof nothing;
  readonly groups: TemplateResult | typeof nothing;
  readonly share: TemplateResult;
  readonly moderation: TemplateResult;
  /** "Did you do it?": the follow-ups to the session's commitments, and their moderation. */
  readonly followUps: TemplateResult;
}

export function renderSession(v: SessionView) {
  const { t, session: s } = v;
  const open = s.open !== false;
  return html`
    <p class="back">
      <a href="#sessions" id="back" @click=${(e: Event) => (e.preventDefault(), v.back())}>${t.t('back')}</a>
    </p>
    <h1 tabindex="-1">${s.title}</h1>
    <p class="session-meta">
      <span>${sessionDate(t, s.date)}</span>
      ${stateTag(t, open)}
      <span>${t.t('session.template', { template: t.t(`template.${s.template ?? 'commitments'}`) })}</span>
    </p>
    ${
      s.counts
        ? html`<ul class="counts">
            ${countsText(t, s).map((c) => html`<li>${c}</li>`)}
          </ul>`
        : nothing
    }
    ${v.notice ? html`<div class="nw-notice nw-notice--success"><p>${v.notice}</p></div>` : nothing}
    ${v.problem ? html`<div class="nw-notice nw-notice--error" role="alert"><p>${v.problem}</p></div>` : nothing}
    ${open ? nothing : html`<div class="nw-notice"><p>${t.t('session.closedNote')}</p></div>`}
    <div class="actions" role="group" aria-label=${t.t('session.actions')}>
      <button
        class="nw-button nw-button--secondary"
        type="button"
        id="edit"
        aria-disabled=${v.busy ? 'true' : 'false'}
        @click=${v.edit}
      >
        ${t.t('edit')}
      </button>
      <button
        class="nw-button nw-button--secondary"
        type="button"
        id="duplicate"
        aria-disabled=${v.busy ? 'true' : 'false'}
        @click=${v.duplicate}
      >
        ${t.t('duplicate')}
      </button>
      <button
        class="nw-button nw-button--secondary"
        type="button"
        id="toggle"
        aria-disabled=${v.busy ? 'true' : 'false'}
        @click=${v.toggle}
      >
        ${t.t(open ? 'close' : 'reopen')}
      </button>
      <button
        class="nw-button nw-button--warning"
        type="button"
        id="delete"
        aria-disabled=${v.busy ? 'true' : 'false'}
        @click=${v.remove}
      >
        ${t.t('delete')}
      </button>
    </div>
    ${v.round} ${v.stage} ${v.share} ${v.groups} ${v.moderation} ${v.followUps}
    <p class="downloads">
      <a href=${v.csv.responses} download>${t.t('export.responses')}</a>
      <a href=${v.csv.commitments} download>${t.t('export.commitments')}</a>
      <a href=${v.csv.followUps} download>${t.t('export.followUps')}</a>
      <a href=${v.writeup.docx} download>${t.t('export.writeup.docx')}</a>
      <a href=${v.writeup.html} download>${t.t('export.writeup.html')}</a>
      <a href=${v.writeup.md} download>${t.t('export.writeup.md')}</a>
      <a href=${v.everything} download>${t.t('export.everything')}</a>
    </p>
  `;
}
