/**
 * "Save it and come back": save to a file and open a saved file, and (on a page connected to a
 * collector that keeps resume entries) continue on another device with a code. Loaded on demand,
 * with its wording, its styles and its controllers.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '@netweave/core';
import { KeepController } from '../keep-controller.js';
import type { Strings } from '../strings.js';
import { keepCy, keepEn } from './keep-strings.js';

export { KeepController };
export const keepStrings = { en: keepEn, cy: keepCy };

/** Added to the element's shadow root when this part is loaded. */
export const keepStyles = css`
  .keep {
    border-top: 1px solid var(--_nw-border);
    padding-top: 1rem;
    margin: 1.5rem 0;
  }
  .keep-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-bottom: 1rem;
  }
  .keep .nw-notice {
    margin-bottom: 1rem;
  }
  @media print {
    .keep {
      display: none;
    }
  }
`;

export interface KeepView {
  t: Localizer<Strings>;
  keep: KeepController;
  /** The resume part (buttons, code, entry), when the store keeps resume entries. */
  resume?: { buttons: TemplateResult; panel: TemplateResult } | undefined;
}

export function renderKeep({ t, keep, resume }: KeepView): TemplateResult {
  const notice = keep.notice;
  return html`<section
    part="keep"
    class="keep"
    aria-labelledby="keep-h"
    aria-busy=${keep.reading ? 'true' : 'false'}
  >
    <h3 id="keep-h">${t.t('keep.title')}</h3>
    <p>${t.t(resume ? 'keep.intro-resume' : 'keep.intro')}</p>
    <div class="keep-actions">
      ${
        keep.canSave
          ? html`<button id="keep-save" class="nw-button nw-button--secondary" @click=${() => keep.save()}>
              ${t.t('keep.save')}
            </button>`
          : nothing
      }
      <input
        id="keep-file"
        type="file"
        accept=".json,application/json"
        hidden
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          // Chosen again, the same file is read again.
          input.value = '';
          if (file) void keep.open(file);
        }}
      />
      <button
        id="keep-open"
        class="nw-button nw-button--secondary"
        @click=${(e: Event) =>
          (
            (e.currentTarget as Element).parentElement!.querySelector('#keep-file') as HTMLInputElement
          ).click()}
      >
        ${t.t('keep.open')}
      </button>
      ${resume?.buttons ?? nothing}
    </div>
    ${
      keep.pending
        ? html`<div part="notice" class="nw-notice confirm" role="group" aria-labelledby="keep-replace">
            <p id="keep-replace" tabindex="-1">${keep.pending.intro} ${t.t('keep.replace')}</p>
            <div class="keep-actions">
              <button class="nw-button nw-button--warning" @click=${() => keep.answer(true)}>
                ${t.t('keep.replace-yes')}
              </button>
              <button class="nw-button nw-button--secondary" @click=${() => keep.answer(false)}>
                ${t.t('keep.replace-no')}
              </button>
            </div>
          </div>`
        : nothing
    }
    ${
      notice
        ? html`<div part="notice" class="nw-notice nw-notice--${notice.kind}" id="keep-notice">
            <p>${notice.text}</p>
          </div>`
        : nothing
    }
    ${resume?.panel ?? nothing}
  </section>`;
}
