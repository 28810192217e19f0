/**
 * Runtime schemas (valibot) for the netweave data model. Types are inferred from these, so the
 * validation and the TypeScript types can never drift apart. Validation messages are not written
 * here: `validate.ts` turns valibot issues into localised, field-naming messages.
 */
import * as v from 'valibot';

import { DEFAULT_COLUMN, ID_PATTERN, LIMITS, NATIONS, SECTORS } from './limits.js';
import { JOIN_CODE_PATTERN } from '../lib/join-code.js';
import { SESSION_STAGES } from '../lib/stages.js';
import { NOTE_STATES, ROUND_KINDS, TRIZ_LIMITS } from '../lib/triz.js';

const id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.idLength), v.regex(ID_PATTERN));
/**
 * A timestamp that names a real moment: a calendar date that exists (no 31 February, 29 February
 * only in leap years) in the years 1900–2199. The collector refuses what the SDK would drop, so
 * the public summary and an evaluator's figures count the same responses.
 */
export function isRealTimestamp(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (y < 1900 || y > 2199) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const isoDateTime = v.pipe(v.string(), v.isoTimestamp(), v.check(isRealTimestamp, 'timestamp'));
const isoDate = v.pipe(v.string(), v.isoDate());

/** An https URL: the only scheme a resource link may use on a partner's page. */
export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.url(),
  v.startsWith('https://'),
  v.maxLength(2000),
);

const translations = v.optional(
  v.record(
    v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)),
    v.object({
      label: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.labelLength))),
      description: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.descriptionLength))),
      title: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.labelLength))),
    }),
  ),
);

export const ResourceSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.labelLength)),
  url: HttpsUrlSchema,
  description: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.descriptionLength))),
  i18n: translations,
});

export const ChallengeSchema = v.object({
  id,
  label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.labelLength)),
  description: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.descriptionLength)), ''),
  resources: v.optional(v.pipe(v.array(ResourceSchema), v.maxLength(LIMITS.resources)), []),
  keywords: v.optional(v.array(v.pipe(v.string(), v.maxLength(LIMITS.labelLength)))),
  i18n: translations,
});

export const ScalePointSchema = v.object({
  value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.labelLength)),
  i18n: translations,
});

export const RatingScaleSchema = v.pipe(
  v.array(ScalePointSchema),
  v.minLength(2),
  v.maxLength(11),
  v.check((points) => new Set(points.map((p) => p.value)).size === points.length, 'duplicate-value'),
);

export const CatalogueSchema = v.pipe(
  v.object({
    id: v.optional(id, 'netweave-default'),
    version: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50)),
    title: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.labelLength))),
    challenges: v.pipe(v.array(ChallengeSchema), v.minLength(1), v.maxLength(LIMITS.challenges)),
    scale: RatingScaleSchema,
    /** The rating at or above which a challenge counts as "identified" (default 3). */
    threshold: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 3),
    i18n: translations,
  }),
  v.check(
    (c) => new Set(c.challenges.map((ch) => ch.id)).size === c.challenges.length,
    'duplicate-challenge-id',
  ),
);

export const SectorSchema = v.picklist(SECTORS);
export const NationSchema = v.picklist(NATIONS);

export const RespondentSchema = v.object({
  sector: v.optional(v.nullable(SectorSchema), null),
  nation: v.optional(v.nullable(NationSchema), null),
  region: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.regionLength))), null),
});

export const RatingSchema = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)));

export const AssessmentResponseSchema = v.object({
  id,
  sessionId: id,
  submittedAt: isoDateTime,
  catalogueVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  respondent: v.optional(RespondentSchema, {}),
  /** Rating per challenge id; `null` means not answered or "Not sure". */
  ratings: v.record(id, RatingSchema),
  otherChallenge: v.optional(
    v.nullable(
      v.object({
        text: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.otherChallengeText)),
        rating: RatingSchema,
      }),
    ),
    null,
  ),
});

export const CommitmentStatusSchema = v.picklist(['pending', 'visible', 'hidden']);

export const CommitmentSchema = v.object({
  id,
  sessionId: id,
  createdAt: isoDateTime,
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.commitmentText)),
  column: v.optional(id, DEFAULT_COLUMN),
  sector: v.optional(v.nullable(SectorSchema), null),
  status: CommitmentStatusSchema,
  reactions: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** Why a post is held for review (screening reasons); present only on held items. */
  heldFor: v.optional(v.array(v.string())),
});

/** What a participant may send: no status, no reactions (a client never sets those). */
export const NewCommitmentSchema = v.strictObject({
  id,
  sessionId: id,
  createdAt: v.optional(isoDateTime),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.commitmentText)),
  column: v.optional(id),
  sector: v.optional(v.nullable(SectorSchema)),
});

export const ModerationModeSchema = v.picklist(['none', 'pre', 'post']);

/** What a live session runs: commitments only, TRIZ then commitments, or the self-assessment only. */
export const SESSION_TEMPLATES = ['commitments', 'triz-commitments', 'self-assessment'] as const;
export const SessionTemplateSchema = v.picklist(SESSION_TEMPLATES);

/** What a live session is doing now (see `TEMPLATE_STAGES` for each template's stages). */
export const SessionStageSchema = v.picklist(SESSION_STAGES);

/** Languages a session may ask its participant page for. */
export const SESSION_LANGS = ['en', 'cy'] as const;
export const SessionLangSchema = v.picklist(SESSION_LANGS);

