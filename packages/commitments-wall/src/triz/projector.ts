/**
 * The room's screen (`display="projector"`): read-only, no controls. One group's board as the
 * participants see it, or every group at once as a grid that fits the screen: each group with its
 * counts per state and its notes, pink ones most voted first. The countdown is large.
 */
import { NOTE_STATES, type RoundState, type Session, type TrizNote } from '@netweave/core';
import { html, nothing, type TemplateResult } from 'lit';
import { sections, sessionGroups } from './lib/board.js';
import { groupName, renderRound, renderSections, type NoteView, type T } from './views.js';

export interface ProjectorView {
  t: T;
  session: Session | undefined;
  round: RoundState;
  /** The group shown; undefined: every group. */
  group: string | undefined;
  notes: Iterable<TrizNote>;
  /** How a note is shown (read-only). */
  note: NoteView;
}

function renderGroup(p: ProjectorView, id: string, notes: TrizNote[]): TemplateResult {
  const { t } = p;
  const by = sections(notes);
  const voting = (p.session?.votes ?? 0) > 0;
  return html`<section class="group" aria-labelledby="g-${id}">
    <h3 id="g-${id}">${groupName(t, p.session, id)}</h3>
    <ul class="counts">
      ${NOTE_STATES.map(
        (s) =>
          html`<li class="state-${s}">
            <span class="icon" aria-hidden="true"></span>${t.t(`count.${s}`, { count: by[s].length })}
          </li>`,
      )}
    </ul>
    <ul class="notes">
      ${NOTE_STATES.flatMap((s) =>
        by[s].map(
          (n) =>
            html`<li class="note state-${n.state}">
              <span class="nw-visually-hidden">${t.t(`state.${n.state}`)}:</span>
              <span class="text">${n.text}</span>
              ${n.step ? html`<br /><span>${t.t('step', { step: n.step })}</span>` : nothing}
              ${voting && n.state !== 'worst' ? html` <span class="meta">(${t.t('votes', { count: n.votes })})</span>` : nothing}
            </li>`,
        ),
      )}
    </ul>
  </section>`;
}

export function renderProjector(p: ProjectorView): TemplateResult {
  const { t } = p;
  const notes = [...p.notes];
  const ids = sessionGroups(p.session).map((g) => g.id);
  if (!ids.length) ids.push('g1');
  for (const n of notes) if (!ids.includes(n.group)) ids.push(n.group);
  return html`<div class="projector" part="display">
    <h2 id="heading" tabindex="-1">
      ${t.t('heading')}: ${p.group ? groupName(t, p.session, p.group) : t.t('projector.all')}
    </h2>
    ${renderRound(t, p.round, p.session)}
    ${
      p.group
        ? renderSections(p.note, notes)
        : html`<ul class="counts legend">
              ${NOTE_STATES.map(
                (s) =>
                  html`<li class="state-${s}">
                    <span class="icon" aria-hidden="true"></span>${t.t(`state.${s}`)}: ${t.t(`colour.${s}`)}
                  </li>`,
              )}
            </ul>
            <div class="groups">
              ${ids.map((id) =>
                renderGroup(
                  p,
                  id,
                  notes.filter((n) => n.group === id),
                ),
              )}
            </div>`
    }
  </div>`;
}
