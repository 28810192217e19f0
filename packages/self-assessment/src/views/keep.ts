/**
 * "Save it and come back": save to a file and open a saved file, and (on a page connected to a
 * collector that keeps resume entries) continue on another device with a code. Loaded on demand,
 * with its wording, its styles and its controllers.
 */
import { css, html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  DEFAULT_CATALOGUE,
  type ConfigController,
  type LanguageController,
  type Localizer,
} from '@netweave/core';
import type { AnnounceController } from '../announce-controller.js';
import type { AnswersController } from '../answers-controller.js';
import type { CatalogueController } from '../catalogue-controller.js';
import type { FlowController } from '../flow-controller.js';
import { KeepController, type KeepHost } from '../keep-controller.js';
import { ResumeController } from '../resume-controller.js';
import type { Strings } from '../strings.js';
import { keepCy, keepEn } from './keep-strings.js';

export const keepStrings = { en: keepEn, cy: keepCy };

/** The element's own controllers, as it hands them over. */
export interface KeepElement {
  data: AnswersController;
  flow: FlowController;
  announcer: AnnounceController;
  lang: LanguageController<Strings>;
  config: ConfigController;
  cat: CatalogueController;
}

/** The controllers of this part, made once per element when it has loaded; they bring their styles. */
export function keepParts(
  host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  e: KeepElement,
) {
  const h: KeepHost = {
    data: e.data,
    store: () => e.config.store,
    session: () => e.config.session,
    t: () => e.lang.t,
    catalogue: () => e.cat.catalogue ?? DEFAULT_CATALOGUE,
    say: (text) => e.announcer.say(text),
    go: (phase, step) => e.flow.go(phase, step),
    focus: (selector) => e.flow.focus(selector),
  };
  const root = host.renderRoot as ShadowRoot;
  const sheet = keepStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const keep = new KeepController(host, h);
  return { keep, resume: new ResumeController(host, h, keep) };
}
export type KeepParts = ReturnType<typeof keepParts>;

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
  .resume,
  .resume-enter {
    margin-bottom: 1rem;
  }
  .resume-code {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.1em;
    font-variant-numeric: tabular-nums;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    word-spacing: 0.2em;
  }
  .resume svg {
    display: block;
    width: 12rem;
    max-width: 100%;
    height: auto;
    margin-bottom: 1rem;
  }
  #resume-code {
    max-width: 16rem;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    text-transform: uppercase;
  }
  .field--error {
    border-left: 4px solid var(--_nw-error);
    padding-left: 1rem;
  }
  .field--error input {
    border-color: var(--_nw-error);
  }
  @media (forced-colors: active) {
    .resume svg rect {
      fill: Canvas;
    }
    .resume svg path {
      fill: CanvasText;
    }
  }
  @media print {
    .keep {
      display: none;
    }
  }
`;

export interface KeepView {
  t: Localizer<Strings>;
  parts: KeepParts;
}

export function renderKeep({ t, parts }: KeepView): TemplateResult {
  const { keep, resume } = parts;
  const withCode = resume.available;
  const notice = keep.notice ?? resume.notice;
  return html`<section
    part="keep"
    class="keep"
    aria-labelledby="keep-h"
    aria-busy=${keep.reading || (resume.busy && resume.busy !== 'saving') ? 'true' : 'false'}
  >
    <h3 id="keep-h">${t.t('keep.title')}</h3>
    <p>${t.t(withCode ? 'keep.intro-resume' : 'keep.intro')}</p>
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
      ${
        withCode && !resume.active
          ? html`<button
              id="resume-start"
              class="nw-button nw-button--secondary"
              @click=${() => resume.start()}
            >
              ${t.t(resume.busy === 'making' ? 'resume.making' : 'resume.start')}
            </button>`
          : nothing
      }
      ${
        withCode
          ? html`<button
              id="resume-have"
              class="nw-button nw-button--secondary"
              aria-expanded=${resume.entering ? 'true' : 'false'}
              @click=${() => (resume.entering ? resume.cancel() : resume.enter())}
            >
              ${t.t('resume.have')}
            </button>`
          : nothing
      }
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
    ${resume.entering ? renderEnter(t, resume) : nothing} ${resume.active ? renderCode(t, resume) : nothing}
  </section>`;
}

/** The code made here: large, in groups, as a QR code, with its expiry and "Delete it now". */
function renderCode(t: Localizer<Strings>, resume: ResumeController): TemplateResult {
  const { code, expiresAt } = resume.active!;
  const qr = resume.qr;
  return html`<div class="resume" part="resume">
    <h4 id="resume-h" tabindex="-1">${t.t('resume.title')}</h4>
    <p class="resume-code">${code.split('-').map((group) => html`<span>${group}</span> `)}</p>
    ${
      qr
        ? html`<svg
            viewBox="0 0 ${qr.size} ${qr.size}"
            role="img"
            aria-label=${t.t('resume.qr')}
            shape-rendering="crispEdges"
          >
            ${svg`<rect width=${qr.size} height=${qr.size} fill="#fff"></rect><path d=${qr.path} fill="#000"></path>`}
          </svg>`
        : nothing
    }
    <p>${t.t('resume.explain')}</p>
    <p>${t.t('resume.kept', { date: t.date(expiresAt) })}</p>
    <p class="resume-sync">
      ${t.t(resume.busy === 'saving' ? 'resume.saving' : resume.behind ? 'resume.retry-later' : 'resume.up-to-date')}
    </p>
    <div class="keep-actions">
      ${
        resume.behind
          ? html`<button class="nw-button nw-button--secondary" @click=${() => resume.resave()}>
              ${t.t('resume.retry')}
            </button>`
          : nothing
      }
      <button id="resume-delete" class="nw-button nw-button--warning" @click=${() => resume.remove()}>
        ${t.t(resume.busy === 'deleting' ? 'resume.deleting' : 'resume.delete')}
      </button>
    </div>
  </div>`;
}

/** "I have a code": the field, its hint and what is wrong with what was typed. */
function renderEnter(t: Localizer<Strings>, resume: ResumeController): TemplateResult {
  const problem = resume.problem;
  return html`<form
    class="resume-enter"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      void resume.restore();
    }}
  >
    ${resume.fromLink ? html`<p>${t.t('resume.from-link')}</p>` : nothing}
    <div class=${problem ? 'field field--error' : 'field'}>
      <label for="resume-code">${t.t('resume.label')}</label>
      <p class="hint" id="resume-code-hint">${t.t('resume.hint')}</p>
      ${
        problem
          ? html`<p class="error" id="resume-code-error">
              <span class="nw-visually-hidden">${t.t('error.prefix')}</span> ${problem}
            </p>`
          : nothing
      }
      <input
        id="resume-code"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby=${problem ? 'resume-code-hint resume-code-error' : 'resume-code-hint'}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(resume.typed)}
        @input=${(e: Event) => (resume.typed = (e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="keep-actions">
      <button class="nw-button" type="submit">
        ${t.t(resume.busy === 'restoring' ? 'resume.restoring' : 'resume.restore')}
      </button>
      <button class="nw-button nw-button--secondary" type="button" @click=${() => resume.cancel()}>
        ${t.t('resume.cancel')}
      </button>
    </div>
  </form>`;
}
