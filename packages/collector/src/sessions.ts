/**
 * Sessions as a facilitator runs them (the admin API: list with counts, create from a template,
 * edit, close and reopen, duplicate, delete, the join QR code) and joining one by its code (the
 * public join API). Documented in openapi.yaml.
 */
import type { IncomingMessage } from 'node:http';
import { newId, normaliseJoinCode, sessionStage, validateSession, type Session } from '@netweave/model';
import type { CollectorConfig } from './config.js';
import type { SessionCounts } from './db/types.js';
import { HttpError } from './http.js';
import type { JoinGuard } from './join-guard.js';
import { withFreshCode } from './join-codes.js';
import { qrSvg } from './qr.js';
import type { TrizStore } from './db/triz-store.js';
import { groupsInput, saveTrizSettings, TRIZ_FIELDS } from './triz-settings.js';
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

/** A session as the admin API shows it. */
export type SessionItem = Session & { code: string; joinUrl: string; counts: SessionCounts };

/**
 * The origin people outside reach the collector at: the `--public-origin` this request came
 * through, else the first one configured, else the address the request came to.
 */
export function publicOrigin(req: IncomingMessage, config: CollectorConfig, own: string): string {
  if (config.publicOrigins.includes(own)) return own;
  if (config.publicOrigins.length) return config.publicOrigins[0]!;
  if (own !== 'null') return own;
  return `http://${String(req.headers.host ?? `${config.host}:${config.port}`)}`;
}

function joinUrl(ctx: RouteContext, code: string): string {
  return `${publicOrigin(ctx.req, ctx.config, ctx.ownOrigin())}/j/${code}`;
}

async function item(ctx: RouteContext, s: Session, counts?: SessionCounts): Promise<SessionItem> {
  const code = s.code ?? '';
  return {
    ...s,
    code,
    joinUrl: joinUrl(ctx, code),
    counts: counts ?? (await ctx.db.sessionCounts(s.id)),
  };
}

/** Stores a new session under a fresh join code; 409 when its id is taken. */
async function create(ctx: RouteContext, s: Session): Promise<Session> {
  const outcome = await withFreshCode((code) => ctx.db.createSession({ ...s, code }));
  if (outcome !== 'created') fail(ctx, 409, 'id-conflict', 'A session with this id already exists.');
  const stored = await ctx.db.getSession(s.id);
  if (!stored) fail(ctx, 404, 'session-not-found', 'The new session could not be read back.');
  ctx.logger.info('session-created', { moderation: s.moderation, template: stored.template });
  return stored;
}

/** Fields that `null` clears (they are optional). */
const CLEARABLE = ['prompt', 'partnerUrl', 'lang'] as const;

/** `input` without the fields it sets to null (so validation sees them as not given). */
function withoutNulls(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}

const CREATE_FIELDS = new Set([
  ...TRIZ_FIELDS,
  'id',
  'title',
  'date',
  'template',
  'prompt',
  'moderation',
  'open',
  'partnerUrl',
  'lang',
  'stage',
]);
const PATCH_FIELDS = new Set([
  ...TRIZ_FIELDS,
  'title',
  'date',
  'prompt',
  'moderation',
  'open',
  'partnerUrl',
  'lang',
  'stage',
]);

const CODE = '(?<code>[^/]+)';

/** The public join lookup: the guard first, then the database; misses are counted. */
export async function lookUpCode(
  ctx: Pick<RouteContext, 'db' | 'client'> & { guard: JoinGuard },
  raw: string,
): Promise<
  | { state: 'invalid' }
  | { state: 'limited'; wait: number }
  | { state: 'not-found' }
  | { state: 'closed' | 'open'; session: Session }
> {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return { state: 'invalid' };
  }
  const code = normaliseJoinCode(text);
  if (!code) return { state: 'invalid' };
  const wait = await ctx.guard.check(ctx.client, code);
  if (wait) return { state: 'limited', wait };
  const found = await ctx.db.getSessionByCode(code);
  if (!found) {
    await ctx.guard.missed(ctx.client, code);
    return { state: 'not-found' };
  }
  await ctx.guard.found(ctx.client, code);
  return { state: found.open ? 'open' : 'closed', session: found };
}

/** Routes that need the join guard (made per collector). */
export function sessionRoutes(guard: JoinGuard, triz: TrizStore): Route[] {
  return [
    {
      name: 'GET /v1/join/:code',
      method: 'GET',
      pattern: re(`/v1/join/${CODE}`),
      async handler(ctx) {
        const found = await lookUpCode({ ...ctx, guard }, ctx.params.code!);
        if (found.state === 'invalid')
          fail(
            ctx,
            400,
            'invalid-code',
            'A join code is six letters and digits, such as K7M-3QP. Check the code and try again.',
          );
        if (found.state === 'limited')
          throw new HttpError(
            429,
            'too-many-attempts',
            `Too many codes that do not exist were tried from this network: try again in ${found.wait} seconds.`,
            { headers: { ...ctx.corsHeaders, 'retry-after': String(found.wait) } },
          );
        if (found.state === 'not-found')
          fail(ctx, 404, 'code-not-found', 'No session has this join code. Check the code and try again.');
        if (found.state === 'closed')
          fail(ctx, 410, 'session-closed', 'This session has finished: it no longer takes part.');
        const s = found.session;
        reply(ctx, 200, {
          session: {
            id: s.id,
            title: s.title,
            date: s.date,
            template: s.template ?? 'commitments',
            prompt: s.prompt,
            moderation: s.moderation,
            lang: s.lang,
            partnerUrl: s.partnerUrl,
            stage: sessionStage(s),
          },
          endpoint: publicOrigin(ctx.req, ctx.config, ctx.ownOrigin()),
        });
      },
    },
    ...adminSessionRoutes(triz),
  ];
}

