/**
 * What the chart tells a reader about disclosure control, from the summary's rule: what a `*`
 * means (which count was too small, and of whom), and whether the counts shown are rounded.
 * Each rule gets its own wording because each hides for a different reason:
 * - `nhs` (NHS England): counts 1–7 are `*`, others rounded to the nearest 5, percentages from
 *   the rounded counts. A challenge is `*` when 1–7 people identified it (or 1–7 rated it, and
 *   then fewer than 8 identified it too): "fewer than 8 people identified it" is true of every `*`.
 * - `min-base` (core's live summary): hidden when fewer than N identified it or fewer than N did not.
 * - `survey` (GP Patient Survey): fewer than 10 rated it, or hidden so no other figure can be
 *   worked out by subtraction.
 * Pure: no DOM.
 */
import type { FrequencySummary } from '@netweave/core';
import type { ChartLocalizer } from './format.js';

export type SuppressionKind = 'nhs' | 'min-base' | 'survey' | 'generic';

/** The minimum count behind the `*` note, from the disclosure rule (null: not known). */
export function suppressionBase(summary: FrequencySummary | null): number | null {
  const d = summary?.disclosure;
  if (!d) return null;
  if (typeof d.minBase === 'number' && d.minBase > 0) return d.minBase;
  if (d.rule === 'nhs') return 8; // NHS England: counts 1–7 are shown as *.
  if (d.rule === 'survey') return 10; // GP Patient Survey: fewer than 10 respondents.
  return null;
}

export function suppressionKind(summary: FrequencySummary | null): SuppressionKind {
  const rule = summary?.disclosure?.rule;
  if (suppressionBase(summary) === null) return 'generic';
  return rule === 'nhs' || rule === 'survey' ? rule : 'min-base';
}

/** "* Fewer than 8 people identified that challenge, so its figures are not shown." */
export function suppressionNote(l: ChartLocalizer, summary: FrequencySummary | null): string {
  const kind = suppressionKind(summary);
  const count = suppressionBase(summary) ?? 0;
  return kind === 'min-base' ? l.t('note.suppressed', { count }) : l.t(`note.suppressed.${kind}`, { count });
}

/**
 * The reason a value is hidden, for a bar's accessible name and its tooltip: the note's words
 * without its "*" ("Fewer than 8 people identified that challenge, so its figures are not shown.").
 */
export function suppressedText(l: ChartLocalizer, summary: FrequencySummary | null): string {
  return suppressionKind(summary) === 'generic'
    ? l.t('value.suppressed.long')
    : suppressionNote(l, summary).replace(/^\*\s*/, '');
}

/** "Counts are rounded to the nearest 5…" when the rule rounds them (NHS), else null. */
export function roundingNote(l: ChartLocalizer, summary: FrequencySummary | null): string | null {
  return summary?.disclosure?.rule === 'nhs' ? l.t('note.rounded') : null;
}

/** The notes a reader needs for the figures shown: `*` (if any is hidden), then rounding. */
export function disclosureNotes(
  l: ChartLocalizer,
  summary: FrequencySummary | null,
  anySuppressed: boolean,
): string[] {
  const notes = anySuppressed ? [suppressionNote(l, summary)] : [];
  const rounded = roundingNote(l, summary);
  if (rounded) notes.push(rounded);
  return notes;
}
