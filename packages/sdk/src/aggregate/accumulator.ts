/**
 * A mergeable accumulator: everything the statistics need, kept as whole-number counts and sums
 * so that partial accumulators (from different files, workers or machines) combine into exactly
 * the result of one pass over all rows. Per challenge it keeps the count of each rating value
 * (so base, identified at any threshold, mean, SD, median and the distribution all follow
 * exactly); for the other challenge its ratings and normalised texts; for reliability the sums
 * and cross-products of complete cases. Plain arrays and records: JSON- and postMessage-safe.
 * Records keyed by data (sessions, catalogue versions, texts) have no prototype, so a session or
 * text such as "constructor" is counted like any other.
 */
import type { Catalogue } from '@netweave/model';
import { screenText } from '@netweave/model/screening';
import type { RowView } from '../read/row-view.js';
import { normaliseText } from '../normalise/text.js';
import { flatString } from '../read/flat-string.js';
import { bump, copyDict, dict, own } from '../dict.js';

export interface Accumulator {
  kind: 'netweave.accumulator';
  version: 1;
  /** Challenge ids in catalogue order. */
  challenges: string[];
  /** Scale values in catalogue order. */
  scale: number[];
  respondents: number;
  /** counts[i * scale.length + j]: respondents who gave challenge i the j-th scale value. */
  counts: number[];
  other: {
    /** Ratings of the other challenge, per scale value. */
    counts: number[];
    /** Normalised other-challenge text → respondents. */
    texts: Record<string, number>;
    /**
     * Normalised text → the text as its first respondent wrote it (trimmed), for showing: the key
     * drops apostrophes and case to count alike texts together ("gwasanaethau’n" → "gwasanaethaun"),
     * which no reader should see. Absent in accumulators made before it (the key is shown then).
     */
    shown?: Record<string, string>;
    /** Respondents whose text was counted in `overflow` because `maxTexts` was reached. */
    overflow: number;
  };
  /** Respondents per session and per catalogue version (provenance). */
  sessions: Record<string, number>;
  catalogueVersions: Record<string, number>;
  /** Earliest and latest submission (ISO text, and as milliseconds since 1970). */
  firstSubmitted: string | null;
  lastSubmitted: string | null;
  firstMs: number | null;
  lastMs: number | null;
  /** Complete cases for Cronbach's alpha: n, Σx per item, Σxᵢxⱼ (k×k, row-major); null when not requested. */
  reliability: { n: number; sums: number[]; products: number[] } | null;
}

export interface AccumulatorOptions {
  /** Keep what Cronbach's alpha needs (costs k² additions per complete row). */
  reliability?: boolean;
  /** Distinct other-challenge texts kept (default 10,000); the rest are counted in `overflow`. */
  maxTexts?: number;
}

export function createAccumulator(
  catalogue: Pick<Catalogue, 'challenges' | 'scale'>,
  options: AccumulatorOptions = {},
): Accumulator {
  const k = catalogue.challenges.length;
  const s = catalogue.scale.length;
  return {
    kind: 'netweave.accumulator',
    version: 1,
    challenges: catalogue.challenges.map((c) => c.id),
    scale: catalogue.scale.map((p) => p.value),
    respondents: 0,
    counts: new Array<number>(k * s).fill(0),
    other: { counts: new Array<number>(s).fill(0), texts: dict(), shown: dict(), overflow: 0 },
    sessions: dict(),
    catalogueVersions: dict(),
    firstSubmitted: null,
    lastSubmitted: null,
    firstMs: null,
    lastMs: null,
    reliability: options.reliability
      ? { n: 0, sums: new Array<number>(k).fill(0), products: new Array<number>(k * k).fill(0) }
      : null,
  };
}

/**
 * The key under which other-challenge texts that look like personal data (e-mail, phone,
 * postcode, NHS number) are counted: the text itself is never kept.
 */
export const PERSONAL_DATA_KEY = '\u0000personal-data';

const textCounts = new WeakMap<Accumulator, number>();
/** Raw other-challenge text → normalised key (texts repeat; bounded). */
const normalisedTexts = new Map<string, string>();

