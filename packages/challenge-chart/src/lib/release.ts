/**
 * The release rule for a live chart on a shared screen. Redrawn after every response, a chart lets
 * the room work out what the last person answered (compare the bars before and after they press
 * Send), whatever the rounding and suppression. So a live chart shows a new summary only once the
 * number of respondents has grown by at least `batch` (never fewer than MIN_BATCH) since the summary
 * it shows: a change on screen is then the sum of several people's answers. A summary that shrinks
 * (responses removed, another session) is shown at once. A collector's public summary that says
 * which release it is follows the collector's release rule instead. Pure: no DOM.
 */
import type { FrequencySummary } from '@netweave/core';

/** The smallest batch a page can ask for. */
export const MIN_BATCH = 5;

/** The batch in force for a requested one: a whole number, at least MIN_BATCH. */
export function batchSize(requested: number | null | undefined): number {
  const n = Math.floor(Number(requested));
  return Number.isFinite(n) && n > MIN_BATCH ? n : MIN_BATCH;
}

/**
 * How many people a summary is about: `respondents`, else the largest base it shows, else 0
 * (a summary that hides its total is treated as empty, so that it cannot move the chart).
 */
export function summarySize(summary: unknown): number {
  if (!summary || typeof summary !== 'object') return 0;
  const s = summary as Partial<FrequencySummary>;
  if (typeof s.respondents === 'number') return s.respondents;
  let max = 0;
  const lists = [s.challenges ?? [], ...(s.groups ?? []).map((g) => g.challenges ?? [])];
  for (const list of lists)
    for (const c of list) if (typeof c?.base === 'number') max = Math.max(max, c.base);
  return max;
}

/**
 * The collector's own release of its public summary (`release.number`, `release.final`), if the
 * summary carries one: the collector has applied its release rule already (batches, release at
 * close), and its totals may be rounded, so a new release is shown as it comes.
 */
function releaseOf(summary: unknown): { number: number; final: boolean } | null {
  const r = (summary as { release?: { number?: unknown; final?: unknown } } | null)?.release;
  return r && typeof r.number === 'number' ? { number: r.number, final: r.final === true } : null;
}

/** Whether `next` may replace the summary shown (`shown` null: nothing shown yet). */
export function mayRelease(shown: unknown, next: unknown, batch: number): boolean {
  if (shown === null || shown === undefined) return true;
  const released = releaseOf(next);
  if (released) {
    const before = releaseOf(shown);
    return !before || released.number !== before.number || (released.final && !before.final);
  }
  const before = summarySize(shown);
  const after = summarySize(next);
  return after < before || after - before >= batchSize(batch);
}
