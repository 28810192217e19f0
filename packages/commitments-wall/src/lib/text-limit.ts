/** The longest commitment the posting form takes. */
import { LIMITS } from '@netweave/core';

/** `max-length` as the form applies it: 280 when unset, at least 1, at most the model's limit (1,000). */
export function textLimit(maxLength: number): number {
  return Math.max(1, Math.min(maxLength || 280, LIMITS.commitmentText));
}
