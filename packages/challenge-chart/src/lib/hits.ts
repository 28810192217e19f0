/**
 * The bars as keyboard and pointer targets: one per bar in reading order, one tab stop among them
 * (the bar last focused, else the first), and where an arrow key, Home or End moves focus. Pure.
 */
import type { BarLayout, ChartLayout } from './layout.js';

export interface HitItem {
  readonly key: string;
  readonly y: number;
  readonly height: number;
  readonly label: string;
}

/** Keyboard and pointer targets, one per bar, in reading order. */
export function hitItems(
  layout: ChartLayout,
  grouped: boolean,
  labelFor: (b: BarLayout) => string,
): HitItem[] {
  const out: HitItem[] = [];
  for (const p of layout.panels) {
    for (const row of p.rows) {
      for (const b of row.bars) {
        const y = grouped ? row.y + b.y - 3 : row.y;
        const height = grouped ? b.height + 6 : row.height - 4;
        out.push({ key: b.datum.key, y, height, label: labelFor(b) });
      }
    }
  }
  return out;
}

/** The target that takes Tab: the one last focused while it is still drawn, else the first. */
export function tabStop(hits: readonly HitItem[], focused: string | null): string | null {
  return hits.some((h) => h.key === focused) ? focused : (hits[0]?.key ?? null);
}

/**
 * Where `key` (a KeyboardEvent key) moves focus from target `i` of `count`: the next or previous
 * one (Arrow Down or Right, Arrow Up or Left, stopping at the ends), the first (Home) or the last
 * (End); null for any other key.
 */
export function moveFocus(key: string, i: number, count: number): number | null {
  if (key === 'ArrowDown' || key === 'ArrowRight') return Math.min(count - 1, i + 1);
  if (key === 'ArrowUp' || key === 'ArrowLeft') return Math.max(0, i - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
