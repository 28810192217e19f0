/**
 * Board columns: a small JSON configuration (`[{"label": "…", "colour": "yellow", "prompt": "…"}]`)
 * or the `triz` preset. Colours are names from a fixed palette, so nothing is ever written into a
 * style attribute (the wall works under a strict CSP).
 */
import { isId } from '@netweave/core';

export const PALETTE = ['yellow', 'pink', 'green', 'blue', 'orange', 'purple', 'grey'] as const;
export type ColumnColour = (typeof PALETTE)[number];

export interface ColumnConfig {
  /** Stable id stored with each card (letters, digits, `.`, `_`, `:` or `-`). */
  id: string;
  label: string;
  colour?: ColumnColour | undefined;
  /** What to write in this column; the form's label while the column is chosen. */
  prompt?: string | undefined;
}

/** The three TRIZ rounds; labels and prompts are string keys resolved in the element's locale. */
export const TRIZ_COLUMNS: readonly ColumnConfig[] = [
  { id: 'triz-worst', label: 'triz.worst', prompt: 'triz.worst.prompt', colour: 'yellow' },
  { id: 'triz-already', label: 'triz.already', prompt: 'triz.already.prompt', colour: 'pink' },
  { id: 'triz-stop', label: 'triz.stop', prompt: 'triz.stop.prompt', colour: 'green' },
];

/** The column a card is shown in: its own when the board has it, else the board's first (`''` without columns). */
export function columnOf(id: string, columns: readonly ColumnConfig[]): string {
  return columns.some((col) => col.id === id) ? id : (columns[0]?.id ?? '');
}

/**
 * The wall's columns: the TRIZ rounds for the `triz` preset (labels and prompts in the wall's
 * words, through `word`), else the `columns` configuration (see parseColumns).
 */
export function wallColumns(
  preset: string | undefined,
  columns: unknown,
  word: (key: string) => string,
): ColumnConfig[] {
  return preset === 'triz'
    ? TRIZ_COLUMNS.map((c) => ({ ...c, label: word(c.label), prompt: word(c.prompt!) }))
    : parseColumns(columns);
}

function slug(text: string, index: number): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || `column-${index + 1}`;
}

/**
 * Reads a `columns` value (JSON text or an array). Unusable entries are skipped; an unusable
 * configuration gives `[]` (one plain column of commitments). At most 12 columns.
 */
export function parseColumns(value: unknown): ColumnConfig[] {
  let list = value;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const out: ColumnConfig[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of list.entries()) {
    if (!raw || typeof raw !== 'object') continue;
    const entry = raw as Record<string, unknown>;
    const label = typeof entry.label === 'string' ? entry.label.trim().slice(0, 200) : '';
    if (!label) continue;
    let id = isId(entry.id) ? entry.id : slug(label, index);
    if (seen.has(id)) id = `${id}-${index + 1}`;
    seen.add(id);
    const colour = PALETTE.find((c) => c === entry.colour || c === entry.color);
    const prompt = typeof entry.prompt === 'string' ? entry.prompt.slice(0, 500) : undefined;
    out.push({ id, label, colour, prompt });
    if (out.length === 12) break;
  }
  return out;
}
