/**
 * A scripted collector for the console's and the join page's component tests. It follows the
 * real one's contract (packages/collector: src/sessions.ts, src/routes.ts, src/admin/routes.ts,
 * openapi.yaml): the admin cookie set by `POST /admin/login` (303, 401 for a wrong token) and
 * revoked by `POST /admin/logout`; the CSRF header on changes; sessions with their join code,
 * join address and counts; duplicate; delete (204); moderation with an edited text; the admin
 * event log (polling) and stream (a scripted EventSource); and `GET /v1/join/<code>`. TRIZ as
 * packages/collector/src/triz.ts serves it (TRIZ.md): groups (a count or the list; 409
 * groups-not-empty), the agenda and votes; round actions with the model's rules on this clock,
 * refused 409 stale-round (with the round) for an old version; every note (admin) and a note
 * moved, held, hidden or shown; and the public session with its round. "Did you do it?" as
 * packages/collector/src/follow-up-routes.ts serves it: every follow-up (with `heldFor` while
 * held), a moderator's decision with an edited note (`null` removes it; 404 follow-up-not-found),
 * and the session's `followUps` and `pendingFollowUps` counts.
 */
import {
  INITIAL_ROUND,
  TRIZ_AGENDA,
  applyRoundAction,
  groupIds,
  roundAt,
  stageOf,
  type Commitment,
  type CommitmentStatus,
  type FollowUp,
  type FollowUpAnswer,
  type RoundAction,
  type RoundState,
  type Session,
  type TrizNote,
} from '@netweave/model';
import { CollectorApi } from '../../src/api.js';

export const TOKEN = 'test-admin-token';
export const ORIGIN = 'https://collector.example';

type Stored = Session & { code: string };
/** A follow-up as the collector keeps it (with why its note is held, while it is). */
type StoredFollowUp = { -readonly [K in keyof FollowUp]: FollowUp[K] } & { heldFor?: string[] };

/** A refusal the next matching request gets instead of its answer. */
export interface Scripted {
  status: number;
  code?: string;
  issues?: unknown[];
  retryAfter?: number;
  /** Throw as fetch does when the network is down. */
  network?: boolean;
}

let codes = 0;
/** A fresh join code from the real alphabet (no 0, 1, I, L, O). */
export function freshCode(): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  codes += 1;
  let n = codes * 7919 + 104729;
  let out = '';
  for (let i = 0; i < 6; i += 1) {
    out += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return out;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** The live streams the console opened, so a test can send events down them. */
export class FakeEventSource extends EventTarget {
  static readonly all: FakeEventSource[] = [];
  readyState = 0;
  readonly url: string;
  constructor(url: string | URL) {
    super();
    this.url = String(url);
    FakeEventSource.all.push(this);
    queueMicrotask(() => {
      if (this.readyState === 2) return;
      this.readyState = 1;
      this.dispatchEvent(new Event('open'));
    });
  }
  close(): void {
    this.readyState = 2;
  }
  /** Sends an event as the collector's stream does (`id`, `event`, `data`). */
  send(type: string, data: unknown, id: number): void {
    if (this.readyState === 2) return;
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: String(id) }));
  }
  static latest(): FakeEventSource | undefined {
    return [...FakeEventSource.all].reverse().find((s) => s.readyState !== 2);
  }
}

