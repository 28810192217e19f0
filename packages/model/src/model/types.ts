import type * as v from 'valibot';
import type {
  AssessmentResponseSchema,
  CatalogueSchema,
  ChallengeFrequencySchema,
  ChallengeSchema,
  CommitmentSchema,
  CommitmentStatusSchema,
  DisclosureSchema,
  FrequencyGroupSchema,
  FrequencySummarySchema,
  ModerationModeSchema,
  NationSchema,
  NewCommitmentSchema,
  RatingScaleSchema,
  ResourceSchema,
  RespondentSchema,
  ScalePointSchema,
  SectorSchema,
  SessionLangSchema,
  SessionSchema,
  SessionTemplateSchema,
} from './schemas.js';

export type Resource = v.InferOutput<typeof ResourceSchema>;
export type Challenge = v.InferOutput<typeof ChallengeSchema>;
export type ScalePoint = v.InferOutput<typeof ScalePointSchema>;
export type RatingScale = v.InferOutput<typeof RatingScaleSchema>;
export type Catalogue = v.InferOutput<typeof CatalogueSchema>;
/** A catalogue as a partner writes it (optional fields may be left out). */
export type CatalogueInput = v.InferInput<typeof CatalogueSchema>;
export type Sector = v.InferOutput<typeof SectorSchema>;
export type Nation = v.InferOutput<typeof NationSchema>;
export type Respondent = v.InferOutput<typeof RespondentSchema>;
export type AssessmentResponse = v.InferOutput<typeof AssessmentResponseSchema>;
export type CommitmentStatus = v.InferOutput<typeof CommitmentStatusSchema>;
export type Commitment = v.InferOutput<typeof CommitmentSchema>;
export type NewCommitment = v.InferOutput<typeof NewCommitmentSchema>;
export type ModerationMode = v.InferOutput<typeof ModerationModeSchema>;
export type Session = v.InferOutput<typeof SessionSchema>;
export type SessionTemplate = v.InferOutput<typeof SessionTemplateSchema>;
export type SessionLang = v.InferOutput<typeof SessionLangSchema>;
export type ChallengeFrequency = v.InferOutput<typeof ChallengeFrequencySchema>;
export type FrequencyGroup = v.InferOutput<typeof FrequencyGroupSchema>;
export type Disclosure = v.InferOutput<typeof DisclosureSchema>;
/** The summary the challenge chart draws; produced by the SDK, the collector and `summariseResponses`. */
export type FrequencySummary = v.InferOutput<typeof FrequencySummarySchema>;
