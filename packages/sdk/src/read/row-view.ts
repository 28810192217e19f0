/**
 * A validated row as the fast path sees it: ratings as indices into the catalogue's scale, with
 * the respondent fields normalised. Readers reuse one view per file (no object per row), and
 * accumulators read it directly; `toResponse` builds core's AssessmentResponse when wanted.
 */
import type { AssessmentResponse, Catalogue, Nation, Sector } from '@netweave/model';
import { own } from '../dict.js';
import { nfc } from '../normalise/nfc.js';
import { timestampMs } from './timestamp.js';

export interface RowView {
  id: string;
  sessionId: string;
  submittedAt: string;
  /** submittedAt in milliseconds since 1970 (for ordering without comparing strings). */
  submittedMs: number;
  catalogueVersion: string;
  sector: Sector | null;
  nation: Nation | null;
  region: string | null;
  /** Per catalogue challenge (catalogue order): the index of the rating in the scale, or -1 for no answer. */
  ratings: Int16Array;
  otherText: string;
  /** Scale index of the other challenge's rating, or -1. */
  otherRating: number;
  /** 1-based record number in its file (header = 1). */
  row: number;
}

export function createRowView(catalogue: Pick<Catalogue, 'challenges'>): RowView {
  return {
    id: '',
    sessionId: '',
    submittedAt: '',
    submittedMs: 0,
    catalogueVersion: '',
    sector: null,
    nation: null,
    region: null,
    ratings: new Int16Array(catalogue.challenges.length).fill(-1),
    otherText: '',
    otherRating: -1,
    row: 0,
  };
}

/** The view as a core AssessmentResponse (strings copied, so the view can be reused). */
export function toResponse(
  view: RowView,
  catalogue: Pick<Catalogue, 'challenges' | 'scale'>,
): AssessmentResponse {
  const ratings: Record<string, number | null> = {};
  catalogue.challenges.forEach((c, i) => {
    const idx = view.ratings[i]!;
    ratings[c.id] = idx < 0 ? null : catalogue.scale[idx]!.value;
  });
  const other =
    view.otherText || view.otherRating >= 0
      ? {
          text: view.otherText,
          rating: view.otherRating < 0 ? null : catalogue.scale[view.otherRating]!.value,
        }
      : null;
  return {
    id: view.id,
    sessionId: view.sessionId,
    submittedAt: view.submittedAt,
    catalogueVersion: view.catalogueVersion,
    respondent: { sector: view.sector, nation: view.nation, region: view.region },
    ratings,
    otherChallenge: other,
  };
}

/** Fills a view from a response (for aggregating responses already in memory). */
export function fillRowView(
  view: RowView,
  response: AssessmentResponse,
  catalogue: Pick<Catalogue, 'challenges' | 'scale'>,
): RowView {
  view.id = response.id;
  view.sessionId = response.sessionId;
  view.submittedAt = response.submittedAt;
  // every form core accepts (Date.parse misses `+01` and ` +01:00`); anything else as before
  const ms = timestampMs(response.submittedAt);
  view.submittedMs = ms === ms ? ms : Date.parse(response.submittedAt);
  view.catalogueVersion = response.catalogueVersion;
  view.sector = response.respondent?.sector ?? null;
  view.nation = response.respondent?.nation ?? null;
  const region = response.respondent?.region;
  view.region = region ? nfc(region) : null;
  const scaleIndex = (value: number | null | undefined) =>
    value === null || value === undefined ? -1 : catalogue.scale.findIndex((p) => p.value === value);
  catalogue.challenges.forEach((c, i) => {
    view.ratings[i] = scaleIndex(own(response.ratings, c.id));
  });
  view.otherText = nfc(response.otherChallenge?.text ?? '');
  view.otherRating = scaleIndex(response.otherChallenge?.rating);
  return view;
}
