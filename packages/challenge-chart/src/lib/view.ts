/**
 * What the chart shows for a summary: the summary checked, its challenges and groups named in the
 * page's language, ordered and cut to `top`, laid out for the chart's width, with the notes under
 * it and the bars' keyboard targets. Pure: the element passes its options and measured room.
 */
import { challengeLabel, fieldLabels, type Catalogue, type FrequencySummary } from '@netweave/core';
import { checkSummary } from './check.js';
import { disclosureNotes, suppressedText } from './disclosure.js';
import { barLabel, tickText, valueText, type ChartLocalizer } from './format.js';
import { hitItems, type HitItem } from './hits.js';
import { layoutChart, type ChartLayout, type Spacing } from './layout.js';
import { buildModel, type ChartModel, type GroupLayout, type Measure, type SortOrder } from './model.js';

export interface ViewOptions {
  readonly sort: SortOrder;
  readonly top: number;
  readonly measure: Measure;
  readonly groupLayout: GroupLayout;
  /** The chart's title. */
  readonly title: string;
  /** The chart's width in px. */
  readonly width: number;
  readonly spacing?: Spacing | undefined;
  /** Catalogues whose challenge labels name the bars in Welsh, the page's own first. */
  readonly catalogues: readonly Catalogue[];
}

export interface View {
  readonly model: ChartModel;
  readonly layout: ChartLayout;
  readonly hits: HitItem[];
  /** The summary as checked (not yet named in the page's language). */
  readonly summary: FrequencySummary;
  /** What * means and whether counts are rounded: under the data table, in the chart's words. */
  readonly notes: string[];
  /** Why a suppressed value is not shown (a hidden bar's name and tooltip). */
  readonly hidden: string;
}

/** The chart for `input`, the messages saying why it cannot be drawn, or that it has no bars. */
export type ViewResult = { error: string[] } | { empty: true } | { view: View };

/** Challenge names from the catalogues (English keeps the summary's), group names from core's. */
function namesFor(l: ChartLocalizer, catalogues: readonly Catalogue[], groupBy: string | undefined) {
  const challenges = new Map(
    catalogues.flatMap((c) => c.challenges.map((ch) => [ch.id, ch] as const)).reverse(),
  );
  const fields = fieldLabels[l.locale] as Record<string, Record<string, string>>;
  return {
    challenge: (id: string, fallback: string) => {
      const ch = challenges.get(id);
      return l.locale === 'en' || !ch ? fallback || id : challengeLabel(ch, l.locale);
    },
    group: (key: string, fallback: string) => (groupBy && fields[groupBy]?.[key]) || fallback || key,
  };
}

export function chartView(input: unknown, l: ChartLocalizer, o: ViewOptions): ViewResult {
  const checked = checkSummary(input, l, o.catalogues);
  if (!checked.ok) return { error: checked.messages };
  const summary = checked.summary;
  const names = namesFor(l, o.catalogues, summary.groupBy);
  const localised: FrequencySummary = summary.groups
    ? { ...summary, groups: summary.groups.map((g) => ({ ...g, label: names.group(g.key, g.label) })) }
    : summary;
  const model = buildModel(localised, {
    sort: o.sort === 'catalogue' ? 'catalogue' : 'frequency',
    top: o.top,
    measure: o.measure === 'count' ? 'count' : 'percent',
    groupLayout: o.groupLayout === 'multiples' ? 'multiples' : 'grouped',
    labelFor: names.challenge,
  });
  if (!model.data.length) return { empty: true };
  const measure = model.measure;
  // What * means and whether counts are rounded: under the chart, in its description and
  // under the data table, in the same words.
  const disclosure = disclosureNotes(l, summary, model.anySuppressed);
  const hidden = suppressedText(l, summary);
  const notes = [...disclosure, model.data.some((d) => d.interval) ? l.t('note.interval') : ''].filter(
    Boolean,
  );
  const layout = layoutChart(model, {
    width: o.width || 640,
    title: o.title,
    axisTitle: l.t(measure === 'count' ? 'axis.count' : 'axis.percent'),
    notes,
    valueText: (d) => valueText(l, d, measure),
    tickText: (v) => tickText(l, v, measure),
    spacing: o.spacing,
  });
  const hits = hitItems(layout, model.mode === 'grouped', (b) => barLabel(l, b.datum, measure, hidden));
  return { view: { model, layout, hits, summary, notes: disclosure, hidden } };
}
