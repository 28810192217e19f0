/**
 * The TRIZ groups on the session's page: each group's name (renamed in place) and its board as
 * read-only lists of notes by state, each state named, with its colour in words and its icon
 * (never colour alone). Each note can be moved to another group; a held or hidden note can be
 * shown, and any note hidden. Groups sit side by side on a wide screen and stack on a phone.
 */
import { NOTE_STATES, type Localizer, type SessionGroup, type TrizNote } from '@netweave/model';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ConsoleStrings } from '../strings.js';

export interface GroupsView {
  readonly t: Localizer<ConsoleStrings>;
  readonly groups: readonly SessionGroup[];
  /** Every note, by group (oldest first). */
  readonly notes: ReadonlyMap<string, readonly TrizNote[]>;
  readonly loading: boolean;
  /** Why the notes could not be read, or an action refused, in plain words. */
  readonly problem: string;
  readonly voting: boolean;
  /** The group being renamed, what is typed, and what is wrong with it. */
  readonly renaming: string | undefined;
  readonly name: string;
  readonly nameError: string;
  /** Notes (and `rename`) with a change on its way. */
  readonly busy: ReadonlySet<string>;
  /** The group chosen in each note's "Move to group" menu. */
  moveTarget(note: TrizNote): string;
  groupName(group: SessionGroup): string;
  rename(group: SessionGroup | undefined): void;
  nameInput(text: string): void;
  saveName(event: Event, group: SessionGroup): void;
  pickTarget(note: TrizNote, group: string): void;
  move(note: TrizNote): void;
  status(note: TrizNote, status: 'visible' | 'hidden'): void;
  retry(): void;
}

function renameForm(v: GroupsView, g: SessionGroup) {
  const { t } = v;
  const id = `group-name-${g.id}`;
  const described = [`${id}-hint`, v.nameError ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<form class="rename" novalidate @submit=${(e: Event) => v.saveName(e, g)}>
    <div class="field ${v.nameError ? 'field--error' : ''}">
      <label for=${id}>${t.t('group.rename.label', { group: v.groupName(g) })}</label>
      <p class="hint" id="${id}-hint">${t.t('group.rename.hint', { count: 60 })}</p>
      ${
        v.nameError
          ? html`<p class="error-message" id="${id}-error">
              <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${v.nameError}
            </p>`
          : nothing
      }
      <input
        id=${id}
        type="text"
        autocomplete="off"
        .value=${live(v.name)}
        aria-invalid=${v.nameError ? 'true' : 'false'}
        aria-describedby=${described}
        @input=${(e: Event) => v.nameInput((e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="actions">
      <button class="nw-button small" type="submit" aria-disabled=${v.busy.has('rename') ? 'true' : 'false'}>
        ${t.t('group.rename.save')}
      </button>
      <button class="nw-link-button" type="button" @click=${() => v.rename(undefined)}>
        ${t.t('cancel')}
      </button>
    </div>
  </form>`;
}

function note(v: GroupsView, n: TrizNote) {
  const { t } = v;
  const others = v.groups.filter((g) => g.id !== n.group);
  const busy = v.busy.has(n.id);
  const button = (action: string, label: string, click: () => void, off = false) =>
    html`<button
      type="button"
      class="nw-button nw-button--secondary small"
      data-action=${action}
      aria-describedby="note-text-${n.id}"
      aria-disabled=${busy || off ? 'true' : 'false'}
      @click=${() => busy || off || click()}
    >
      ${label}
    </button>`;
  return html`<li
    class="note state-${n.state} status-${n.status}"
    id="note-${n.id}"
    data-note=${n.id}
    tabindex="-1"
    aria-labelledby="note-text-${n.id}"
  >
    <p class="note-text" id="note-text-${n.id}">${n.text}</p>
    ${n.step ? html`<p class="note-step">${t.t('note.step', { step: n.step })}</p>` : nothing}
    ${v.voting && n.state !== 'worst' ? html`<p class="note-meta">${t.t('note.votes', { count: n.votes })}</p>` : nothing}
    ${
      n.status === 'pending'
        ? html`<p class="held">${t.t('note.held')}</p>`
        : n.status === 'hidden'
          ? html`<p class="held">${t.t('note.hidden')}</p>`
          : nothing
    }
    <div class="note-actions">
      ${
        others.length
          ? html`<div class="move">
              <label for="move-${n.id}">${t.t('note.move')}</label>
              <select
                id="move-${n.id}"
                @change=${(e: Event) => v.pickTarget(n, (e.target as HTMLSelectElement).value)}
              >
                ${others.map(
                  (g) =>
                    html`<option value=${g.id} ?selected=${g.id === v.moveTarget(n)}>
                      ${v.groupName(g)}
                    </option>`,
                )}
              </select>
              ${button('move', t.t('note.move.button'), () => v.move(n))}
            </div>`
          : nothing
      }
      ${n.status === 'visible' ? nothing : button('show', t.t('note.show'), () => v.status(n, 'visible'))}
      ${button('hide', t.t('hide'), () => v.status(n, 'hidden'), n.status === 'hidden')}
    </div>
  </li>`;
}

function group(v: GroupsView, g: SessionGroup) {
  const { t } = v;
  const notes = v.notes.get(g.id) ?? [];
  const held = notes.filter((n) => n.status === 'pending').length;
  return html`<section class="group" aria-labelledby="group-h-${g.id}">
    <div class="group-head">
      <h3 id="group-h-${g.id}" tabindex="-1">${v.groupName(g)}</h3>
      ${
        v.renaming === g.id
          ? nothing
          : html`<button
              class="nw-link-button"
              type="button"
              id="rename-${g.id}"
              aria-describedby="group-h-${g.id}"
              @click=${() => v.rename(g)}
            >
              ${t.t('group.rename')}
            </button>`
      }
    </div>
    ${v.renaming === g.id ? renameForm(v, g) : nothing}
    <p class="hint group-counts">
      ${t.t('notes.count', { count: notes.length })}${held ? ` · ${t.t('notes.held', { count: held })}` : ''}
    </p>
    ${NOTE_STATES.map((state) => {
      const list = notes.filter((n) => n.state === state);
      const h = `state-h-${g.id}-${state}`;
      return html`<h4 class="state state-${state}" id=${h}>
          <span class="icon" aria-hidden="true"></span>${t.t(`round.${state}`)}
          <span class="colour">(${t.t(`colour.${state}`)})</span>
          <span class="count">${t.number(list.length)}</span>
        </h4>
        ${
          list.length
            ? html`<ul class="notes" aria-labelledby=${h}>
                ${repeat(
                  list,
                  (n) => n.id,
                  (n) => note(v, n),
                )}
              </ul>`
            : html`<p class="hint">${t.t('none')}</p>`
        }`;
    })}
  </section>`;
}

export function renderGroups(v: GroupsView) {
  const { t } = v;
  return html`<section class="panel groups" aria-labelledby="groups-title">
    <h2 id="groups-title">${t.t('groups.title')}</h2>
    <p class="hint">${t.t('groups.hint')}</p>
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
    <div class="groups-grid">${v.groups.map((g) => group(v, g))}</div>
  </section>`;
}
