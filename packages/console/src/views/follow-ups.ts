/**
 * "Did you do it?": a session's follow-ups, laid out as the posts' moderation is (views/
 * moderation.ts, whose note editor and reasons it shares): waiting for review, approved and
 * hidden, each answer in words with the commitment it answers (when the console has that post),
 * its note and when it came; approve, hide, restore, and edit a held note as it is approved.
 * The lists are `fu-<status>` (headings `h-fu-<status>`), so focus.ts keeps the keyboard's place.
 */
import { FOLLOW_UP_NOTE_MAX, type CommitmentStatus, type Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AdminFollowUp } from '../api.js';
import { byStatus, STATUSES } from '../lib/posts.js';
import type { ConsoleKey, ConsoleStrings } from '../strings.js';
import { editor, reasons } from './moderation.js';

export interface FollowUpsView {
  readonly t: Localizer<ConsoleStrings>;
  readonly items: ReadonlyMap<string, AdminFollowUp>;
  readonly loading: boolean;
  readonly problem: string;
  /** The words of the commitment an answer is about, when known. */
  commitment(id: string): string | undefined;
  /** The follow-up whose note is being edited, the words so far and what is wrong with them. */
  readonly editing: string | undefined;
  readonly editText: string;
  readonly editError: string;
  readonly busy: boolean;
  moderate(f: AdminFollowUp, status: 'visible' | 'hidden'): void;
  edit(f: AdminFollowUp | undefined): void;
  editInput(text: string): void;
  saveEdit(event: Event): void;
  keydown(event: KeyboardEvent): void;
  retry(): void;
}

const answeredAt = (f: AdminFollowUp) => f.answeredAt;

function item(v: FollowUpsView, f: AdminFollowUp) {
  const { t } = v;
  const id = `fu-${f.id}`;
  const said = v.commitment(f.commitmentId);
  const button = (action: string, label: string, onClick: () => void, secondary = false) => html`
    <button
      type="button"
      class="nw-button ${secondary ? 'nw-button--secondary' : ''} small"
      data-action=${action}
      aria-describedby="${id}-answer"
      @click=${onClick}
    >
      ${label}
    </button>
  `;
  const editing = v.editing === f.id && f.status === 'pending';
  const answer = t.t('followUps.answer', { answer: t.t(`answer.${f.answer}` as ConsoleKey) });
  const note = f.note ? t.t('followUps.note', { note: f.note }) : t.t('followUps.noNote');
  // No whitespace inside the words' paragraphs: they keep a note's own line breaks (pre-wrap).
  return html`<li class="post" tabindex="0" data-id=${f.id} aria-labelledby="${id}-answer">
    <p class="post-text fu-answer" id="${id}-answer">${answer}</p>
    ${said ? html`<p class="post-meta fu-commitment">${t.t('followUps.commitment', { text: said })}</p>` : nothing}
    <p class="post-text fu-note">${note}</p>
    <p class="post-meta">
      ${t.t('followUps.answeredAt', { date: t.date(f.answeredAt), time: t.time(f.answeredAt) })}
    </p>
    ${f.heldFor?.length ? html`<p class="held">${t.t('heldFor', { reasons: reasons(t, f.heldFor) })}</p>` : nothing}
    ${
      editing
        ? editor({
            t,
            id: `fu-edit-${f.id}`,
            text: v.editText,
            error: v.editError,
            busy: v.busy,
            limit: FOLLOW_UP_NOTE_MAX,
            label: t.t('followUps.edit.label'),
            hint: t.t('followUps.edit.hint'),
            save: t.t('editPost.save'),
            input: v.editInput,
            submit: v.saveEdit,
            cancel: () => v.edit(undefined),
          })
        : html`<div class="post-actions">
            ${
              f.status === 'pending'
                ? html`${button('approve', t.t('approve'), () => v.moderate(f, 'visible'))}
                  ${f.note ? button('fu-edit', t.t('editPost'), () => v.edit(f), true) : nothing}
                  ${button('hide', t.t('hide'), () => v.moderate(f, 'hidden'), true)}`
                : f.status === 'visible'
                  ? button('hide', t.t('hide'), () => v.moderate(f, 'hidden'), true)
                  : button('approve', t.t('approve'), () => v.moderate(f, 'visible'), true)
            }
          </div>`
    }
  </li>`;
}

const heading = (t: Localizer<ConsoleStrings>, s: CommitmentStatus) =>
  t.t(s === 'visible' ? 'followUps.visible' : s);

export function renderFollowUps(v: FollowUpsView) {
  const { t } = v;
  const empty = !v.items.size && !v.loading && !v.problem;
  return html`<section class="panel follow-ups" aria-labelledby="follow-ups-title">
    <h2 id="follow-ups-title" tabindex="-1">${t.t('followUps.title')}</h2>
    <p class="hint">${t.t('followUps.intro')}</p>
    ${
      v.problem
        ? html`<div class="nw-notice nw-notice--error">
            <p>${v.problem}</p>
            <button
              class="nw-button nw-button--secondary"
              type="button"
              data-action="fu-retry"
              @click=${v.retry}
            >
              ${t.t('retry')}
            </button>
          </div>`
        : nothing
    }
    ${v.loading ? html`<p>${t.t('loading')}</p>` : nothing}
    ${empty ? html`<p class="hint" id="fu-empty">${t.t('followUps.empty')}</p>` : nothing}
    ${
      v.items.size
        ? html`<p class="hint" id="fu-keys">${t.t('followUps.keys')}</p>
            <div class="columns" @keydown=${v.keydown}>
              ${STATUSES.map((s) => {
                const list = byStatus(v.items.values(), s, answeredAt);
                return html`<section class="column" aria-labelledby="follow-ups-title h-fu-${s}">
                  <h3 id="h-fu-${s}" tabindex="-1">${heading(t, s)} (${t.number(list.length)})</h3>
                  ${list.length ? nothing : html`<p class="hint">${t.t('none')}</p>`}
                  <ul
                    class="posts"
                    data-status="fu-${s}"
                    aria-labelledby="h-fu-${s}"
                    aria-describedby="fu-keys"
                  >
                    ${repeat(
                      list,
                      (f) => f.id,
                      (f) => item(v, f),
                    )}
                  </ul>
                </section>`;
              })}
            </div>`
        : nothing
    }
  </section>`;
}
