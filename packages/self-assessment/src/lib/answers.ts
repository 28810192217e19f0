/**
 * The person's answers as kept in a draft, and the response built from them. "Not sure" is kept
 * as `'unsure'` in the draft (so the radio stays ticked) and becomes `null` in the response.
 */
import type { AssessmentResponse, Catalogue, Nation, Sector } from '@netweave/core';

export type Choice = number | 'unsure';

export interface Answers {
  /** Response id, stable for one run through the form (so a retried submission is not doubled). */
  id: string;
  ratings: Record<string, Choice>;
  otherText: string;
  otherRating?: Choice | undefined;
  sector: Sector | '';
  nation: Nation | '';
  region: string;
  consent: boolean;
}

export interface Draft {
  answers: Answers;
  /** Stepper position. */
  step: number;
  phase: 'intro' | 'questions' | 'results';
  /** Set once the consented response was accepted by the store. */
  sent?: boolean;
}

export const emptyAnswers = (id: string): Answers => ({
  id,
  ratings: {},
  otherText: '',
  sector: '',
  nation: '',
  region: '',
  consent: false,
});

const asRating = (c: Choice | undefined): number | null => (typeof c === 'number' ? c : null);

/** The change a rating radio makes: `value` a scale point or `unsure`, `name` a challenge id or `other-rating`. */
export function rated(a: Answers, name: string, value: string): Partial<Answers> {
  const choice: Choice = value === 'unsure' ? 'unsure' : Number(value);
  return name === 'other-rating' ? { otherRating: choice } : { ratings: { ...a.ratings, [name]: choice } };
}

/** A draft read from storage, or undefined when it is not one we wrote. */
export function readDraft(value: unknown): Draft | undefined {
  const d = value as Draft | undefined;
  const a = d?.answers;
  if (!a || typeof a !== 'object' || typeof a.id !== 'string' || !a.ratings || typeof a.ratings !== 'object')
    return undefined;
  return {
    answers: { ...emptyAnswers(a.id), ...a },
    step: Number.isInteger(d!.step) ? d!.step : 0,
    phase: ['intro', 'questions', 'results'].includes(d!.phase) ? d!.phase : 'questions',
    sent: d!.sent === true,
  };
}

export function toResponse(
  a: Answers,
  catalogue: Catalogue,
  sessionId: string,
  submittedAt = new Date().toISOString(),
): AssessmentResponse {
  const ratings: Record<string, number | null> = {};
  const values = new Set(catalogue.scale.map((p) => p.value));
  for (const c of catalogue.challenges) {
    const r = asRating(a.ratings[c.id]);
    ratings[c.id] = r !== null && values.has(r) ? r : null;
  }
  const text = a.otherText.trim();
  const region = a.region.trim();
  return {
    id: a.id,
    sessionId,
    submittedAt,
    catalogueVersion: catalogue.version,
    respondent: { sector: a.sector || null, nation: a.nation || null, region: region || null },
    ratings,
    otherChallenge: text || a.otherRating !== undefined ? { text, rating: asRating(a.otherRating) } : null,
  };
}

/** Ids of what still needs an answer: each challenge, and the other challenge's rating once it is described. */
export function missing(a: Answers, catalogue: Catalogue): string[] {
  const out = catalogue.challenges.filter((c) => a.ratings[c.id] === undefined).map((c) => c.id);
  if (a.otherText.trim() && a.otherRating === undefined) out.push('other');
  return out;
}
