/**
 * Moderation of a whole session on one screen: posts waiting for review, on the wall and hidden,
 * with approve, hide and restore, and editing a waiting post's words before approving it.
 * Keyboard: arrows move between posts; A approves, H hides, E edits a waiting post (handled by
 * the element, which owns the keyboard's place).
 */
import { LIMITS, screenText, type Commitment, type Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Connection } from '../moderation-controller.js';
import { byStatus, STATUSES } from '../lib/posts.js';
import type { ConsoleStrings, ConsoleKey } from '../strings.js';

export interface ModerationView {
  readonly t: Localizer<ConsoleStrings>;
  readonly posts: ReadonlyMap<string, Commitment>;
  readonly loading: boolean;
  readonly problem: string;
  readonly connection: Connection;
  readonly paused: boolean;
  readonly waiting: number;
  /** The post whose words are being edited, the words so far and what is wrong with them. */
  readonly editing: string | undefined;
  readonly editText: string;
  readonly editError: string;
  readonly busy: boolean;
  moderate(c: Commitment, status: 'visible' | 'hidden'): void;
  edit(c: Commitment | undefined): void;
  editInput(text: string): void;
  saveEdit(event: Event): void;
  keydown(event: KeyboardEvent): void;
  pause(): void;
  retry(): void;
}

export function reasons(t: Localizer<ConsoleStrings>, list: readonly string[]): string {
  return t.list(list.map((r) => t.t(`reason.${r}` as ConsoleKey)));
}

/** Editing a held item's words before approving it (a post, or a follow-up's note). */
export interface EditorView {
  readonly t: Localizer<ConsoleStrings>;
  /** The textarea's id. */
  readonly id: string;
  readonly text: string;
  readonly error: string;
  readonly busy: boolean;
  readonly limit: number;
  readonly label: string;
  readonly hint: string;
  readonly save: string;
  input(text: string): void;
  submit(event: Event): void;
  cancel(): void;
}

export function editor(e: EditorView) {
  const { t, id } = e;
  const text = e.text;
  const left = e.limit - text.trim().length;
  const screening = screenText(text);
  const described = [
    `${id}-hint`,
    `${id}-count`,
    screening.held ? `${id}-held` : '',
    e.error ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<form class="edit" novalidate @submit=${e.submit}>
    <div class="field ${e.error ? 'field--error' : ''}">
      <label for=${id}>${e.label}</label>
      <p class="hint" id="${id}-hint">${e.hint}</p>
      ${
        e.error
          ? html`<p class="error-message" id="${id}-error">
              <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${e.error}
            </p>`
          : nothing
      }
      <textarea
        id=${id}
        rows="4"
        .value=${live(text)}
        aria-invalid=${e.error ? 'true' : 'false'}
        aria-describedby=${described}
        @input=${(ev: Event) => e.input((ev.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint count" id="${id}-count">
        ${left >= 0 ? t.t('editPost.left', { count: left }) : t.t('editPost.over', { count: -left })}
      </p>
      ${
        screening.held
          ? html`<p class="screening" id="${id}-held">
              ${t.t('editPost.stillHeld', { reasons: reasons(t, screening.reasons) })}
            </p>`
          : nothing
      }
    </div>
    <div class="actions">
      <button class="nw-button" type="submit" aria-disabled=${e.busy ? 'true' : 'false'}>${e.save}</button>
      <button class="nw-link-button" type="button" data-action="cancel-edit" @click=${e.cancel}>
        ${t.t('cancel')}
      </button>
    </div>
  </form>`;
}

function post(v: ModerationView, c: Commitment) {
  const { t } = v;
  const meta = [t.t('postedAt', { date: t.date(c.createdAt), time: t.time(c.createdAt) })];
  if (c.reactions) meta.push(t.t('reactions', { count: c.reactions }));
  const button = (action: string, label: string, onClick: () => void, secondary = false) => html`
    <button
      type="button"
      class="nw-button ${secondary ? 'nw-button--secondary' : ''} small"
      data-action=${action}
      aria-describedby="text-${c.id}"
      @click=${onClick}
    >
      ${label}
    </button>
  `;
  const editing = v.editing === c.id && c.status === 'pending';
  return html`<li class="post" tabindex="0" data-id=${c.id} aria-labelledby="text-${c.id}">
    <p class="post-text" id="text-${c.id}">${c.text}</p>
    <p class="post-meta">${meta.join(' · ')}</p>
    ${c.heldFor?.length ? html`<p class="held">${t.t('heldFor', { reasons: reasons(t, c.heldFor) })}</p>` : nothing}
    ${
      editing
        ? editor({
            t,
            id: `edit-${c.id}`,
            text: v.editText,
            error: v.editError,
            busy: v.busy,
            limit: LIMITS.commitmentText,
            label: t.t('editPost.label'),
            hint: t.t('editPost.hint'),
            save: t.t('editPost.save'),
            input: v.editInput,
            submit: v.saveEdit,
            cancel: () => v.edit(undefined),
          })
        : html`<div class="post-actions">
            ${
              c.status === 'pending'
                ? html`${button('approve', t.t('approve'), () => v.moderate(c, 'visible'))}
                  ${button('edit', t.t('editPost'), () => v.edit(c), true)}
                  ${button('hide', t.t('hide'), () => v.moderate(c, 'hidden'), true)}`
                : c.status === 'visible'
                  ? button('hide', t.t('hide'), () => v.moderate(c, 'hidden'), true)
                  : button('restore', t.t('restore'), () => v.moderate(c, 'visible'), true)
            }
          </div>`
    }
  </li>`;
}

export function renderModeration(v: ModerationView) {
  const { t } = v;
  const status = v.paused
    ? t.t('paused', { count: v.waiting })
    : v.loading
      ? t.t('loading')
      : t.t(v.connection);
  return html`<section class="panel moderation" aria-labelledby="moderation-title">
    <h2 id="moderation-title">${t.t('moderation.title')}</h2>
    <p class="hint" id="keys">${t.t('keys')}</p>
    <div class="actions">
      <button
        class="nw-button nw-button--secondary"
        type="button"
        id="pause"
        aria-pressed=${v.paused ? 'true' : 'false'}
        @click=${v.pause}
      >
        ${t.t(v.paused ? 'resume' : 'pause')}
      </button>
      <span class="connection" id="connection">${status}</span>
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
    <div class="columns" @keydown=${v.keydown}>
      ${STATUSES.map((s) => {
        const list = byStatus(v.posts.values(), s);
        return html`<section class="column" aria-labelledby="h-${s}">
          <h3 id="h-${s}" tabindex="-1">${t.t(s as ConsoleKey)} (${t.number(list.length)})</h3>
          ${!list.length && !v.loading ? html`<p class="hint">${t.t('none')}</p>` : nothing}
          <ul class="posts" data-status=${s} aria-labelledby="h-${s}" aria-describedby="keys">
            ${repeat(
              list,
              (c) => c.id,
              (c) => post(v, c),
            )}
          </ul>
        </section>`;
      })}
    </div>
  </section>`;
}
