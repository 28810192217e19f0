/**
 * Follow-ups ("did you do it?"): weeks after posting a commitment, its author says how it has
 * gone (done, started, not yet), with an optional short note screened like a post. The answer is
 * kept on the author's device (a `FollowUpRecord` saved as a draft under `followUpKey`) and, with
 * consent, sent to the collector through the store's outbox (`submitFollowUp`), linked to the
 * commitment. A later answer is a new follow-up (a new id), so what happened over time is kept.
 */
import * as v from 'valibot';
import { ID_PATTERN, LIMITS } from '../model/limits.js';
import { isRealTimestamp } from '../model/schemas.js';
import type { CommitmentStatus } from '../model/types.js';
import { fromValibotIssues, type ValidateOptions, type ValidationResult } from '../model/validate.js';

/** How it has gone, in the order a page offers them. */
export const FOLLOW_UP_ANSWERS = ['done', 'started', 'not-yet'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];

/** Characters in a follow-up's note (after trimming). */
export const FOLLOW_UP_NOTE_MAX = 280;

/** Days after posting a commitment that its author is asked how it has gone ("after 4 weeks"). */
export const FOLLOW_UP_DEFAULT_DAYS = 28;

/** What a commitment's author sends: one answer (a later answer is a new follow-up). */
export interface NewFollowUp {
  /** `newId()`, one per answer. */
  readonly id: string;
  readonly sessionId: string;
  /** The commitment it answers. */
  readonly commitmentId: string;
  readonly answer: FollowUpAnswer;
  /** An optional short note (at most FOLLOW_UP_NOTE_MAX characters), screened like a post. */
  readonly note?: string;
  /** When it was answered (ISO 8601). */
  readonly answeredAt: string;
}

/** A follow-up as a collector keeps it. */
export interface FollowUp extends NewFollowUp {
  /** 'visible' | 'pending' | 'hidden': the same meaning as a commitment's status. */
  readonly status: CommitmentStatus;
  /** The commitment's sector, copied by the collector (for counting by sector). */
  readonly sector?: string;
}

/**
 * What the author's device keeps about one of their commitments (a draft under `followUpKey`):
 * the commitment as posted, when to ask, and every answer given so far, oldest first.
 */
export interface FollowUpRecord {
  readonly commitment: {
    readonly id: string;
    readonly sessionId: string;
    readonly text: string;
    readonly sector?: string | null;
    /** When it was posted (ISO 8601). */
    readonly postedAt: string;
  };
  /** When to ask how it has gone (ISO 8601). */
  readonly dueAt: string;
  readonly answers: readonly NewFollowUp[];
}

/** The draft key a commitment's follow-up record is kept under on its author's device. */
export function followUpKey(sessionId: string, commitmentId: string): string {
  return `follow-up:${sessionId}:${commitmentId}`;
}

/** When to ask: `days` whole days after `postedAt` (ISO 8601 in, ISO 8601 out). */
export function followUpDueAt(postedAt: string, days: number = FOLLOW_UP_DEFAULT_DAYS): string {
  return new Date(Date.parse(postedAt) + days * 86_400_000).toISOString();
}

let schema: v.GenericSchema<unknown, NewFollowUp> | undefined;

/** Built on first use, so pages that only read the constants never carry the schema. */
function followUpSchema(): v.GenericSchema<unknown, NewFollowUp> {
  const id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.idLength), v.regex(ID_PATTERN));
  return (schema ??= v.pipe(
    v.strictObject({
      id,
      sessionId: id,
      commitmentId: id,
      answer: v.picklist(FOLLOW_UP_ANSWERS),
      note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(FOLLOW_UP_NOTE_MAX))),
      answeredAt: v.pipe(v.string(), v.isoTimestamp(), v.check(isRealTimestamp, 'timestamp')),
    }),
    // A note left blank is no note.
    v.transform(({ note, ...rest }): NewFollowUp => (note ? { ...rest, note } : rest)),
  ) as v.GenericSchema<unknown, NewFollowUp>);
}

/**
 * Validates a follow-up a participant sends: known fields only (never `status` or `sector`), ids,
 * one of the answers, a note of at most FOLLOW_UP_NOTE_MAX characters (trimmed; a blank one is
 * dropped) and a real date and time. Every issue names its field.
 */
export function validateFollowUp(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<NewFollowUp> {
  const result = v.safeParse(followUpSchema(), input, { abortPipeEarly: true });
  if (result.success) return { success: true, value: result.output, issues: [] };
  return { success: false, issues: fromValibotIssues(result.issues, options) };
}
