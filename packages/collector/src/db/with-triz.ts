/**
 * The database as the routes and live updates see it: every session read carries its TRIZ state
 * (groups, agenda, round with the time left by this collector's clock, votes) from the TRIZ
 * store, and deleting a session deletes its boards too. One wrapper, so every place that sends a
 * session (the API, the join lookup, the live `session` event, the polling form) sends the same.
 */
import { roundAt, type Session } from '@netweave/model';
import type { Database } from './types.js';
import type { TrizState, TrizStore } from './triz-store.js';

/** `session` with its TRIZ state, the round brought up to `now`. */
export function withTrizState<S extends Session>(session: S, state: TrizState, now: number = Date.now()): S {
  return {
    ...session,
    ...(state.groups ? { groups: state.groups } : {}),
    agenda: state.agenda,
    round: roundAt(state.round, now),
    votes: state.votes,
  };
}

export function withTriz(db: Database, triz: TrizStore): Database {
  const add = async <S extends Session>(s: S | undefined): Promise<S | undefined> =>
    s && s.template === 'triz-commitments' ? withTrizState(s, await triz.state(s.id)) : s;
  return new Proxy(db, {
    get(target, key, receiver) {
      switch (key) {
        case 'getSession':
          return async (id: string) => add(await target.getSession(id));
        case 'getSessionByCode':
          return async (code: string) => add(await target.getSessionByCode(code));
        case 'listSessions':
          return async () => Promise.all((await target.listSessions()).map((s) => add(s)));
        case 'updateSession':
          return async (id: string, patch: Partial<Omit<Session, 'id'>>) => {
            const { groups: _g, agenda: _a, round: _r, votes: _v, ...rest } = patch;
            return add(await target.updateSession(id, rest));
          };
        case 'deleteSession':
          return async (id: string) => {
            const removed = await target.deleteSession(id);
            if (removed) await triz.deleteSession(id);
            return removed;
          };
        default: {
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
      }
    },
  });
}