export function fakeCollector() {
  const state = {
    signedIn: false,
    sessions: [] as Stored[],
    posts: new Map<string, Commitment[]>(),
    responses: new Map<string, number>(),
    /** Requests as `METHOD path` (with the body, JSON-parsed, where there was one). */
    requests: [] as { method: string; path: string; body?: unknown; headers: Headers }[],
    /** The next request whose `METHOD path` matches gets this refusal (once). */
    refuse: new Map<string, Scripted>(),
    lastEventId: 0,
    /** Join lookups answer `too-many-attempts` after this many misses. */
    missesAllowed: 20,
    misses: 0,
    /** TRIZ notes, by session (every status). */
    notes: new Map<string, TrizNote[]>(),
    /** "Did you do it?" answers, by session (every status). */
    followUps: new Map<string, StoredFollowUp[]>(),
  };

  /** A TRIZ session as the collector sends it: its round brought up to now. */
  const withRound = (s: Stored) =>
    s.template === 'triz-commitments'
      ? {
          ...s,
          agenda: s.agenda ?? TRIZ_AGENDA,
          votes: s.votes ?? 0,
          round: roundAt((s.round ?? INITIAL_ROUND) as RoundState, Date.now()),
        }
      : s;

  const item = (s: Stored) => {
    const posts = state.posts.get(s.id) ?? [];
    const answers = state.followUps.get(s.id) ?? [];
    return {
      ...withRound(s),
      joinUrl: `${ORIGIN}/j/${s.code}`,
      counts: {
        responses: state.responses.get(s.id) ?? 0,
        commitments: posts.length,
        pending: posts.filter((c) => c.status === 'pending').length,
        followUps: answers.length,
        pendingFollowUps: answers.filter((f) => f.status === 'pending').length,
      },
    };
  };

  function addSession(fields: Partial<Omit<Stored, 'groups'>> & { title: string; groups?: unknown }): Stored {
    const { groups, ...rest } = fields;
    const s: Stored = {
      id: `s-${Math.random().toString(36).slice(2, 10)}`,
      date: '2026-11-25',
      moderation: 'pre',
      open: true,
      template: 'commitments',
      code: freshCode(),
      ...rest,
    };
    if (groups !== undefined) s.groups = groupList(groups, []);
    if (s.template === 'triz-commitments') {
      s.agenda ??= [...TRIZ_AGENDA];
      s.round ??= INITIAL_ROUND;
    }
    state.sessions.unshift(s);
    state.posts.set(s.id, []);
    state.notes.set(s.id, []);
    state.followUps.set(s.id, []);
    return s;
  }

  /** `groups` as the console sends it: a count (names kept) or the list. */
  function groupList(value: unknown, current: Stored['groups'] = []): NonNullable<Stored['groups']> {
    if (typeof value !== 'number') return value as NonNullable<Stored['groups']>;
    const names = new Map((current ?? []).map((g) => [g.id, g.name]));
    return groupIds(value).map((id) => (names.get(id) ? { id, name: names.get(id)! } : { id }));
  }

  /** A note on a group's board, as a participant's phone would have added it. */
  function addNote(sid: string, group: string, text: string, fields: Partial<TrizNote> = {}): TrizNote {
    const at = new Date(Date.now() + (state.notes.get(sid)?.length ?? 0)).toISOString();
    const note: TrizNote = {
      id: `n-${Math.random().toString(36).slice(2, 10)}`,
      sessionId: sid,
      group,
      text,
      state: 'worst',
      history: [{ state: fields.state ?? 'worst', at }],
      votes: 0,
      createdAt: at,
      status: 'visible',
      ...fields,
    };
    state.notes.get(sid)!.push(note);
    return note;
  }

  function addPost(sid: string, text: string, fields: Partial<Commitment> = {}): Commitment {
    const c: Commitment = {
      id: `c-${Math.random().toString(36).slice(2, 10)}`,
      sessionId: sid,
      createdAt: new Date(Date.now() + (state.posts.get(sid)?.length ?? 0)).toISOString(),
      text,
      column: 'commitments',
      sector: null,
      status: 'pending',
      reactions: 0,
      ...fields,
    };
    state.posts.get(sid)!.push(c);
    state.lastEventId += 1;
    return c;
  }

  /** A commitment's author's answer, as their device would have sent it weeks later. */
  function addFollowUp(
    sid: string,
    commitmentId: string,
    answer: FollowUpAnswer,
    fields: Partial<StoredFollowUp> = {},
  ): StoredFollowUp {
    const f: StoredFollowUp = {
      id: `f-${Math.random().toString(36).slice(2, 10)}`,
      sessionId: sid,
      commitmentId,
      answer,
      answeredAt: new Date(Date.UTC(2026, 11, 21, 10, state.followUps.get(sid)!.length)).toISOString(),
      status: 'visible' as CommitmentStatus,
      ...fields,
    };
    state.followUps.get(sid)!.push(f);
    return f;
  }

  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), ORIGIN);
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const headers = new Headers(init.headers);
    const body =
      typeof init.body === 'string' && headers.get('content-type') === 'application/json'
        ? (JSON.parse(init.body) as unknown)
        : typeof init.body === 'string'
          ? Object.fromEntries(new URLSearchParams(init.body))
          : undefined;
    state.requests.push({ method, path: path + url.search, body, headers });
    const scripted = state.refuse.get(`${method} ${path}`);
    if (scripted) {
      state.refuse.delete(`${method} ${path}`);
      if (scripted.network) throw new TypeError('Failed to fetch');
      return json(
        scripted.status,
        {
          error: {
            code: scripted.code ?? 'internal',
            message: 'scripted',
            ...(scripted.issues && { issues: scripted.issues }),
          },
        },
        scripted.retryAfter ? { 'retry-after': String(scripted.retryAfter) } : {},
      );
    }

    // Signing in and out: the collector's form endpoints.
    if (path === '/admin/login' && method === 'POST') {
      const form = body as Record<string, string>;
      if (form.token !== TOKEN) return new Response('<!doctype html><p>wrong token</p>', { status: 401 });
      state.signedIn = true;
      return new Response(null, { status: 303, headers: { location: `/admin?lang=${form.lang}` } });
    }
    if (path === '/admin/logout' && method === 'POST') {
      state.signedIn = false;
      return new Response(null, { status: 303, headers: { location: '/admin' } });
    }

    // Joining (public).
    const join = /^\/v1\/join\/([^/]+)$/.exec(path);
    if (join && method === 'GET') {
      const code = decodeURIComponent(join[1]!).replace(/[\s-]/g, '').toUpperCase();
      if (!/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/.test(code))
        return json(400, {
          error: { code: 'invalid-code', message: 'A join code is six letters and digits.' },
        });
      const s = state.sessions.find((x) => x.code === code);
      if (!s && state.misses >= state.missesAllowed)
        return json(429, { error: { code: 'too-many-attempts', message: 'wait' } }, { 'retry-after': '42' });
      if (!s) {
        state.misses += 1;
        return json(404, { error: { code: 'code-not-found', message: 'No session has this join code.' } });
      }
      if (!s.open)
        return json(410, { error: { code: 'session-closed', message: 'This session has finished.' } });
      return json(200, {
        session: {
          id: s.id,
          title: s.title,
          date: s.date,
          template: s.template,
          prompt: s.prompt,
          moderation: s.moderation,
          lang: s.lang,
          partnerUrl: s.partnerUrl,
          stage: s.stage,
        },
        endpoint: ORIGIN,
      });
    }

    // A session as anyone may read it (the projector page: where its round stands).
    const pub = /^\/v1\/sessions\/([^/]+)$/.exec(path);
    if (pub && method === 'GET') {
      const s = state.sessions.find((x) => x.id === decodeURIComponent(pub[1]!));
      if (!s) return json(404, { error: { code: 'session-not-found', message: 'No such session.' } });
      const { code: _code, ...shown } = withRound(s);
      return json(200, shown);
    }

    // The admin API: the cookie, and the CSRF header on changes.
    if (!path.startsWith('/v1/admin/'))
      return json(404, { error: { code: 'not-found', message: 'Nothing here.' } });
    if (!state.signedIn) return json(401, { error: { code: 'unauthorised', message: 'Sign in.' } });
    if (method !== 'GET' && headers.get('x-netweave-csrf') !== '1')
      return json(401, { error: { code: 'unauthorised', message: 'CSRF header missing.' } });
    if (path === '/v1/admin/sessions' && method === 'GET')
      return json(200, { items: state.sessions.map(item) });
    if (path === '/v1/admin/sessions' && method === 'POST') {
      const b = body as Record<string, unknown>;
      const issues = [];
      if (!b.title) issues.push({ path: 'title', code: 'empty', message: 'title: empty' });
      if (typeof b.partnerUrl === 'string' && !b.partnerUrl.startsWith('https://'))
        issues.push({ path: 'partnerUrl', code: 'https', message: 'partnerUrl: https' });
      if (issues.length) return json(400, { error: { code: 'invalid', message: 'invalid', issues } });
      return json(201, item(addSession(b as Stored & { groups?: unknown })));
    }
    const m = /^\/v1\/admin\/sessions\/([^/]+)(\/.*)?$/.exec(path);
    const s = m && state.sessions.find((x) => x.id === decodeURIComponent(m[1]!));
    if (!m || !s) return json(404, { error: { code: 'session-not-found', message: 'No such session.' } });
    const rest = m[2] ?? '';
    if (!rest && method === 'PATCH') {
      const b = body as Record<string, unknown>;
      if (b.groups !== undefined) {
        const next = groupList(b.groups, s.groups);
        const gone = (s.groups ?? []).filter((g) => !next.some((x) => x.id === g.id));
        const full = gone.find((g) => state.notes.get(s.id)?.some((n) => n.group === g.id));
        if (full)
          return json(409, {
            error: {
              code: 'groups-not-empty',
              message: `Group ${full.id.slice(1)} has notes on its board: move them to another group before removing it.`,
            },
          });
        b.groups = next;
      }
      for (const [k, v] of Object.entries(b)) {
        if (v === null) delete (s as Record<string, unknown>)[k];
        else (s as Record<string, unknown>)[k] = v;
      }
      return json(200, item(s));
    }
    if (!rest && method === 'GET') return json(200, item(s));
    if (!rest && method === 'DELETE') {
      state.sessions = state.sessions.filter((x) => x !== s);
      return json(204, null);
    }
    if (rest === '/duplicate' && method === 'POST') {
      const { id: _id, code: _code, ...fields } = s;
      return json(201, item(addSession({ ...fields, open: true })));
    }
    if (rest === '/events' && method === 'GET') {
      return json(200, {
        events: [],
        lastEventId: state.lastEventId,
        more: false,
        responsesVersion: 0,
        session: withRound(s),
      });
    }
    if (rest === '/round' && method === 'POST') {
      const { version, ...action } = body as RoundAction & { version: number };
      const round = (s.round ?? INITIAL_ROUND) as RoundState;
      const now = Date.now();
      if (version !== round.version)
        return json(409, {
          error: { code: 'stale-round', message: 'Another console changed the round meanwhile.' },
          round: roundAt(round, now),
        });
      const done = applyRoundAction(round, action as RoundAction, s.agenda ?? TRIZ_AGENDA, now);
      if ('refused' in done) return json(409, { error: { code: done.refused, message: done.refused } });
      s.round = done.round;
      if (action.action === 'start') s.stage = stageOf(action.kind);
      return json(200, item(s));
    }
    if (rest === '/notes' && method === 'GET') return json(200, { items: state.notes.get(s.id) ?? [] });
    const note = /^\/notes\/([^/]+)$/.exec(rest);
    if (note && method === 'PATCH') {
      const n = state.notes.get(s.id)?.find((x) => x.id === decodeURIComponent(note[1]!));
      if (!n) return json(404, { error: { code: 'note-not-found', message: 'No such note.' } });
      const b = body as { group?: string; status?: TrizNote['status'] };
      Object.assign(n, b);
      return json(200, { ...n });
    }
    if (rest === '/commitments' && method === 'GET')
      return json(200, { items: [...(state.posts.get(s.id) ?? [])].reverse(), nextCursor: null });
    const mod = /^\/commitments\/([^/]+)\/moderation$/.exec(rest);
    if (mod && method === 'POST') {
      const c = state.posts.get(s.id)?.find((x) => x.id === decodeURIComponent(mod[1]!));
      if (!c) return json(404, { error: { code: 'commitment-not-found', message: 'No such post.' } });
      const b = body as { status: Commitment['status']; text?: string };
      c.status = b.status;
      if (b.text !== undefined) c.text = b.text;
      if (c.status !== 'pending') delete c.heldFor;
      state.lastEventId += 1;
      return json(200, { ...c });
    }
    if (rest === '/follow-ups' && method === 'GET') {
      const status = url.searchParams.get('status');
      const items = (state.followUps.get(s.id) ?? []).filter((f) => !status || f.status === status);
      return json(200, { items: items.map((f) => ({ ...f })) });
    }
    const fu = /^\/follow-ups\/([^/]+)\/moderation$/.exec(rest);
    if (fu && method === 'POST') {
      const f = state.followUps.get(s.id)?.find((x) => x.id === decodeURIComponent(fu[1]!));
      if (!f)
        return json(404, {
          error: { code: 'follow-up-not-found', message: 'That follow-up was not found in this session.' },
        });
      const b = body as { status: CommitmentStatus; note?: string | null };
      if (b.note !== undefined && b.status !== 'visible')
        return json(400, { error: { code: 'invalid', message: 'note: only as it is approved.' } });
      f.status = b.status;
      if (b.note !== undefined) {
        const note = b.note?.trim();
        if (note) f.note = note;
        else delete f.note;
      }
      if (f.status !== 'pending') delete f.heldFor;
      return json(200, { ...f });
    }
    return json(404, { error: { code: 'not-found', message: 'Nothing here.' } });
  }) as typeof globalThis.fetch;

  const api = (options: { EventSource?: typeof EventSource | null } = {}) =>
    new CollectorApi({
      base: ORIGIN,
      fetch,
      EventSource:
        options.EventSource === undefined
          ? (FakeEventSource as unknown as typeof EventSource)
          : options.EventSource,
    });

  /** The requests made so far as `METHOD path`. */
  const calls = () => state.requests.map((r) => `${r.method} ${r.path}`);

  /** Tells the open admin stream that a note changed (or went), as the collector does. */
  const tellNote = (sid: string, note: TrizNote | { removed: string }) => {
    const stream = FakeEventSource.latest();
    if ('removed' in note)
      stream?.send('note-removed', { type: 'note-removed', sessionId: sid, id: note.removed }, 0);
    else stream?.send('note', { type: 'note', sessionId: sid, note }, 0);
  };

  /** Tells the open admin stream the session as it stands (another console acted). */
  const tellSession = (s: Stored) =>
    FakeEventSource.latest()?.send('session', { type: 'session', sessionId: s.id, session: item(s) }, 0);

  return { state, fetch, api, addSession, addPost, addNote, addFollowUp, tellNote, tellSession, calls };
}
