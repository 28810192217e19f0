/** The data table: the same figures as the bars, with the same suppression. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartLocalizer } from './lib/format.js';
import type { ChartModel, Datum } from './lib/model.js';

/** `notes`: what * means and whether counts are rounded, in the words the chart uses. */
export function renderTable(l: ChartLocalizer, model: ChartModel, notes: readonly string[]): TemplateResult {
  const grouped = model.mode !== 'single';
  const star = (d: Datum, value: string) => (d.suppressed ? l.t('value.suppressed') : value);
  const n = (v: number | null) => (v === null ? '–' : l.number(v));
  const heads = {
    challenge: l.t('table.challenge'),
    group: l.t('table.group'),
    identified: l.t('table.identified'),
    base: l.t('table.base'),
    percent: l.t('table.percent'),
    interval: l.t('table.interval'),
  };
  // Explicit roles: on a narrow screen the rows are laid out as blocks (challenge-chart.styles.ts),
  // which some browsers would otherwise no longer expose as a table. `data-label` names the column
  // beside each figure there.
  return html`<table part="table" role="table">
      <caption>
        ${l.t('table.caption')}
      </caption>
      <thead>
        <tr role="row">
          <th scope="col" role="columnheader">${heads.challenge}</th>
          ${grouped ? html`<th scope="col" role="columnheader">${heads.group}</th>` : nothing}
          <th scope="col" role="columnheader" class="num">${heads.identified}</th>
          <th scope="col" role="columnheader" class="num">${heads.base}</th>
          <th scope="col" role="columnheader" class="num">${heads.percent}</th>
          <th scope="col" role="columnheader" class="num">${heads.interval}</th>
        </tr>
      </thead>
      <tbody>
        ${model.data.map(
          (d) =>
            html`<tr role="row" data-key=${d.key}>
              <th scope="row" role="rowheader">${d.label}</th>
              ${grouped ? html`<td role="cell" data-label=${heads.group}>${d.groupLabel}</td>` : nothing}
              <td role="cell" class="num" data-label=${heads.identified}>${star(d, n(d.identified))}</td>
              <td role="cell" class="num" data-label=${heads.base}>${star(d, n(d.base))}</td>
              <td role="cell" class="num" data-label=${heads.percent}>
                ${star(d, d.proportion === null ? '–' : l.percent(d.proportion))}
              </td>
              <td role="cell" class="num" data-label=${heads.interval}>
                ${star(d, d.interval ? l.t('table.interval.value', { low: l.percent(d.interval[0]), high: l.percent(d.interval[1]) }) : '–')}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${notes.map((note) => html`<p class="table-note">${note}</p>`)}`;
}
