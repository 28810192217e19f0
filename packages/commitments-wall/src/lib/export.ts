/** Exports of the wall: core's canonical commitments CSV (formula-safe, BOM) and JSON. */
import { commitmentsToCsv, type Commitment } from '@netweave/core';

/** Only stored fields, in the data model's shape (nothing device-local). */
function clean(c: Commitment): Commitment {
  const { id, sessionId, createdAt, text, column, sector, status, reactions, heldFor } = c;
  return {
    id,
    sessionId,
    createdAt,
    text,
    column,
    sector,
    status,
    reactions,
    ...(heldFor ? { heldFor } : {}),
  };
}

export function wallToCsv(items: Iterable<Commitment>): string {
  return commitmentsToCsv([...items].map(clean));
}

export function wallToJson(items: Iterable<Commitment>): string {
  return `${JSON.stringify([...items].map(clean), null, 2)}\n`;
}
