import { baseStyles } from '@netweave/core';
import { css, unsafeCSS } from 'lit';

/**
 * The SVG's own rules, kept as text: they are also inlined into an exported SVG (where `:host`
 * does not exist and the custom properties are written out with their on-screen values).
 */
export const svgCss = `
.title { font-size: 17px; font-weight: 700; fill: var(--_cc-text); }
.label, .legend-label, .panel-title { font-size: 14px; fill: var(--_cc-text); }
.label { paint-order: stroke; stroke: var(--_cc-surface); stroke-width: 3px; stroke-linejoin: round; }
.panel-title { font-weight: 700; }
.end { text-anchor: end; }
.value { font-size: 13px; fill: var(--_cc-text); font-variant-numeric: tabular-nums; }
.tick, .axis-title, .note { font-size: 12px; fill: var(--_cc-muted); }
.axis-title, .note { font-size: 13px; }
.grid { stroke: var(--_cc-grid); stroke-width: 1; shape-rendering: crispEdges; }
.grid.zero { stroke: var(--_cc-text); }
.bar { stroke: var(--_cc-text); stroke-width: 0.5; }
.solid { fill: var(--_cc-bar); }
.p1 { fill: var(--_cc-group-1); }
.p2 { fill: var(--_cc-group-2); }
.p3 { fill: var(--_cc-group-3); }
.pattern-mark { stroke: var(--_cc-surface); stroke-width: 2; fill: none; }
.pattern-dot { fill: var(--_cc-surface); }
.swatch { stroke: var(--_cc-text); stroke-width: 1; }
.whisker { stroke: var(--_cc-whisker); stroke-width: 1.5; fill: none; }
.whisker-halo { stroke: var(--_cc-surface); stroke-width: 4; fill: none; stroke-linecap: round; }
.suppressed-mark { stroke: var(--_cc-muted); stroke-width: 1.5; stroke-dasharray: 3 2; }
.hatch-line { stroke: var(--_cc-muted); stroke-width: 1.5; }
.row, .mark-row { transition: transform 300ms ease; }
.bar { transition: width 300ms ease; }
.whisker, .whisker-halo { transition: d 300ms ease; }
@media (prefers-reduced-motion: reduce) {
  .row, .mark-row, .bar, .whisker, .whisker-halo { transition: none; }
}
`;

