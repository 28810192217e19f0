/** The status a new commitment starts with: the same rule on the wall's device and the collector. */
import { screenText } from './lib/screening.js';
import type { Commitment, ModerationMode } from './model/types.js';

/** What screening and the moderation mode make of a new commitment. */
export function initialStatus(
  text: string,
  moderation: ModerationMode = 'none',
): Pick<Commitment, 'status' | 'heldFor'> {
  const screening = screenText(text);
  if (screening.held) return { status: 'pending', heldFor: [...screening.reasons] };
  return { status: moderation === 'pre' ? 'pending' : 'visible' };
}
