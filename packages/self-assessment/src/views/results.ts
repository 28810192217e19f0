/**
 * The results: top areas for action with resources, all answers, the comparison with an earlier
 * assessment, print and downloads. Loaded on demand (only needed once the person has finished), with
 * its own wording and styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  challengeDescription,
  download,
  challengeLabel,
  resourceTitle,
  responsesToCsv,
  safeHttpsUrl,
  scaleLabel,
  type AssessmentResponse,
  type Catalogue,
  type Challenge,
  type Localizer,
  type SubmissionState,
} from '@netweave/core';
import { printAlone } from '../lib/print-alone.js';
import { compare, topAreas } from '../lib/results.js';
import type { Strings } from '../strings.js';
import { resultsCy, resultsEn } from './results-strings.js';

export const resultsStrings = { en: resultsEn, cy: resultsCy };

/** Added to the element's shadow root when the results are loaded. */
export const resultsStyles = css`
  .top {
    padding: 0;
    list-style: none;
  }
  .top-area {
    background: var(--netweave-self-assessment-top-area-background, var(--_nw-surface));
    color: var(--_nw-on-surface);
    --_nw-text-secondary: var(--_nw-on-surface-secondary);
    --_nw-link: var(--_nw-on-surface-link);
    border: 1px solid var(--_nw-border);
    border-top: 4px solid var(--_nw-primary);
    padding: 1rem;
    margin-bottom: 1rem;
  }
  .resources li {
    margin-bottom: 0.5rem;
  }
  .answers {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 1rem;
  }
  .answers th,
  .answers td {
    text-align: left;
    padding: 0.5rem 1rem 0.5rem 0;
    border-bottom: 1px solid var(--_nw-border);
    vertical-align: top;
  }
  .answers tbody th {
    font-weight: normal;
  }
  .change--higher,
  .change--lower {
    font-weight: 600;
  }
  #compare {
    margin-bottom: 1rem;
  }
  @media (forced-colors: active) {
    .top-area {
      border-color: CanvasText;
    }
  }
  @media print {
    #compare,
    label[for='compare'] {
      display: none;
    }
    .top-area {
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
    }
  }
`;

export interface ResultsView {
  t: Localizer<Strings>;
  cat: Catalogue;
  /** The assessment just completed. */
  latest: AssessmentResponse;
  /** Every completed assessment on this device, oldest first (the latest included). */
  history: readonly AssessmentResponse[];
  /** The earlier assessment the person chose to compare with ('' for none). */
  compareId: string;
  /** What to say about the consented response (the announcer speaks it; this shows it). */
  submit: string | undefined;
  submitState: SubmissionState | undefined;
  onCompare(id: string): void;
  /** Start again and forget, after the given print and download buttons. */
  actions(own: TemplateResult): TemplateResult;
}

/** A rating as words: its scale label, "Not sure" for null, "Not answered" when missing. */
export function ratingText(cat: Catalogue, r: number | null | undefined, t: Localizer<Strings>): string {
  if (r === null) return t.t('unsure');
  const p = cat.scale.find((x) => x.value === r);
  return p ? scaleLabel(p, t.locale) : r === undefined ? t.t('unanswered') : String(r);
}