const adminSessionRoutes = (triz: TrizStore): Route[] => [
  {
    name: 'GET /v1/admin/sessions',
    method: 'GET',
    pattern: re('/v1/admin/sessions'),
    admin: true,
    async handler(ctx) {
      const items = await ctx.db.listSessions();
      reply(ctx, 200, {
        items: await Promise.all(items.map(({ counts, ...s }) => item(ctx, s, counts))),
      });
    },
  },
  {
    name: 'POST /v1/admin/sessions',
    method: 'POST',
    pattern: re('/v1/admin/sessions'),
    admin: true,
    async handler(ctx) {
      const input = withoutNulls(onlyFields(ctx, await body(ctx), CREATE_FIELDS));
      const id = typeof input.id === 'string' ? input.id : newId();
      if (input.groups !== undefined) input.groups = groupsInput(input.groups, await triz.state(id));
      const checked = validateSession({ template: 'commitments', ...input, id });
      if (!checked.success) invalid(ctx, checked.issues);
      const { groups, agenda, votes, ...plain } = checked.value;
      if ((groups || agenda || votes !== undefined) && plain.template !== 'triz-commitments')
        fail(ctx, 400, 'invalid', 'groups, agenda and votes are for “TRIZ, then commitments” sessions only.');
      const made = await create(ctx, plain);
      if (plain.template === 'triz-commitments')
        await saveTrizSettings(ctx, triz, made.id, { groups, agenda, votes });
      reply(ctx, 201, await item(ctx, (await ctx.db.getSession(made.id)) ?? made));
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}`),
    admin: true,
    async handler(ctx) {
      reply(ctx, 200, await item(ctx, await session(ctx)));
    },
  },
  {
    name: 'PATCH /v1/admin/sessions/:sid',
    method: 'PATCH',
    pattern: re(`/v1/admin/sessions/${ID}`),
    admin: true,
    async handler(ctx) {
      const input = onlyFields(ctx, await body(ctx), PATCH_FIELDS);
      const current = await session(ctx);
      if (input.groups !== undefined) input.groups = groupsInput(input.groups, await triz.state(current.id));
      const merged: Record<string, unknown> = { ...current, ...input };
      for (const field of CLEARABLE) if (input[field] === null) delete merged[field];
      const checked = validateSession(merged);
      if (!checked.success) invalid(ctx, checked.issues);
      if (TRIZ_FIELDS.some((f) => input[f] !== undefined)) {
        if (current.template !== 'triz-commitments')
          fail(
            ctx,
            400,
            'invalid',
            'groups, agenda and votes are for “TRIZ, then commitments” sessions only.',
          );
        const { groups, agenda, votes } = checked.value;
        await saveTrizSettings(ctx, triz, current.id, {
          ...(input.groups !== undefined ? { groups } : {}),
          ...(input.agenda !== undefined ? { agenda } : {}),
          ...(input.votes !== undefined ? { votes } : {}),
        });
      }
      // Cleared fields are passed as undefined, so the stored values go too.
      const next = { ...checked.value, code: current.code };
      for (const field of CLEARABLE) next[field] = checked.value[field] as never;
      const updated = await ctx.db.updateSession(current.id, next);
      if (!updated) fail(ctx, 404, 'session-not-found', 'The session was deleted meanwhile.');
      if (input.open !== undefined && input.open !== current.open)
        ctx.logger.info(input.open ? 'session-reopened' : 'session-closed');
      if (next.stage !== current.stage) ctx.logger.info('session-stage', { stage: next.stage });
      reply(ctx, 200, await item(ctx, (await ctx.db.getSession(current.id)) ?? updated));
    },
  },
  {
    name: 'POST /v1/admin/sessions/:sid/duplicate',
    method: 'POST',
    pattern: re(`/v1/admin/sessions/${ID}/duplicate`),
    admin: true,
    async handler(ctx) {
      const from = await session(ctx);
      const copy: Session = {
        id: newId(),
        title: from.title,
        date: from.date,
        template: from.template ?? 'commitments',
        moderation: from.moderation,
        open: true,
        ...(from.prompt !== undefined && { prompt: from.prompt }),
        ...(from.partnerUrl !== undefined && { partnerUrl: from.partnerUrl }),
        ...(from.lang !== undefined && { lang: from.lang }),
      };
      reply(ctx, 201, await item(ctx, await create(ctx, copy)));
    },
  },
  {
    name: 'DELETE /v1/admin/sessions/:sid',
    method: 'DELETE',
    pattern: re(`/v1/admin/sessions/${ID}`),
    admin: true,
    async handler(ctx) {
      await session(ctx);
      const removed = (await ctx.db.deleteSession(ctx.params.sid!)) ?? [];
      ctx.logger.info('session-deleted', { commitments: removed.length });
      ctx.res.writeHead(204, { ...ctx.corsHeaders, 'cache-control': 'no-store' });
      ctx.res.end();
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/qr.svg',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/qr\\.svg`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      const url = joinUrl(ctx, s.code ?? '');
      // Its accessible name, in the console's language (?lang=cy).
      const label = `${ctx.url.searchParams.get('lang') === 'cy' ? 'Cod QR i ymuno' : 'QR code to join'}: ${url}`;
      const svg = qrSvg(url, label);
      ctx.res.writeHead(200, {
        ...ctx.corsHeaders,
        'content-type': 'image/svg+xml',
        'content-length': String(Buffer.byteLength(svg)),
        'content-disposition': `inline; filename="netweave-join-${s.code ?? s.id}.svg"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
      ctx.res.end(ctx.req.method === 'HEAD' ? undefined : svg);
    },
  },
];
