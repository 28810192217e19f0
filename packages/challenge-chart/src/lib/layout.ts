/**
 * Geometry of the chart for a given width: wrapped labels, rows, bars, whiskers, axis ticks,
 * legend and notes. Pure and deterministic (text widths are estimated, never measured), so the
 * same data and width always give the same SVG: golden tests rely on it.
 */
import { range } from 'd3-array';
import { zeroScale } from './scale.js';
import type { ChartModel, Datum } from './model.js';

export const FONT = { label: 14, value: 13, tick: 12, title: 17, note: 13 } as const;
export const LINE = { label: 18, value: 16, title: 22, note: 18 } as const;
/** Below this width labels go above the bars (phones). */
export const NARROW_WIDTH = 480;

/**
 * Extra space the page puts between letters and words, in px (CSS `letter-spacing` and
 * `word-spacing` inherited from the host: a reader's text-spacing override, WCAG 1.4.12).
 */
export interface Spacing {
  readonly letter: number;
  readonly word: number;
}

/** Estimated width of text in px (average glyph ≈ 0.55em for common sans-serif fonts), with spacing. */
export const textWidth = (text: string, size: number, spacing?: Spacing): number => {
  const extra = spacing ? text.length * spacing.letter + (text.split(' ').length - 1) * spacing.word : 0;
  return Math.ceil(text.length * size * 0.55 + extra);
};

/** Greedy word wrap to lines no wider than `width` px; a word longer than a line is split. */
export function wrap(text: string, width: number, size: number, spacing?: Spacing): string[] {
  const perChar = size * 0.55 + (spacing?.letter ?? 0);
  const max = Math.max(4, Math.floor(width / perChar));
  // Without spacing, by character count (as the golden files were made); with it, by width.
  const fits = (t: string) => (spacing ? textWidth(t, size, spacing) <= width : t.length <= max);
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, max - 1) + '-');
      word = word.slice(max - 1);
    }
    const next = line ? `${line} ${word}` : word;
    if (!fits(next) && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface BarLayout {
  readonly datum: Datum;
  /** Top of the bar, relative to its row. */
  readonly y: number;
  readonly height: number;
  readonly x: number;
  /** 0 for a suppressed or empty value (no bar is drawn). */
  readonly width: number;
  readonly lowX: number | null;
  readonly highX: number | null;
  /** Where the value text starts (after the bar and its whisker). */
  readonly textX: number;
  readonly text: string;
}

export interface RowLayout {
  readonly id: string;
  readonly key: string;
  readonly y: number;
  readonly height: number;
  readonly labelLines: readonly string[];
  readonly labelX: number;
  /** Baseline of the first label line, relative to the row. */
  readonly labelY: number;
  readonly bars: readonly BarLayout[];
}

export interface PanelLayout {
  readonly key: string;
  readonly titleLines: readonly string[];
  readonly y: number;
  /** Where the rows start and end (the grid lines span this), relative to the chart. */
  readonly top: number;
  readonly bottom: number;
  readonly rows: readonly RowLayout[];
}

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  /** The label wrapped to the chart's width (one line unless it would not fit). */
  readonly lines: readonly string[];
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly titleLines: readonly string[];
  readonly legend: readonly LegendItem[];
  readonly panels: readonly PanelLayout[];
  readonly ticks: readonly { x: number; label: string }[];
  readonly axisTitle: { readonly y: number; readonly lines: readonly string[] };
  readonly notes: readonly { readonly y: number; readonly text: string }[];
  /** The spacing the text was measured with (the tooltip uses it too). */
  readonly spacing?: Spacing | undefined;
}

export interface LayoutOptions {
  width: number;
  title: string;
  axisTitle: string;
  notes: readonly string[];
  /** Text after each bar ("42% of 57"). */
  valueText: (d: Datum) => string;
  tickText: (value: number) => string;
  /** The page's letter and word spacing (none: the browser's default). */
  spacing?: Spacing | undefined;
}

const PAD = 4;
const GAP = 10;

