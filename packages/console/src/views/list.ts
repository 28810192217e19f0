/** The sessions, by title and date, with their state, join code and counts. */
import type { Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AdminSession } from '../api.js';
import { formatCode } from '../lib/code.js';
import { CALENDAR, calendarDate } from '../lib/dates.js';
import type { ConsoleStrings } from '../strings.js';

export interface ListView {
  readonly t: Localizer<ConsoleStrings>;
  readonly sessions: readonly AdminSession[];
  readonly loading: boolean;
  /** The list could not be read: why, and a way to try again. */
  readonly problem: string;
  readonly notice: string;
  open(id: string): void;
  create(): void;
  retry(): void;
}

export function sessionDate(t: Localizer<ConsoleStrings>, iso: string): string {
  const d = calendarDate(iso);
  return d ? t.date(d, CALENDAR) : iso;
}

export function countsText(t: Localizer<ConsoleStrings>, s: AdminSession): string[] {
  const c = s.counts;
  if (!c) return [];
  const counts = [
    t.t('count.responses', { count: c.responses }),
    t.t('count.commitments', { count: c.commitments }),
    t.t('count.pending', { count: c.pending }),
  ];
  // "Did you do it?" answers come weeks later: counted once there are any.
  if (c.followUps)
    counts.push(
      t.t('count.followUps', { count: c.followUps }),
      t.t('count.pendingFollowUps', { count: c.pendingFollowUps }),
    );
  return counts;
}

export function stateTag(t: Localizer<ConsoleStrings>, open: boolean) {
  return html`<span class="tag ${open ? 'tag--open' : 'tag--closed'}"
    >${t.t(open ? 'session.open' : 'session.closed')}</span
  >`;
}

export function renderList(v: ListView) {
  const { t } = v;
  return html`
    <h1 tabindex="-1">${t.t('sessions.title')}</h1>
    ${v.notice ? html`<div class="nw-notice nw-notice--success"><p>${v.notice}</p></div>` : nothing}
    <div class="actions">
      <button class="nw-button" type="button" id="create" @click=${v.create}>
        ${t.t('sessions.create')}
      </button>
    </div>
    ${
      v.problem
        ? html`<div class="nw-notice nw-notice--error">
            <p>${v.problem}</p>
            <button class="nw-button nw-button--secondary" type="button" @click=${v.retry}>
              ${t.t('retry')}
            </button>
          </div>`
        : nothing
    }
    ${v.loading ? html`<p>${t.t('loading')}</p>` : nothing}
    ${!v.loading && !v.problem && !v.sessions.length ? html`<p>${t.t('sessions.empty')}</p>` : nothing}
    <ul class="sessions">
      ${repeat(
        v.sessions,
        (s) => s.id,
        (s) =>
          html`<li class="session">
            <h2 class="session-title">
              <a
                href="#session-${s.id}"
                data-id=${s.id}
                @click=${(e: Event) => (e.preventDefault(), v.open(s.id))}
                >${s.title}</a
              >
            </h2>
            <p class="session-meta">
              <span>${sessionDate(t, s.date)}</span>
              ${stateTag(t, s.open !== false)}
              ${s.code ? html`<span>${t.t('session.code', { code: formatCode(s.code) })}</span>` : nothing}
            </p>
            ${
              s.counts
                ? html`<ul class="counts">
                    ${countsText(t, s).map((c) => html`<li>${c}</li>`)}
                  </ul>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  `;
}
