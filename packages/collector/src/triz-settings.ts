/**
 * A TRIZ session's settings from the admin API (create and PATCH): its groups (a count, or the
 * list with names), agenda and votes, stored beside the session without touching its round.
 */
import { groupIds, TRIZ_LIMITS, type Session } from '@netweave/model';
import type { TrizState, TrizStore } from './db/triz-store.js';
import { fail, type RouteContext } from './routes.js';
import { groupsOf } from './triz.js';

/** The TRIZ fields an admin PATCH (or a create) may carry. */
export const TRIZ_FIELDS = ['groups', 'agenda', 'votes'] as const;

/**
 * `groups` as a facilitator sends it: a number (that many groups, keeping the names of those that
 * stay) or the list itself; undefined when not given. Anything else is left for validation to
 * refuse, naming the field.
 */
export function groupsInput(value: unknown, current: TrizState): unknown {
  if (typeof value !== 'number') return value;
  if (!Number.isInteger(value) || value < 1 || value > TRIZ_LIMITS.groups) return value;
  const names = new Map((current.groups ?? []).map((g) => [g.id, g.name]));
  return groupIds(value).map((id) => (names.get(id) ? { id, name: names.get(id) } : { id }));
}

/**
 * Stores a session's TRIZ settings from a validated session (`groups`, `agenda`, `votes`), keeping
 * its round as it stands (retried if a round action lands meanwhile). Refuses to drop a group
 * whose board holds notes (`409 groups-not-empty`): nothing is deleted by changing the count.
 */
export async function saveTrizSettings(
  ctx: RouteContext,
  triz: TrizStore,
  sessionId: string,
  given: Pick<Session, 'groups' | 'agenda' | 'votes'>,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const state = await triz.state(sessionId);
    const groups = given.groups ?? state.groups;
    if (given.groups) {
      const keep = new Set(given.groups.map((g) => g.id));
      for (const id of groupsOf(state))
        if (!keep.has(id) && (await triz.count(sessionId, id)) > 0)
          fail(
            ctx,
            409,
            'groups-not-empty',
            `Group ${id.slice(1)} has notes on its board: move them to another group before removing it.`,
          );
    }
    const next: TrizState = {
      ...(groups ? { groups } : {}),
      agenda: given.agenda ?? state.agenda,
      round: state.round,
      votes: given.votes ?? state.votes,
    };
    if ((await triz.save(sessionId, next, state.round.version)) === 'saved') return;
  }
  fail(ctx, 409, 'busy', 'The session changed several times meanwhile: try again.');
}
