/** The moderation screen's three lists, from the session's posts (or its follow-ups). */
import type { Commitment, CommitmentStatus } from '@netweave/model';

export const STATUSES: readonly CommitmentStatus[] = ['pending', 'visible', 'hidden'];

interface Moderated {
  readonly id: string;
  readonly status: CommitmentStatus;
}

/**
 * Posts (or follow-ups, by `at`: when answered) with one status, in the order a moderator works
 * through them: the oldest waiting first (first come, first checked); the others newest first.
 */
export function byStatus<T extends Moderated = Commitment>(
  posts: Iterable<T>,
  status: CommitmentStatus,
  at: (item: T) => string = (c) => (c as unknown as Commitment).createdAt,
): T[] {
  const oldestFirst = status === 'pending';
  return [...posts]
    .filter((c) => c.status === status)
    .sort((a, b) => {
      const x = at(a);
      const y = at(b);
      const order = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
      return oldestFirst ? order : -order;
    });
}

/** What a moderator's key does to a post: `a` shows it on the wall, `h` hides it. */
export function keyAction(key: string): 'visible' | 'hidden' | undefined {
  const k = key.toLowerCase();
  return k === 'a' ? 'visible' : k === 'h' ? 'hidden' : undefined;
}
