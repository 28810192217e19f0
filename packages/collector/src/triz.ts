/**
 * TRIZ in breakout groups (TRIZ.md): joining a group, the notes on the groups' boards, dot votes,
 * and the facilitator's round actions on the collector's clock. The rules are the model's
 * (`changeNote`, `applyRoundAction`), so every screen and this server agree.
 */
import { createHash } from 'node:crypto';
import {
  applyRoundAction,
  changeNote,
  groupIds,
  idSource,
  screenText,
  stageOf,
  TRIZ_LIMITS,
  validateNewNote,
  validateNoteChange,
  validateRoundAction,
  type RoundAction,
  type Session,
  type TrizNote,
} from '@netweave/model';
import type { TrizState, TrizStore } from './db/triz-store.js';
import { noteFingerprint } from './db/triz-store.js';
import { withTrizState } from './db/with-triz.js';
import {
  body,
  fail,
  ID,
  invalid,
  onlyFields,
  re,
  reply,
  session,
  type Route,
  type RouteContext,
} from './routes.js';

/** How note changes reach those following the session (live.ts), on this instance and others. */
export interface TrizNotify {
  /** A note added or changed, as it now stands (public streams get it only when visible). */
  note(sessionId: string, note: TrizNote, previous?: TrizNote): void;
  /** A note deleted (was `previous`). */
  removed(sessionId: string, previous: TrizNote): void;
  /** The session's TRIZ state changed (its round, groups…): tell everyone the session again. */
  session(sessionId: string): Promise<void>;
}

const NID = `(?<nid>${idSource()})`;
const DEVICE = /^[A-Za-z0-9._:-]{8,100}$/;

const MESSAGES: Record<string, string> = {
  locked:
    'The facilitator has stopped writing for now: nothing can be written or changed until they open it again.',
  'step-needed': 'Write the first step that will stop it: a note turns green with its step.',
  'not-pink': 'Only a note the group recognises (pink) can get a first step.',
  'not-yellow-or-green': 'That change does not follow the rounds: yellow notes turn pink, pink ones green.',
  'no-change': 'That changes nothing on the note.',
};

/** The device a participant's request names, hashed with the session (never kept raw). */
function device(ctx: RouteContext, sid: string): string {
  const raw = ctx.req.headers['x-netweave-device'] ?? ctx.url.searchParams.get('device') ?? '';
  const id = Array.isArray(raw) ? raw[0]! : raw;
  if (!DEVICE.test(id))
    fail(
      ctx,
      400,
      'device-required',
      'TRIZ boards need the device id the netweave widgets send (X-Netweave-Device): update the page’s netweave scripts.',
    );
  return createHash('sha256').update(`triz|${sid}|${id}`).digest('base64url').slice(0, 22);
}

/** The session's group ids (one board, `g1`, when it has none). */
export const groupsOf = (state: TrizState) =>
  state.groups?.length ? state.groups.map((g) => g.id) : groupIds(1);

function knownGroup(ctx: RouteContext, state: TrizState, group: string): void {
  if (!groupsOf(state).includes(group))
    fail(
      ctx,
      404,
      'group-not-found',
      `This session has no group "${group}". Reload the page to see its groups.`,
    );
}

/** The note in the address, from the session in the address. */
async function stored(ctx: RouteContext, triz: TrizStore): Promise<TrizNote> {
  const note = await triz.note(ctx.params.sid!, ctx.params.nid!);
  if (!note) fail(ctx, 404, 'note-not-found', 'That note is not on the board any more.');
  return note;
}

/** A participant may write only on their own group's board, while the round is not locked. */
async function member(ctx: RouteContext, triz: TrizStore, state: TrizState, group: string): Promise<string> {
  const sid = ctx.params.sid!;
  const dev = device(ctx, sid);
  const mine = await triz.member(sid, dev);
  if (mine !== group)
    fail(
      ctx,
      403,
      'not-in-group',
      mine
        ? 'That note is on another group’s board: only its group can change it.'
        : 'Choose your group first: a note goes on your group’s board.',
    );
  if (state.round.locked) fail(ctx, 409, 'locked', MESSAGES.locked!);
  return dev;
}

/** A TRIZ session: other templates have no boards. */
async function trizSession(ctx: RouteContext, options: { writable?: boolean } = {}): Promise<Session> {
  const s = await session(ctx, options);
  if (s.template !== 'triz-commitments')
    fail(
      ctx,
      404,
      'no-boards',
      'This session has no TRIZ boards: its template is not “TRIZ, then commitments”.',
    );
  return s;
}