export const styles = [
  ...baseStyles,
  css`
    /*
     * Text and surface are set together: the chart paints its own surface and the text colour
     * that goes with it, so that a host page's light text (a dark theme) is never drawn on the
     * chart's white. A partner theming it sets the pair (--netweave-colour-surface with
     * --netweave-colour-text, or the chart's own two); nhsuk-frontend's tokens come next, then
     * NHS white and NHS black. Secondary text, borders and notices are mixed from the pair.
     */
    :host {
      display: block;
      --_cc-surface: var(
        --netweave-challenge-chart-surface,
        var(--netweave-colour-surface, var(--nhsuk-card-background-colour, #ffffff))
      );
      --_cc-text: var(
        --netweave-challenge-chart-text,
        var(--netweave-colour-text, var(--nhsuk-text-colour, #212b32))
      );
      --_nw-text: var(--_cc-text);
      --_nw-surface: var(--_cc-surface);
      --_nw-text-secondary: var(
        --netweave-colour-text-secondary,
        color-mix(in srgb, var(--_cc-text) 78%, var(--_cc-surface))
      );
      --_nw-surface-alt: var(
        --netweave-colour-surface-alt,
        color-mix(in srgb, var(--_cc-text) 6%, var(--_cc-surface))
      );
      --_nw-border: var(
        --netweave-colour-border,
        color-mix(in srgb, var(--_cc-text) 18%, var(--_cc-surface))
      );
      color: var(--_cc-text);
      background-color: var(--_cc-surface);
      --_cc-bar: var(--netweave-challenge-chart-bar, var(--_nw-primary));
      --_cc-group-1: var(--netweave-challenge-chart-group-2, #330072);
      --_cc-group-2: var(--netweave-challenge-chart-group-3, #007f3b);
      --_cc-group-3: var(--netweave-challenge-chart-group-4, #7c2855);
      --_cc-whisker: var(--netweave-challenge-chart-whisker, var(--_cc-text));
      --_cc-grid: var(--netweave-challenge-chart-grid, var(--_nw-border));
      --_cc-muted: var(--netweave-challenge-chart-muted, var(--_nw-text-secondary));
    }
    :host([hidden]) {
      display: none;
    }
    figure {
      margin: 0;
    }
    svg.plot {
      display: block;
      max-width: 100%;
      height: auto;
    }
    .hit {
      fill: transparent;
      cursor: default;
    }
    .focus-ring,
    .focus-halo {
      fill: none;
      stroke: transparent;
    }
    .focus-halo {
      stroke-width: 8;
    }
    .focus-ring {
      stroke-width: 3;
    }
    .hit-item:focus-visible .focus-halo {
      stroke: var(--_nw-focus);
    }
    .hit-item:focus-visible .focus-ring,
    .hit-item.active .focus-ring {
      stroke: var(--_nw-focus-text);
    }
    .tooltip-box {
      fill: var(--_cc-surface);
      stroke: var(--_cc-text);
      stroke-width: 1;
    }
    .tooltip-text {
      font-size: 13px;
      fill: var(--_cc-text);
    }
    .tooltip-text.strong {
      font-weight: 700;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin-top: 0.75rem;
    }
    .toolbar .nw-button {
      min-height: 36px;
      padding: 0.25em 0.75em;
      font-weight: 400;
    }
    /* A download that could not be made: said under the buttons. */
    .toolbar + .nw-notice {
      margin: 0.75rem 0 0;
    }
    .table-wrap {
      margin-top: 0.75rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.5rem;
    }
    th,
    td {
      border-bottom: 1px solid var(--_nw-border);
      padding: 0.4rem 0.5rem;
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    td.num,
    th.num {
      text-align: end;
    }
    td.num {
      white-space: nowrap;
    }
    .table-note,
    .live-note {
      margin: 0.5rem 0 0;
      color: var(--_nw-text-secondary);
    }
    /*
     * Narrow (a phone at 320 px, or a narrow column): each row of the data table becomes a block
     * with the column names beside the figures, so nothing scrolls sideways. Roles are set on the
     * elements (render-table.ts), so that the table stays a table to screen readers; the column
     * names drawn here are for the eye only (the cells keep their headers).
     */
    .table-wrap {
      container-type: inline-size;
    }
    @container (max-width: 34rem) {
      table,
      caption,
      thead,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead tr {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tbody tr {
        border-bottom: 1px solid var(--_nw-border);
        padding: 0.4rem 0;
      }
      th,
      td,
      td.num {
        border: 0;
        padding: 0.1rem 0;
        text-align: start;
        white-space: normal;
      }
      tbody th {
        font-weight: 700;
      }
      td[data-label]::before {
        content: attr(data-label) ': ' / '';
        font-weight: 400;
      }
    }
    .nw-notice ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .error-heading {
      font-weight: 700;
      margin: 0;
    }
  `,
  unsafeCSS(svgCss),
  // Last, and scoped to .plot, so that it wins over the SVG rules above.
  css`
    @media (forced-colors: active) {
      .plot text,
      .plot .solid,
      .plot .p1,
      .plot .p2,
      .plot .p3 {
        fill: CanvasText;
      }
      .plot .pattern-dot,
      .plot .tooltip-box {
        fill: Canvas;
      }
      .plot .pattern-mark,
      .plot .whisker-halo,
      .plot .label {
        stroke: Canvas;
      }
      .plot .bar,
      .plot .whisker,
      .plot .grid,
      .plot .swatch,
      .plot .suppressed-mark,
      .plot .hatch-line,
      .plot .tooltip-box {
        stroke: CanvasText;
      }
      .hit-item:focus-visible .focus-halo {
        stroke: Canvas;
      }
      .hit-item:focus-visible .focus-ring,
      .hit-item.active .focus-ring {
        stroke: Highlight;
      }
    }
  `,
];
