/** Filtering the wall by sector, column and search text (case- and accent-insensitive). */
import type { Commitment } from '@netweave/core';

export interface WallFilter {
  sector: string;
  column: string;
  search: string;
}

export const NO_FILTER: WallFilter = { sector: '', column: '', search: '' };

/** Lower case without accents, so "ŵ" finds "w" and "Café" finds "cafe". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Folded text per card (cards are replaced, never mutated), so each keystroke only compares. */
const folded = new WeakMap<Commitment, string>();
function foldedText(c: Commitment): string {
  let f = folded.get(c);
  if (f === undefined) folded.set(c, (f = fold(c.text)));
  return f;
}

export function isFiltered(f: WallFilter): boolean {
  return Boolean(f.sector || f.column || f.search.trim());
}

/** The cards that match, in order; the same array when nothing is filtered. */
export function applyFilter<T extends Commitment>(items: readonly T[], f: WallFilter): readonly T[] {
  if (!isFiltered(f)) return items;
  const needle = fold(f.search.trim());
  return items.filter(
    (c) =>
      (!f.sector || c.sector === f.sector) &&
      (!f.column || c.column === f.column) &&
      (!needle || foldedText(c).includes(needle)),
  );
}