export function trizRoutes(triz: TrizStore, notify: TrizNotify): Route[] {
  return [
    {
      name: 'GET /v1/sessions/:sid/notes',
      method: 'GET',
      pattern: re(`/v1/sessions/${ID}/notes`),
      async handler(ctx) {
        await trizSession(ctx);
        const group = ctx.url.searchParams.get('group') ?? undefined;
        const items = await triz.notes(ctx.params.sid!, group ? { group } : {});
        reply(ctx, 200, { items });
      },
    },
    {
      name: 'GET /v1/sessions/:sid/member',
      method: 'GET',
      pattern: re(`/v1/sessions/${ID}/member`),
      async handler(ctx) {
        await trizSession(ctx);
        const sid = ctx.params.sid!;
        const dev = device(ctx, sid);
        reply(ctx, 200, {
          group: (await triz.member(sid, dev)) ?? null,
          votes: await triz.votesOf(sid, dev),
        });
      },
    },
    {
      name: 'PUT /v1/sessions/:sid/member',
      method: 'PUT',
      pattern: re(`/v1/sessions/${ID}/member`),
      async handler(ctx) {
        await trizSession(ctx, { writable: true });
        const sid = ctx.params.sid!;
        const input = onlyFields(ctx, await body(ctx), new Set(['group']));
        const state = await triz.state(sid);
        const group = typeof input.group === 'string' ? input.group : '';
        if (group !== 'auto') knownGroup(ctx, state, group);
        reply(ctx, 200, { group: await triz.join(sid, device(ctx, sid), group, groupsOf(state)) });
      },
    },
    {
      name: 'POST /v1/sessions/:sid/notes',
      method: 'POST',
      pattern: re(`/v1/sessions/${ID}/notes`),
      async handler(ctx) {
        const s = await trizSession(ctx, { writable: true });
        const checked = validateNewNote(await body(ctx));
        if (!checked.success) invalid(ctx, checked.issues);
        const input = checked.value;
        if (input.sessionId !== s.id)
          fail(ctx, 400, 'session-mismatch', 'sessionId in the body must match the session in the address.');
        const state = await triz.state(s.id);
        knownGroup(ctx, state, input.group);
        await member(ctx, triz, state, input.group);
        const state0 = input.state ?? 'worst';
        const existing = await triz.fingerprint(s.id, input.id);
        if (existing !== undefined) {
          // A retried add (same id, same words) is answered with the note as stored.
          if (existing !== noteFingerprint({ group: input.group, text: input.text, state: state0 }))
            fail(ctx, 409, 'id-conflict', 'Another note already has this id.');
          const again = (await triz.note(s.id, input.id))!;
          reply(ctx, again.status === 'pending' ? 202 : 200, again);
          return;
        }
        if ((await triz.count(s.id, input.group)) >= TRIZ_LIMITS.notesPerGroup)
          fail(
            ctx,
            409,
            'board-full',
            `This board has ${TRIZ_LIMITS.notesPerGroup} notes, as many as it takes.`,
          );
        const now = new Date().toISOString();
        const screened = screenText(input.text);
        const note: TrizNote = {
          id: input.id,
          sessionId: s.id,
          group: input.group,
          text: input.text,
          state: state0,
          history: [{ state: state0, at: now }],
          votes: 0,
          createdAt: now,
          status: screened.held ? 'pending' : 'visible',
        };
        const { note: saved } = await triz.add(note);
        notify.note(s.id, saved);
        reply(ctx, saved.status === 'pending' ? 202 : 201, saved);
      },
    },
    {
      name: 'PATCH /v1/sessions/:sid/notes/:nid',
      method: 'PATCH',
      pattern: re(`/v1/sessions/${ID}/notes/${NID}`),
      async handler(ctx) {
        await trizSession(ctx, { writable: true });
        const checked = validateNoteChange(await body(ctx));
        if (!checked.success) invalid(ctx, checked.issues);
        const note = await stored(ctx, triz);
        const state = await triz.state(note.sessionId);
        await member(ctx, triz, state, note.group);
        const result = changeNote(note, checked.value, { locked: false, now: new Date().toISOString() });
        if ('refused' in result) fail(ctx, 409, result.refused, MESSAGES[result.refused]!);
        await triz.put(result.note);
        notify.note(note.sessionId, result.note, note);
        reply(ctx, 200, result.note);
      },
    },
    ...(['POST', 'DELETE'] as const).map((method): Route => ({
      name: `${method} /v1/sessions/:sid/notes/:nid/vote`,
      method,
      pattern: re(`/v1/sessions/${ID}/notes/${NID}/vote`),
      async handler(ctx) {
        await trizSession(ctx, { writable: true });
        const note = await stored(ctx, triz);
        const state = await triz.state(note.sessionId);
        if (!state.votes) fail(ctx, 409, 'voting-off', 'Voting is not open in this session.');
        const dev = await member(ctx, triz, state, note.group);
        if (note.state === 'worst' || note.status !== 'visible')
          fail(ctx, 409, 'not-pink', 'Votes go to the notes the group recognises (pink or green).');
        const result = await triz.vote(note.sessionId, note.id, dev, method === 'POST', state.votes);
        if (result === 'limit') {
          reply(ctx, 409, {
            error: {
              code: 'vote-limit',
              message: `You have given your ${state.votes} votes: take one back to vote for this note.`,
            },
            limit: state.votes,
          });
          return;
        }
        notify.note(note.sessionId, result.note, note);
        reply(ctx, 200, result.note);
      },
    })),
    {
      name: 'GET /v1/admin/sessions/:sid/notes',
      method: 'GET',
      pattern: re(`/v1/admin/sessions/${ID}/notes`),
      admin: true,
      async handler(ctx) {
        await trizSession(ctx);
        const items = await triz.notes(ctx.params.sid!, { statuses: ['visible', 'pending', 'hidden'] });
        reply(ctx, 200, { items });
      },
    },
    {
      name: 'PATCH /v1/admin/sessions/:sid/notes/:nid',
      method: 'PATCH',
      pattern: re(`/v1/admin/sessions/${ID}/notes/${NID}`),
      admin: true,
      async handler(ctx) {
        await trizSession(ctx);
        const input = onlyFields(ctx, await body(ctx), new Set(['group', 'status', 'text', 'state', 'step']));
        const note = await stored(ctx, triz);
        const state = await triz.state(note.sessionId);
        let next: TrizNote = note;
        if (input.group !== undefined) {
          if (typeof input.group !== 'string')
            fail(ctx, 400, 'invalid', 'group: must be a group id such as g2');
          knownGroup(ctx, state, input.group);
          next = { ...next, group: input.group };
        }
        if (input.status !== undefined) {
          if (input.status !== 'visible' && input.status !== 'pending' && input.status !== 'hidden')
            fail(ctx, 400, 'invalid', 'status: must be one of: visible, pending, hidden');
          next = { ...next, status: input.status };
        }
        const { group: _g, status: _s, ...change } = input;
        if (Object.keys(change).length) {
          const checked = validateNoteChange(change);
          if (!checked.success) invalid(ctx, checked.issues);
          const result = changeNote(next, checked.value, { locked: false, now: new Date().toISOString() });
          if ('refused' in result) fail(ctx, 409, result.refused, MESSAGES[result.refused]!);
          next = result.note;
        }
        await triz.put(next);
        notify.note(note.sessionId, next, note);
        reply(ctx, 200, next);
      },
    },
    {
      name: 'DELETE /v1/admin/sessions/:sid/notes/:nid',
      method: 'DELETE',
      pattern: re(`/v1/admin/sessions/${ID}/notes/${NID}`),
      admin: true,
      async handler(ctx) {
        await trizSession(ctx);
        const note = await stored(ctx, triz);
        await triz.remove(note.sessionId, note.id);
        notify.removed(note.sessionId, note);
        ctx.res.writeHead(204, { ...ctx.corsHeaders, 'cache-control': 'no-store' });
        ctx.res.end();
      },
    },
    {
      name: 'POST /v1/admin/sessions/:sid/round',
      method: 'POST',
      pattern: re(`/v1/admin/sessions/${ID}/round`),
      admin: true,
      async handler(ctx) {
        const s = await trizSession(ctx);
        const checked = validateRoundAction(await body(ctx));
        if (!checked.success) invalid(ctx, checked.issues);
        const { version, ...action } = checked.value;
        const state = await triz.state(s.id);
        const now = Date.now();
        const stale = () =>
          reply(ctx, 409, {
            error: {
              code: 'stale-round',
              message: 'Another console changed the round meanwhile: this is where it stands now.',
            },
            round: withTrizState(s, state, now).round,
          });
        if (state.round.version !== version) return stale();
        const result = applyRoundAction(state.round, action as RoundAction, state.agenda, now);
        if ('refused' in result) fail(ctx, 409, result.refused, ROUND_MESSAGES[result.refused]);
        if ((await triz.save(s.id, { ...state, round: result.round }, version)) === 'stale') {
          Object.assign(state, await triz.state(s.id));
          return stale();
        }
        ctx.logger.info('round', { action: action.action, kind: result.round.kind });
        if (action.action === 'start' && result.round.kind) {
          const stage = stageOf(result.round.kind);
          if (s.stage !== stage) await ctx.db.updateSession(s.id, { stage });
          else await notify.session(s.id);
        } else await notify.session(s.id);
        reply(
          ctx,
          200,
          (await ctx.db.getSession(s.id)) ?? withTrizState(s, { ...state, round: result.round }),
        );
      },
    },
  ];
}

const ROUND_MESSAGES = {
  'not-in-agenda': 'That round is not in this session’s agenda.',
  'not-running': 'The round is not running, so it cannot be paused.',
  'not-paused': 'The round is not paused.',
  'no-round': 'No round has started yet: start the first round.',
  minutes: `Add from 1 to ${TRIZ_LIMITS.minutes} whole minutes.`,
} as const;