export function renderResults(v: ResultsView): TemplateResult {
  const { t, cat, latest } = v;
  const top = topAreas(latest, cat);
  const earlier = v.history.filter((h) => h.id !== latest.id).reverse();
  const chosen = earlier.find((h) => h.id === v.compareId);
  const changes = chosen ? compare(latest, chosen, cat) : undefined;
  const count = (k: string) => Object.values(changes ?? {}).filter((c) => c === k).length;
  const rating = top.rating === null ? '' : ratingText(cat, top.rating, t);
  const other = latest.otherChallenge;
  const day = (iso: string) => t.date(iso);
  return html`<p>${t.t('completed', { date: day(latest.submittedAt) })}</p>
    ${
      v.submit
        ? html`<div
            part="notice"
            class="nw-notice ${
              v.submitState === 'sent'
                ? 'nw-notice--success'
                : v.submitState === 'refused' || v.submitState === 'failed'
                  ? 'nw-notice--error'
                  : ''
            }"
          >
            <p>${v.submit}</p>
          </div>`
        : nothing
    }
    <h3>${t.t('top.title')}</h3>
    <p class="explain">
      ${
        top.rating === null
          ? t.t('top.none', { rating: ratingText(cat, cat.threshold, t) })
          : !top.challenges.length
            ? t.t('top.only-other', { text: other!.text, rating })
            : top.challenges.length + (top.other ? 1 : 0) > 1
              ? t.t('top.tie', { count: top.challenges.length + (top.other ? 1 : 0), rating })
              : t.t('top.one', { rating })
      }
      ${top.other && top.challenges.length ? t.t('top.other', { text: other!.text }) : nothing}
    </p>
    <ol class="top">
      ${top.challenges.map((c) => renderTopArea(t, c))}
    </ol>
    <h3>${t.t('answers.title')}</h3>
    ${
      earlier.length
        ? html`<p>${t.t('history.count', { count: v.history.length })}</p>
            <label for="compare">${t.t('compare')}</label>
            <select id="compare" @change=${(e: Event) => v.onCompare((e.target as HTMLSelectElement).value)}>
              <option value="">${t.t('compare.none')}</option>
              ${earlier.map(
                (h) =>
                  html`<option value=${h.id} ?selected=${h.id === v.compareId}>
                    ${t.t('compare.option', { date: day(h.submittedAt) })}
                  </option>`,
              )}
            </select>`
        : nothing
    }
    ${
      chosen
        ? html`<p class="compare-summary">
            ${t.t('compare.summary', { date: day(chosen.submittedAt), higher: count('higher'), lower: count('lower'), same: count('same') })}
          </p>`
        : nothing
    }
    <table part="answers" class="answers">
      <thead>
        <tr>
          <th scope="col">${t.t('challenge')}</th>
          <th scope="col">${t.t('your-rating')}</th>
          ${
            chosen
              ? html`<th scope="col">${t.t('then')}</th>
                  <th scope="col">${t.t('change')}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody>
        ${cat.challenges.map(
          (c) =>
            html`<tr>
              <th scope="row">${challengeLabel(c, t.locale)}</th>
              <td>${ratingText(cat, latest.ratings[c.id], t)}</td>
              ${
                chosen
                  ? html`<td>${ratingText(cat, chosen.ratings[c.id], t)}</td>
                      <td class="change change--${changes![c.id]}">${t.t(changes![c.id]!)}</td>`
                  : nothing
              }
            </tr>`,
        )}
        ${
          other?.text
            ? html`<tr>
                <th scope="row">${t.t('other.row', { text: other.text })}</th>
                <td>${ratingText(cat, other.rating, t)}</td>
                ${
                  chosen
                    ? html`<td></td>
                        <td></td>`
                    : nothing
                }
              </tr>`
            : nothing
        }
      </tbody>
    </table>
    ${v.actions(
      html`<button
          class="nw-button nw-button--secondary"
          @click=${(e: Event) => printAlone(((e.currentTarget as Element).getRootNode() as ShadowRoot).host as HTMLElement)}
        >
          ${t.t('print')}
        </button>
        <button
          class="nw-button nw-button--secondary"
          @click=${() =>
            download(
              `self-assessment-${latest.submittedAt.slice(0, 10)}.csv`,
              responsesToCsv([latest], cat),
              'text/csv;charset=utf-8',
            )}
        >
          ${t.t('csv')}
        </button>`,
    )} `;
}

function renderTopArea(t: Localizer<Strings>, c: Challenge) {
  const label = challengeLabel(c, t.locale);
  const links = c.resources.filter((r) => safeHttpsUrl(r.url));
  return html`<li part="top-area" class="top-area">
    <h4>${label}</h4>
    ${challengeDescription(c, t.locale) ? html`<p>${challengeDescription(c, t.locale)}</p>` : nothing}
    ${
      links.length
        ? html`<ul class="resources" aria-label=${t.t('resources', { label })}>
            ${links.map((r) => html`<li part="resource"><a href=${safeHttpsUrl(r.url)!}>${resourceTitle(r, t.locale)}</a></li>`)}
          </ul>`
        : html`<p>${t.t('no-resources')}</p>`
    }
  </li>`;
}
