/** What every widget assumes of ids and commitments, from the model's own rules. */
// `isId` and `DEFAULT_COLUMN` come from the model (core re-exports them with it).
import { DEFAULT_COLUMN, type Commitment, type NewCommitment } from '@netweave/model';

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
