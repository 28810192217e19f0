/** The data table: the same figures as the bars, with the same suppression. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartLocalizer } from './lib/format.js';
import type { ChartModel, Datum } from './lib/model.js';

export function renderTable(l: ChartLocalizer, model: ChartModel, note: string | null): TemplateResult {
  const grouped = model.mode !== 'single';
  const star = (d: Datum, value: string) => (d.suppressed ? l.t('value.suppressed') : value);
  const n = (v: number | null) => (v === null ? '–' : l.number(v));
  return html`<table part="table">
      <caption>
        ${l.t('table.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${l.t('table.challenge')}</th>
          ${grouped ? html`<th scope="col">${l.t('table.group')}</th>` : nothing}
          <th scope="col" class="num">${l.t('table.identified')}</th>
          <th scope="col" class="num">${l.t('table.base')}</th>
          <th scope="col" class="num">${l.t('table.percent')}</th>
          <th scope="col" class="num">${l.t('table.interval')}</th>
        </tr>
      </thead>
      <tbody>
        ${model.data.map(
          (d) =>
            html`<tr data-key=${d.key}>
              <th scope="row">${d.label}</th>
              ${grouped ? html`<td>${d.groupLabel}</td>` : nothing}
              <td class="num">${star(d, n(d.identified))}</td>
              <td class="num">${star(d, n(d.base))}</td>
              <td class="num">${star(d, d.proportion === null ? '–' : l.percent(d.proportion))}</td>
              <td class="num">
                ${star(d, d.interval ? l.t('table.interval.value', { low: l.percent(d.interval[0]), high: l.percent(d.interval[1]) }) : '–')}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${note ? html`<p class="table-note">${note}</p>` : nothing}`;
}
