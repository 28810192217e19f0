/**
 * The tooltip of one bar, drawn in the chart's SVG beside that bar and clear of the other bars'
 * values (lib/tooltip.ts). Loaded on demand: the element fetches this module after its first
 * chart, so pages pay for it only once a chart is up (a separate chunk of the CDN build).
 */
import { svg, type SVGTemplateResult } from 'lit';
import { valueText, type ChartLocalizer } from './lib/format.js';
import { LINE, type ChartLayout } from './lib/layout.js';
import type { Measure } from './lib/model.js';
import { layoutTooltip } from './lib/tooltip.js';

const r = (n: number) => Math.round(n * 100) / 100;

export interface Tooltip {
  /** The bar it belongs to (it is placed beside that bar, clear of the other bars' values). */
  readonly key: string;
  readonly lines: readonly { text: string; strong?: boolean }[];
}

function tooltip(t: Tooltip, layout: ChartLayout): SVGTemplateResult | null {
  const box = layoutTooltip(layout, t.key, t.lines);
  if (!box) return null;
  const { x, y, w, h, lines: wrapped } = box;
  return svg`<g class="tooltip" aria-hidden="true" transform=${`translate(${r(x)},${r(y)})`}>
    <rect class="tooltip-box" width=${r(w)} height=${h} rx="3"></rect>
    ${wrapped.map((l, i) => svg`<text class=${l.strong ? 'tooltip-text strong' : 'tooltip-text'} x="10" y=${r(6 + LINE.value * (i + 1) - 4)}>${l.text}</text>`)}
  </g>`;
}

/** The tooltip for the bar `key`: label, group, value (or why it is hidden) and interval. */
export function tooltipFor(
  layout: ChartLayout,
  key: string,
  l: ChartLocalizer,
  measure: Measure,
  hidden: string,
): Tooltip | null {
  for (const p of layout.panels) {
    for (const row of p.rows) {
      const b = row.bars.find((bar) => bar.datum.key === key);
      if (!b) continue;
      const d = b.datum;
      const lines: Tooltip['lines'][number][] = [{ text: d.label, strong: true }];
      if (d.groupLabel) lines.push({ text: d.groupLabel });
      lines.push({ text: d.suppressed ? hidden : valueText(l, d, measure) });
      if (d.interval) {
        lines.push({
          text: l.t('tooltip.interval', { low: l.percent(d.interval[0]), high: l.percent(d.interval[1]) }),
        });
      }
      return { key, lines };
    }
  }
  return null;
}

/** The tooltip of bar `key` as SVG (null: no such bar). */
export function renderTooltip(
  layout: ChartLayout,
  key: string,
  l: ChartLocalizer,
  measure: Measure,
  hidden: string,
): SVGTemplateResult | null {
  const t = tooltipFor(layout, key, l, measure, hidden);
  return t ? tooltip(t, layout) : null;
}
