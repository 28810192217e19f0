/** What every widget assumes of ids and commitments, from the model's own rules. */
import { ID_PATTERN, LIMITS, type Commitment, type NewCommitment } from '@netweave/model';

/** The column of a commitment that names none (as the model's schema, the stores and the collector store it). */
export const DEFAULT_COLUMN = 'commitments';

/** Whether `value` is a usable id (sessions, commitments, board columns): the model's pattern and length. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.idLength && ID_PATTERN.test(value);
}

/**
 * A participant's new commitment as it will be stored, shown before the store has answered:
 * the model's defaults filled in (column, no sector, now), waiting, with no reactions yet.
 */
export function pendingCommitment(input: NewCommitment): Commitment {
  return {
    id: input.id,
    sessionId: input.sessionId,
    createdAt: input.createdAt ?? new Date().toISOString(),
    text: input.text,
    column: input.column ?? DEFAULT_COLUMN,
    sector: input.sector ?? null,
    status: 'pending',
    reactions: 0,
  };
}
