/**
 * Where a bar's tooltip goes: beside that bar, never over another bar or its value ("42% of 57"),
 * preferably not over labels or ticks either, and inside the chart. A small search over positions
 * near the bar, each scored by what it would cover and how far it is from the bar. Pure and
 * deterministic (text widths are estimated as in the layout).
 */
import { FONT, LINE, textWidth, wrap, type ChartLayout, type Spacing } from './layout.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

const pad = (b: Box, p: number): Box => ({ x: b.x - p, y: b.y - p, w: b.w + 2 * p, h: b.h + 2 * p });

/** What each bar shows, in chart coordinates: its bar or marker, whisker and value text. */
export function valueBoxes(layout: ChartLayout, spacing?: Spacing): { key: string; box: Box }[] {
  const out: { key: string; box: Box }[] = [];
  for (const p of layout.panels) {
    for (const row of p.rows) {
      for (const b of row.bars) {
        const end = b.textX + textWidth(b.text, FONT.value, spacing);
        out.push({ key: b.datum.key, box: { x: b.x, y: row.y + b.y, w: end - b.x, h: b.height } });
      }
    }
  }
  return out;
}

/** Labels, panel titles and ticks: better left uncovered, but not values. */
function softBoxes(layout: ChartLayout, spacing?: Spacing): Box[] {
  const out: Box[] = [];
  for (const p of layout.panels) {
    for (const row of p.rows) {
      const w = Math.max(...row.labelLines.map((l) => textWidth(l, FONT.label, spacing)));
      const x = layout.narrow ? row.labelX : row.labelX - w;
      const top = row.y + row.labelY - FONT.label;
      out.push({ x, y: top, w, h: (row.labelLines.length - 1) * LINE.label + FONT.label + 4 });
    }
    out.push({ x: 0, y: p.bottom, w: layout.width, h: 20 });
  }
  return out;
}

/**
 * The top-left corner for a tooltip of `size` for the bar `key` (null: no such bar). Covering
 * another bar's value costs far more than covering a label; then nearer the bar is better.
 */
export function placeTooltip(
  layout: ChartLayout,
  key: string,
  size: { w: number; h: number },
  spacing?: Spacing,
): { x: number; y: number; clear: boolean } | null {
  const values = valueBoxes(layout, spacing);
  const own = values.find((v) => v.key === key);
  if (!own) return null;
  const hard = values.filter((v) => v !== own).map((v) => pad(v.box, 2));
  const soft = softBoxes(layout, spacing);
  const anchor = { x: own.box.x + own.box.w, y: own.box.y + own.box.h / 2 };
  const maxX = Math.max(4, layout.width - size.w - 4);
  const maxY = Math.max(0, layout.height - size.h);
  const reach = size.h + 80;
  let best = { x: 4, y: 0, cost: Infinity };
  for (let y = Math.max(0, own.box.y - reach); y <= Math.min(maxY, own.box.y + own.box.h + reach); y += 2) {
    for (let x = 4; x <= maxX + 3; x += 4) {
      const box = { x: Math.min(x, maxX), y, w: size.w, h: size.h };
      let cost = 0;
      for (const h of hard) cost += overlap(box, h) * 1000;
      if (cost >= best.cost) continue;
      for (const s of soft) cost += overlap(box, s);
      cost += overlap(box, own.box) * 2;
      const dx = Math.max(box.x - anchor.x, 0, anchor.x - (box.x + box.w));
      const dy = Math.max(box.y - anchor.y, 0, anchor.y - (box.y + box.h));
      cost += Math.hypot(dx, dy) * 20;
      if (cost < best.cost) best = { x: box.x, y: box.y, cost };
    }
  }
  return { x: best.x, y: best.y, clear: best.cost < 1000 };
}

export interface TooltipLine {
  readonly text: string;
  readonly strong?: boolean | undefined;
}

export interface TooltipBox extends Box {
  readonly lines: readonly TooltipLine[];
}

/**
 * The tooltip's lines wrapped and its box placed: as wide as it needs (up to 260 px), else, when
 * that would cover another bar's value, narrower so that it fits beside the labels.
 */
export function layoutTooltip(
  layout: ChartLayout,
  key: string,
  lines: readonly TooltipLine[],
): TooltipBox | null {
  const { width, spacing } = layout;
  // Narrow: as wide as the chart, so that it fits between the bars above and below its own.
  const widths = [layout.narrow ? width - 28 : Math.min(260, width - 28)];
  if (!layout.narrow && layout.plotLeft - 32 < widths[0]!) widths.push(Math.max(120, layout.plotLeft - 32));
  let result: TooltipBox | null = null;
  for (const room of widths) {
    const wrapped = lines.flatMap((l) =>
      wrap(l.text, room, FONT.value, spacing).map((text) => ({ text, strong: l.strong })),
    );
    const w = Math.min(
      width - 8,
      Math.max(...wrapped.map((l) => textWidth(l.text, FONT.value, spacing))) + 20,
    );
    const h = wrapped.length * LINE.value + 12;
    const at = placeTooltip(layout, key, { w, h }, spacing);
    if (!at) return null;
    result = { x: at.x, y: at.y, w, h, lines: wrapped };
    if (at.clear) break;
  }
  return result;
}
