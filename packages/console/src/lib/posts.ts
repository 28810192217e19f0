/** The moderation screen's three lists, from the session's posts. */
import type { Commitment, CommitmentStatus } from '@netweave/model';

export const STATUSES: readonly CommitmentStatus[] = ['pending', 'visible', 'hidden'];

/**
 * Posts with one status, in the order a moderator works through them: the oldest waiting post
 * first (first come, first checked); on the wall and hidden, the newest first.
 */
export function byStatus(posts: Iterable<Commitment>, status: CommitmentStatus): Commitment[] {
  const oldestFirst = status === 'pending';
  return [...posts]
    .filter((c) => c.status === status)
    .sort((a, b) => {
      const order = a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
      return oldestFirst ? order : -order;
    });
}

/** What a moderator's key does to a post: `a` shows it on the wall, `h` hides it. */
export function keyAction(key: string): 'visible' | 'hidden' | undefined {
  const k = key.toLowerCase();
  return k === 'a' ? 'visible' : k === 'h' ? 'hidden' : undefined;
}
