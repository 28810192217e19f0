/**
 * Words and numbers for the chart: value labels ("42% of 57"), accessible names, the generated
 * text summary, the suppression note and the CSV of the figures shown. Pure: no DOM.
 */
import { SUMMARY_COLUMNS, toCsv, type Localizer } from '@netweave/core';
import type { chartEn } from '../strings.js';
import type { ChartModel, Datum, Measure } from './model.js';

export type ChartLocalizer = Localizer<
  Record<keyof typeof chartEn, string | import('@netweave/core').PluralMessage>
>;

/** "42% of 57", "24 of 57", "*" (suppressed) or "no ratings". */
export function valueText(l: ChartLocalizer, d: Datum, measure: Measure): string {
  if (d.suppressed) return l.t('value.suppressed');
  if (d.identified === null || d.base === null || d.base === 0 || d.proportion === null)
    return l.t('value.none');
  return measure === 'count'
    ? l.t('value.count', { identified: d.identified, base: d.base })
    : l.t('value.percent', { percent: l.percent(d.proportion), base: d.base });
}

export function tickText(l: ChartLocalizer, value: number, measure: Measure): string {
  return measure === 'percent' ? l.percent(value) : l.number(value);
}

/**
 * The accessible name of one bar, also its tooltip's first line. `hidden` says why a suppressed
 * value is not shown (src/lib/disclosure.ts: suppressedText).
 */
export function barLabel(l: ChartLocalizer, d: Datum, measure: Measure, hidden: string): string {
  const group = d.groupLabel ?? '';
  if (d.suppressed) {
    const value = hidden;
    return group
      ? l.t('aria.bar.group', { label: d.label, group, value })
      : l.t('aria.bar', { label: d.label, value });
  }
  const value = valueText(l, d, measure);
  if (d.interval) {
    const [lo, hi] = d.interval;
    const params = { label: d.label, group, value, low: l.percent(lo), high: l.percent(hi) };
    return group ? l.t('aria.bar.interval.group', params) : l.t('aria.bar.interval', params);
  }
  return group
    ? l.t('aria.bar.group', { label: d.label, group, value })
    : l.t('aria.bar', { label: d.label, value });
}

function summariseSeries(l: ChartLocalizer, data: readonly Datum[]): string {
  const shown = data.filter((d) => !d.suppressed && d.proportion !== null && d.base);
  const hidden = data.filter((d) => d.suppressed).length;
  const parts: string[] = [];
  if (!shown.length) {
    parts.push(l.t('summary.empty'));
  } else {
    const ranked = [...shown].sort((a, b) => b.proportion! - a.proportion!);
    const item = (d: Datum) =>
      l.t('summary.item', {
        label: d.label,
        value: l.t('value.percent', { percent: l.percent(d.proportion!), base: d.base! }),
      });
    const top = ranked.slice(0, 3);
    parts.push(l.t('summary.top', { items: top.map(item).join('; ') }));
    if (ranked.length > 3) parts.push(l.t('summary.bottom', { item: item(ranked[ranked.length - 1]!) }));
  }
  if (hidden) parts.push(l.t('summary.suppressed', { count: hidden }));
  return parts.join(' ');
}

/**
 * "Most often identified: Finding the time, 42% of 57 respondents; …" (per group when grouped),
 * then `notes` (what * means, rounding): the chart's description, so that a screen reader hears
 * what the notes drawn under the chart say.
 */
export function textSummary(l: ChartLocalizer, model: ChartModel, notes: readonly string[] = []): string {
  if (model.mode === 'single') return [summariseSeries(l, model.data), ...notes].join(' ');
  const out = [l.t('summary.groups', { groups: l.list(model.groups.map((g) => g.label)) })];
  for (const g of model.groups) {
    out.push(
      l.t('summary.group', {
        group: g.label,
        text: summariseSeries(
          l,
          model.data.filter((d) => d.group === g.key),
        ),
      }),
    );
  }
  return [...out, ...notes].join(' ');
}

/** The figures shown (after `top`, in display order), in core's summary CSV columns. */
export function figuresCsv(model: ChartModel): string {
  const rows = [[...SUMMARY_COLUMNS] as (string | number | boolean | null)[]];
  for (const d of model.data) {
    rows.push([
      d.group ?? '',
      d.id,
      d.label,
      d.identified,
      d.base,
      d.proportion,
      d.interval?.[0] ?? null,
      d.interval?.[1] ?? null,
      d.suppressed,
    ]);
  }
  return toCsv(rows);
}