/** Adds one validated row (see readers' `onRow`). */
export function addRow(acc: Accumulator, view: RowView, options: AccumulatorOptions = {}): Accumulator {
  const s = acc.scale.length;
  const k = acc.challenges.length;
  const counts = acc.counts;
  const ratings = view.ratings;
  acc.respondents += 1;
  let complete = true;
  for (let i = 0; i < k; i++) {
    const r = ratings[i]!;
    if (r >= 0) counts[i * s + r]! += 1;
    else complete = false;
  }
  if (view.otherRating >= 0) acc.other.counts[view.otherRating]! += 1;
  if (view.otherText) {
    let key = normalisedTexts.get(view.otherText);
    if (key === undefined) {
      key = screenText(view.otherText).reasons.some((r) => r !== 'profanity')
        ? PERSONAL_DATA_KEY
        : normaliseText(view.otherText);
      if (normalisedTexts.size >= 5_000) normalisedTexts.clear();
      key = flatString(key);
      normalisedTexts.set(flatString(view.otherText), key);
    }
    if (key) {
      const texts = acc.other.texts;
      if (own(texts, key) !== undefined) bump(texts, key);
      else {
        const distinct = textCounts.get(acc) ?? Object.keys(texts).length;
        if (distinct < (options.maxTexts ?? 10_000)) {
          bump(texts, key);
          if (key !== PERSONAL_DATA_KEY)
            (acc.other.shown ??= dict())[key] = flatString(view.otherText.trim());
          textCounts.set(acc, distinct + 1);
        } else acc.other.overflow += 1;
      }
    }
  }
  bump(acc.sessions, view.sessionId);
  bump(acc.catalogueVersions, view.catalogueVersion);
  const ms = view.submittedMs;
  if (acc.firstMs === null || ms < acc.firstMs) {
    acc.firstMs = ms;
    acc.firstSubmitted = flatString(view.submittedAt);
  }
  if (acc.lastMs === null || ms > acc.lastMs) {
    acc.lastMs = ms;
    acc.lastSubmitted = flatString(view.submittedAt);
  }
  const rel = acc.reliability;
  if (rel && complete) {
    rel.n += 1;
    const scale = acc.scale;
    for (let i = 0; i < k; i++) {
      const xi = scale[ratings[i]!]!;
      rel.sums[i]! += xi;
      for (let j = i; j < k; j++) rel.products[i * k + j]! += xi * scale[ratings[j]!]!;
    }
  }
  return acc;
}

function addRecords(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) bump(into, key, n);
}

/**
 * A deep copy whose records keyed by data have no prototype again (structuredClone, JSON and
 * postMessage give them Object.prototype back).
 */
export function cloneAccumulator(acc: Accumulator): Accumulator {
  const out = structuredClone(acc);
  out.other.texts = copyDict(acc.other.texts);
  if (acc.other.shown) out.other.shown = copyDict(acc.other.shown);
  out.sessions = copyDict(acc.sessions);
  out.catalogueVersions = copyDict(acc.catalogueVersions);
  return out;
}

/**
 * Combines accumulators built with the same catalogue into a new one, exactly as if all their
 * rows had been added to one. Throws when the catalogues differ (challenges or scale).
 */
export function mergeAccumulators(...parts: Accumulator[]): Accumulator {
  if (parts.length === 0) throw new TypeError('mergeAccumulators needs at least one accumulator');
  const first = parts[0]!;
  const out: Accumulator = cloneAccumulator(first);
  for (const part of parts.slice(1)) {
    if (
      part.challenges.join('\n') !== out.challenges.join('\n') ||
      part.scale.join(',') !== out.scale.join(',')
    ) {
      throw new TypeError('Accumulators from different catalogues cannot be merged');
    }
    out.respondents += part.respondents;
    part.counts.forEach((n, i) => (out.counts[i]! += n));
    part.other.counts.forEach((n, i) => (out.other.counts[i]! += n));
    addRecords(out.other.texts, part.other.texts);
    for (const [key, text] of Object.entries(part.other.shown ?? {}))
      if (own((out.other.shown ??= dict()), key) === undefined) out.other.shown[key] = text;
    out.other.overflow += part.other.overflow;
    addRecords(out.sessions, part.sessions);
    addRecords(out.catalogueVersions, part.catalogueVersions);
    if (part.firstMs !== null && (out.firstMs === null || part.firstMs < out.firstMs)) {
      out.firstMs = part.firstMs;
      out.firstSubmitted = part.firstSubmitted;
    }
    if (part.lastMs !== null && (out.lastMs === null || part.lastMs > out.lastMs)) {
      out.lastMs = part.lastMs;
      out.lastSubmitted = part.lastSubmitted;
    }
    if (out.reliability && part.reliability) {
      out.reliability.n += part.reliability.n;
      part.reliability.sums.forEach((n, i) => (out.reliability!.sums[i]! += n));
      part.reliability.products.forEach((n, i) => (out.reliability!.products[i]! += n));
    } else out.reliability = null;
  }
  return out;
}