export function layoutChart(model: ChartModel, options: LayoutOptions): ChartLayout {
  const width = Math.max(200, Math.round(options.width));
  const sp = options.spacing;
  const narrow = width < NARROW_WIDTH;
  const grouped = model.mode === 'grouped';
  const barHeight = grouped ? 18 : narrow ? 18 : 22;
  const barGap = grouped ? 6 : 0;
  const perRow = grouped ? model.groups.length : 1;
  const barsHeight = perRow * barHeight + (perRow - 1) * barGap;

  const labelWidth = narrow ? width - 2 * PAD : Math.min(240, Math.max(110, Math.round(width * 0.3)));
  const longestValue = Math.max(0, ...model.data.map((d) => textWidth(options.valueText(d), FONT.value, sp)));
  const plotLeft = narrow ? PAD : labelWidth + 2 * PAD + 8;
  const valueRoom = Math.min(longestValue + 12, Math.round((width - plotLeft) * 0.45));
  const plotRight = Math.max(plotLeft + 40, width - valueRoom - PAD);
  const x = zeroScale(model.max, plotLeft, plotRight, model.measure === 'count');

  let y = PAD;
  const titleLines = wrap(options.title, width - 2 * PAD, FONT.title, sp);
  y += titleLines.length * LINE.title + 6;

  // Legend: one swatch (pattern, not colour alone) and label per group, wrapping across lines.
  const legend: LegendItem[] = [];
  if (grouped) {
    let lx = PAD;
    let lineHeight: number = LINE.label;
    const room = width - 2 * PAD - 24;
    for (const [index, g] of model.groups.entries()) {
      // A label longer than the chart is wide (a phone) wraps beside its swatch.
      const lines =
        textWidth(g.label, FONT.label, sp) > room ? wrap(g.label, room, FONT.label, sp) : [g.label];
      const w = 18 + 6 + Math.max(...lines.map((l) => textWidth(l, FONT.label, sp))) + 16;
      if (lx > PAD && lx + w > width - PAD) {
        lx = PAD;
        y += lineHeight + 6;
        lineHeight = LINE.label;
      }
      legend.push({ key: g.key, label: g.label, lines, index, x: lx, y });
      lineHeight = Math.max(lineHeight, lines.length * LINE.label);
      lx += w;
    }
    y += lineHeight + 10;
  }

  const panels: PanelLayout[] = [];
  for (const panel of model.panels) {
    const panelY = y;
    const panelTitle = panel.label ? wrap(panel.label, width - 2 * PAD, FONT.label + 1, sp) : [];
    y += panelTitle.length * LINE.label + (panelTitle.length ? 6 : 0);
    const top = y;
    const rows: RowLayout[] = [];
    for (const row of panel.rows) {
      const labelLines = wrap(row.label, labelWidth, FONT.label, sp);
      const labelBlock = labelLines.length * LINE.label;
      let height: number;
      let barsTop: number;
      let labelY: number;
      if (narrow) {
        barsTop = labelBlock + 4;
        height = barsTop + barsHeight + GAP;
        labelY = LINE.label - 4;
      } else {
        height = Math.max(labelBlock, barsHeight) + GAP;
        barsTop = (height - GAP - barsHeight) / 2;
        labelY = (height - GAP - labelBlock) / 2 + LINE.label - 4;
      }
      const bars = row.data.map((d, i): BarLayout => {
        const by = barsTop + i * (barHeight + barGap);
        const x0 = x(0);
        const x1 = d.value === null ? x0 : x(Math.min(d.value, x.max));
        const lowX = d.low === null ? null : x(d.low);
        const highX = d.high === null ? null : x(Math.min(d.high, x.max));
        const end = Math.max(x1, highX ?? x1, d.value === null ? x0 + barHeight : x0);
        return {
          datum: d,
          y: by,
          height: barHeight,
          x: x0,
          width: x1 - x0,
          lowX,
          highX,
          textX: end + 6,
          text: options.valueText(d),
        };
      });
      rows.push({
        id: row.id,
        key: `${panel.key}|${row.id}`,
        y,
        height,
        labelLines,
        labelX: narrow ? PAD : labelWidth + PAD,
        labelY,
        bars,
      });
      y += height;
    }
    const bottom = y;
    y += 20; // tick labels
    panels.push({ key: panel.key, titleLines: panelTitle, y: panelY, top, bottom, rows });
    y += 8;
  }

  const count = narrow ? 3 : 5;
  const tickValues = model.measure === 'percent' ? range(0, 1.0001, 1 / (count - 1)) : x.ticks(count);
  const ticks = tickValues.map((v) => ({ x: x(v), label: options.tickText(v) }));

  const axisLines = wrap(options.axisTitle, width - 2 * PAD, FONT.note, sp);
  const axisTitle = { y: y + LINE.note - 4, lines: axisLines };
  y += axisLines.length * LINE.note + 8;

  const notes: { y: number; text: string }[] = [];
  for (const note of options.notes) {
    for (const line of wrap(note, width - 2 * PAD, FONT.note, sp)) {
      notes.push({ y: y + LINE.note - 4, text: line });
      y += LINE.note;
    }
  }
  return {
    width,
    height: Math.ceil(y + PAD),
    narrow,
    plotLeft,
    plotRight,
    titleLines,
    legend,
    panels,
    ticks,
    axisTitle,
    notes,
    spacing: sp,
  };
}
