/**
 * What participants see now: one button per stage of the session's template, the current one
 * pressed. Pressing another moves every joined phone on; the buttons stay where they are, so the
 * keyboard keeps its place.
 */
import { templateStages, type Localizer, type SessionStage } from '@netweave/model';
import { html, nothing } from 'lit';
import type { AdminSession } from '../api.js';
import type { ConsoleStrings } from '../strings.js';

export interface StageView {
  readonly t: Localizer<ConsoleStrings>;
  readonly session: AdminSession;
  readonly busy: boolean;
  choose(stage: SessionStage): void;
}

/** The panel, or nothing for a template with one stage (there is nothing to choose). */
export function renderStage(v: StageView) {
  const { t, session } = v;
  const stages = templateStages(session.template);
  if (stages.length < 2) return nothing;
  const now = stages.find((s) => s === session.stage) ?? stages[0]!;
  return html`
    <section class="panel" aria-labelledby="stage-title">
      <h2 id="stage-title">${t.t('stage.title')}</h2>
      <p class="hint" id="stage-hint">${t.t('stage.hint')}</p>
      <p class="stage-now"><strong>${t.t('stage.now', { stage: t.t(`stage.${now}`) })}</strong></p>
      <ol class="stages" aria-describedby="stage-hint">
        ${stages.map(
          (stage) =>
            html`<li>
              <button
                class="nw-button stage-button ${stage === now ? '' : 'nw-button--secondary'}"
                type="button"
                id="stage-${stage}"
                aria-pressed=${stage === now ? 'true' : 'false'}
                aria-disabled=${v.busy ? 'true' : 'false'}
                @click=${() => stage === now || v.busy || v.choose(stage)}
              >
                ${t.t(`stage.${stage}`)}
              </button>
            </li>`,
        )}
      </ol>
    </section>
  `;
}
