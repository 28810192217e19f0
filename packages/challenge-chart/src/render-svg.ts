/**
 * The chart's SVG as Lit templates: Lit owns every element; D3 only computed the geometry.
 * Rows and bars are keyed (`repeat`) so an update moves the same elements (object constancy)
 * and CSS transitions animate them. Only SVG attributes and classes: no style attributes.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { HitItem } from './lib/hits.js';
import type { BarLayout, ChartLayout, RowLayout } from './lib/layout.js';
import { LINE } from './lib/layout.js';

export const TITLE_ID = 'nw-cc-title';
export const DESC_ID = 'nw-cc-desc';
const r = (n: number) => Math.round(n * 100) / 100;

/** Patterns for groups 2–4 (group 1 is solid) and the hatch of a suppressed value. */
const defs = svg`<defs>
  <pattern id="nw-cc-pattern-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="p1" width="6" height="6"></rect><path class="pattern-mark" d="M0,0V6"></path>
  </pattern>
  <pattern id="nw-cc-pattern-2" width="6" height="6" patternUnits="userSpaceOnUse">
    <rect class="p2" width="6" height="6"></rect><circle class="pattern-dot" cx="3" cy="3" r="1.4"></circle>
  </pattern>
  <pattern id="nw-cc-pattern-3" width="8" height="8" patternUnits="userSpaceOnUse">
    <rect class="p3" width="8" height="8"></rect><path class="pattern-mark" d="M0,4H8M4,0V8"></path>
  </pattern>
  <pattern id="nw-cc-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <path class="hatch-line" d="M0,0V5"></path>
  </pattern>
</defs>`;

export const groupFill = (index: number): string | undefined => {
  const k = index % 4;
  return k === 0 ? undefined : `url(#nw-cc-pattern-${k})`;
};

function lines(list: readonly string[], x: number, y: number, step: number, cls: string): SVGTemplateResult {
  return svg`<text class=${cls}>${list.map((line, i) => svg`<tspan x=${r(x)} y=${r(y + i * step)}>${line}</tspan>`)}</text>`;
}

/** The interval line, over a light halo so it stays visible across a dark bar. */
const whiskerPath = (d: string) =>
  svg`<path class="whisker-halo" d=${d}></path><path class="whisker" d=${d}></path>`;

function bar(b: BarLayout): SVGTemplateResult {
  const d = b.datum;
  const mid = b.y + b.height / 2;
  const fill = groupFill(d.groupIndex);
  const mark = d.suppressed
    ? svg`<rect class="suppressed-mark" x=${r(b.x + 1)} y=${r(b.y + 1)} width=${b.height - 2} height=${b.height - 2} fill="url(#nw-cc-hatch)"></rect>`
    : d.value === null
      ? nothing
      : svg`<rect class=${fill ? 'bar' : 'bar solid'} x=${r(b.x)} y=${r(b.y)} width=${r(Math.max(0, b.width))} height=${b.height} fill=${fill ?? nothing}></rect>`;
  const whisker =
    b.lowX !== null && b.highX !== null
      ? whiskerPath(
          `M${r(b.lowX)},${r(mid - 5)}v10M${r(b.lowX)},${r(mid)}H${r(b.highX)}M${r(b.highX)},${r(mid - 5)}v10`,
        )
      : nothing;
  return svg`<g class=${`series g${d.groupIndex % 4}${d.suppressed ? ' is-suppressed' : ''}`}>
    ${mark}${whisker}
    <g class="mark-row" transform=${`translate(${r(b.textX)},0)`}><text class="value" y=${r(mid + 4.5)}>${b.text}</text></g>
  </g>`;
}

function row(rowLayout: RowLayout): SVGTemplateResult {
  return svg`<g class="row" data-key=${rowLayout.key} transform=${`translate(0,${r(rowLayout.y)})`}>
    ${lines(rowLayout.labelLines, rowLayout.labelX, rowLayout.labelY, LINE.label, rowLayout.labelX > 10 ? 'label end' : 'label')}
    ${repeat(rowLayout.bars, (b) => b.datum.key, bar)}
  </g>`;
}

export interface SvgOptions {
  readonly title: string;
  readonly summary: string;
  readonly listLabel: string;
  readonly grouped: boolean;
  readonly hits: readonly HitItem[];
  readonly activeKey: string | null;
  readonly focusKey: string | null;
  /** The tooltip, drawn by render-tooltip.ts (loaded after the first chart), over everything. */
  readonly tooltip: SVGTemplateResult | null;
}

export function renderSvg(layout: ChartLayout, o: SvgOptions): SVGTemplateResult {
  const { width, height } = layout;
  return svg`<svg class="plot" part="svg" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`}>
    ${defs}
    <g class="marks" role="img" aria-labelledby=${TITLE_ID} aria-describedby=${DESC_ID}>
      <title id=${TITLE_ID}>${o.title}</title>
      <desc id=${DESC_ID}>${o.summary}</desc>
      ${lines(layout.titleLines, 4, 4 + LINE.title - 5, LINE.title, 'title')}
      ${layout.legend.map(
        (item) => svg`<g class="legend-item" transform=${`translate(${r(item.x)},${r(item.y)})`}>
          <rect class=${item.index % 4 === 0 ? 'swatch solid' : 'swatch'} width="18" height="14" y="2" fill=${groupFill(item.index) ?? nothing}></rect>
          ${
            item.lines.length > 1
              ? lines(item.lines, 24, 14, LINE.label, 'legend-label')
              : svg`<text class="legend-label" x="24" y="14">${item.label}</text>`
          }
        </g>`,
      )}
      ${layout.panels.map(
        (p) => svg`<g class="panel">
          ${p.titleLines.length ? lines(p.titleLines, 4, p.y + LINE.label - 4, LINE.label, 'panel-title') : nothing}
          <g class="axis">${layout.ticks.map(
            (
              t,
              i,
            ) => svg`<line class=${i === 0 ? 'grid zero' : 'grid'} x1=${r(t.x)} x2=${r(t.x)} y1=${r(p.top)} y2=${r(p.bottom)}></line>
              <text class="tick" x=${r(t.x)} y=${r(p.bottom + 14)} text-anchor=${i === 0 && layout.narrow ? 'start' : i === layout.ticks.length - 1 && layout.narrow ? 'end' : 'middle'}>${t.label}</text>`,
          )}</g>
          ${repeat(p.rows, (rw) => rw.key, row)}
        </g>`,
      )}
      ${lines(layout.axisTitle.lines, 4, layout.axisTitle.y, LINE.note, 'axis-title')}
      ${layout.notes.map((n) => svg`<text class="note" x="4" y=${r(n.y)}>${n.text}</text>`)}
    </g>
    <g class="hits" role="list" aria-label=${o.listLabel}>
      ${repeat(
        o.hits,
        (h) => h.key,
        (
          h,
        ) => svg`<g class=${h.key === o.activeKey ? 'hit-item active' : 'hit-item'} role="listitem" data-key=${h.key}
            tabindex=${h.key === o.focusKey ? '0' : '-1'} aria-label=${h.label} transform=${`translate(0,${r(h.y)})`}>
            <rect class="hit" width=${width} height=${r(h.height)}></rect>
            <rect class="focus-halo" x="1.5" y="1.5" width=${width - 3} height=${r(Math.max(0, h.height - 3))} rx="2"></rect>
            <rect class="focus-ring" x="1.5" y="1.5" width=${width - 3} height=${r(Math.max(0, h.height - 3))} rx="2"></rect>
          </g>`,
      )}
    </g>
    ${o.tooltip ?? nothing}
  </svg>`;
}
