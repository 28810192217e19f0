/**
 * What a stored change tells each audience of a live stream or poll (live.ts): the public sees
 * visible commitments and notes only, a moderator everything.
 */
import type { StoreEvent, TrizNote } from '@netweave/model';
import type { StoredEvent } from './db/types.js';

export type Audience = 'public' | 'admin';

/**
 * What a stored change means for an audience. Public: a visible commitment, or the removal of one
 * that was visible; nothing at all about posts that never reached the wall (not even their id,
 * so an author's own pending card is not taken down by the stream). Read back from history, an
 * event is shown as the commitment stands now: a post hidden since is only ever a removal, and
 * its text is never replayed.
 */
export function toStoreEvent(e: StoredEvent, audience: Audience): StoreEvent | null {
  if (audience === 'admin') return { type: 'commitment', sessionId: e.sessionId, commitment: e.commitment };
  const visibleThen = e.commitment.status === 'visible';
  const visibleNow = e.current === undefined ? visibleThen : e.current?.status === 'visible';
  if (visibleThen && visibleNow) {
    const commitment = e.current ? { ...e.commitment, text: e.current.text } : e.commitment;
    return { type: 'commitment', sessionId: e.sessionId, commitment };
  }
  if (visibleThen || e.previous === 'visible')
    return { type: 'commitment-removed', sessionId: e.sessionId, id: e.commitment.id };
  return null;
}

/** A note change as SSE text for an audience (null: nothing to tell it). */
export function noteFrame(
  sessionId: string,
  change: { now?: TrizNote; before?: TrizNote },
  audience: Audience,
): string | null {
  const { now, before } = change;
  const shown = (n: TrizNote | undefined) =>
    n !== undefined && (audience === 'admin' || n.status === 'visible');
  if (shown(now)) return `event: note\ndata: ${JSON.stringify({ type: 'note', sessionId, note: now })}\n\n`;
  if (shown(before))
    return `event: note-removed\ndata: ${JSON.stringify({ type: 'note-removed', sessionId, id: before!.id })}\n\n`;
  return null;
}