/** A join code as stored: six characters, uppercase, no hyphen (see `normaliseJoinCode`). */
export const JoinCodeSchema = v.pipe(v.string(), v.regex(JOIN_CODE_PATTERN));

/** A breakout group: `g1`, `g2`…, with the name the facilitator gave it. */
export const SessionGroupSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^g[1-9][0-9]?$/)),
  name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(TRIZ_LIMITS.groupName))),
});

const minutes = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(TRIZ_LIMITS.minutes));

/** One item of the agenda: a round and its minutes. */
export const AgendaItemSchema = v.object({ kind: v.picklist(ROUND_KINDS), minutes });

/** The round as the collector keeps it (set only by round actions, never by a PATCH). */
export const RoundStateSchema = v.object({
  kind: v.nullable(v.picklist(ROUND_KINDS)),
  phase: v.picklist(['ready', 'running', 'paused', 'ended']),
  endsAt: v.optional(v.number()),
  leftMs: v.number(),
  locked: v.boolean(),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** What the facilitator does to the round: `{ action, version, kind?, minutes? }`. */
export const RoundActionSchema = v.variant('action', [
  v.strictObject({ action: v.literal('start'), kind: v.picklist(ROUND_KINDS), version: v.number() }),
  v.strictObject({ action: v.literal('add'), minutes, version: v.number() }),
  v.strictObject({
    action: v.picklist(['pause', 'resume', 'end', 'lock', 'unlock']),
    version: v.number(),
  }),
]);

const noteText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(TRIZ_LIMITS.noteText));

export const NoteStateSchema = v.picklist(NOTE_STATES);

/** A sticky note on a group's board, as the collector keeps it. */
export const TrizNoteSchema = v.object({
  id,
  sessionId: id,
  group: v.pipe(v.string(), v.regex(/^g[1-9][0-9]?$/)),
  text: noteText,
  state: NoteStateSchema,
  step: v.optional(noteText),
  history: v.array(v.object({ state: NoteStateSchema, at: isoDateTime })),
  votes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: isoDateTime,
  status: v.picklist(['visible', 'pending', 'hidden']),
});

/** What a participant sends to add a note to their group's board. */
export const NewNoteSchema = v.strictObject({
  id,
  sessionId: id,
  group: v.pipe(v.string(), v.regex(/^g[1-9][0-9]?$/)),
  text: noteText,
  state: v.optional(v.picklist(['worst', 'already'])),
});

/** What a participant changes on a note of their group (`changeNote` checks the rules). */
export const NoteChangeSchema = v.strictObject({
  state: v.optional(NoteStateSchema),
  step: v.optional(noteText),
  text: v.optional(noteText),
});

export const SessionSchema = v.object({
  id,
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.labelLength)),
  date: isoDate,
  prompt: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.descriptionLength))),
  moderation: v.optional(ModerationModeSchema, 'none'),
  open: v.optional(v.boolean(), true),
  /** The join code (set by the collector; `K7M3QP`, shown `K7M-3QP`). */
  code: v.optional(JoinCodeSchema),
  /** What the session runs (the collector stores `commitments` when none is given). */
  template: v.optional(SessionTemplateSchema),
  /**
   * What the session is doing now, one of its template's stages (`sessionStage` reads it: none,
   * or one its template does not run, is the template's first).
   */
  stage: v.optional(SessionStageSchema),
  /** A partner's page to send people who join by code to (https only). */
  partnerUrl: v.optional(HttpsUrlSchema),
  /** The language the participant page opens in (else the browser's). */
  lang: v.optional(SessionLangSchema),
  /** TRIZ: the breakout groups, each with its own board (none: one board for everyone). */
  groups: v.optional(v.pipe(v.array(SessionGroupSchema), v.maxLength(TRIZ_LIMITS.groups))),
  /** TRIZ: the rounds and their minutes (default `TRIZ_AGENDA`). */
  agenda: v.optional(v.pipe(v.array(AgendaItemSchema), v.minLength(1), v.maxLength(ROUND_KINDS.length))),
  /** TRIZ: where the round stands (the collector's; see `applyRoundAction`). */
  round: v.optional(RoundStateSchema),
  /** TRIZ: votes each person may give to pink notes (0 or none: no voting). */
  votes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TRIZ_LIMITS.votes))),
});

const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const proportion = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

export const ChallengeFrequencySchema = v.object({
  id,
  label: v.pipe(v.string(), v.maxLength(LIMITS.labelLength)),
  identified: count,
  base: count,
  proportion,
  interval: v.nullable(
    v.tuple([
      v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    ]),
  ),
  suppressed: v.boolean(),
});

export const FrequencyGroupSchema = v.object({
  key: v.string(),
  label: v.string(),
  respondents: count,
  challenges: v.array(ChallengeFrequencySchema),
});

export const DisclosureSchema = v.object({
  rule: v.picklist(['nhs', 'survey', 'none', 'min-base']),
  description: v.string(),
  minBase: v.optional(v.number()),
});

export const FrequencySummarySchema = v.object({
  kind: v.literal('netweave.frequency-summary'),
  version: v.literal(1),
  threshold: v.number(),
  catalogueVersion: v.optional(v.string()),
  respondents: count,
  disclosure: DisclosureSchema,
  challenges: v.array(ChallengeFrequencySchema),
  groupBy: v.optional(v.string()),
  groups: v.optional(v.array(FrequencyGroupSchema)),
  generatedAt: v.optional(v.string()),
});
