/** The /v1 JSON API (documented in openapi.yaml). */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  commitmentsToCsv,
  DEFAULT_COLUMN,
  idSource,
  isId,
  LIMITS,
  responsesToCsv,
  validateNewCommitment,
  validateResponse,
  type Catalogue,
  type Commitment,
  type CommitmentStatus,
  type Session,
} from '@netweave/model';
import { initialStatus } from '@netweave/model/moderation';
import type { CollectorConfig } from './config.js';
import type { CommitmentCursor, Database } from './db/types.js';
import { canonicalJson, HttpError, readJson, sendJson } from './http.js';
import type { LiveHub } from './live.js';
import type { Logger } from './log.js';
import type { SummaryReleases } from './release.js';
import { publicSummary } from './summary.js';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  db: Database;
  live: LiveHub;
  releases: SummaryReleases;
  config: CollectorConfig;
  catalogue: Catalogue;
  /** The hashed client address. */
  client: string;
  corsHeaders: Record<string, string>;
  logger: Logger;
  isAdmin(): Promise<boolean>;
  ownOrigin(): string;
}

export interface Route {
  name: string;
  method: string;
  pattern: RegExp;
  admin?: boolean;
  handler(ctx: RouteContext): Promise<void>;
}

export const ID = `(?<sid>${idSource()})`;
const CID = `(?<cid>${idSource()})`;
export const re = (path: string) => new RegExp(`^${path}$`);

export function reply(
  ctx: RouteContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJson(ctx.res, status, body, { ...ctx.corsHeaders, ...headers });
}

export function fail(
  ctx: RouteContext,
  status: number,
  code: string,
  message: string,
  issues?: HttpError['issues'],
): never {
  throw new HttpError(status, code, message, { headers: ctx.corsHeaders, ...(issues ? { issues } : {}) });
}

export async function body(ctx: RouteContext): Promise<unknown> {
  try {
    return await readJson(ctx.req, ctx.config.maxBody);
  } catch (error) {
    if (error instanceof HttpError)
      throw new HttpError(error.status, error.code, error.message, {
        headers: { ...ctx.corsHeaders, ...error.headers },
      });
    throw error;
  }
}

export async function session(ctx: RouteContext, options: { writable?: boolean } = {}): Promise<Session> {
  const sid = ctx.params.sid!;
  const found = await ctx.db.getSession(sid);
  if (!found)
    fail(
      ctx,
      404,
      'session-not-found',
      `There is no session "${sid}" on this collector. Check the session id in the page's settings.`,
    );
  if (options.writable && !found.open)
    fail(
      ctx,
      409,
      'session-closed',
      `The session "${found.title}" is closed: it no longer takes submissions.`,
    );
  return found;
}

export function invalid(ctx: RouteContext, issues: HttpError['issues']): never {
  fail(
    ctx,
    400,
    'invalid',
    (issues ?? []).map((i) => i.message).join('; ') || 'The body is not valid.',
    issues,
  );
}

function sameSession(ctx: RouteContext, value: { sessionId: string }): void {
  if (value.sessionId !== ctx.params.sid)
    fail(ctx, 400, 'session-mismatch', 'sessionId in the body must match the session in the address.');
}

function encodeCursor(c: Commitment): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');
}

function decodeCursor(ctx: RouteContext, raw: string | null): CommitmentCursor | null {
  if (!raw) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      typeof id === 'string' &&
      createdAt.length < 40 &&
      id.length <= LIMITS.idLength
    )
      return { createdAt, id };
  } catch {
    /* fall through */
  }
  fail(ctx, 400, 'invalid-cursor', 'The cursor is not one this collector gave out.');
}

function limitParam(ctx: RouteContext, fallback: number, max: number): number {
  const raw = ctx.url.searchParams.get('limit');
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    fail(ctx, 400, 'invalid-limit', `limit must be a whole number from 1 to ${max}.`);
  return n;
}

async function page(ctx: RouteContext, statuses: readonly CommitmentStatus[]): Promise<void> {
  const limit = limitParam(ctx, 50, 200);
  const items = await ctx.db.listCommitments(ctx.params.sid!, {
    statuses,
    cursor: decodeCursor(ctx, ctx.url.searchParams.get('cursor')),
    limit: limit + 1,
  });
  const more = items.length > limit;
  if (more) items.pop();
  reply(ctx, 200, { items, nextCursor: more ? encodeCursor(items[items.length - 1]!) : null });
}

/** A client clock is trusted for ordering only when it is plausible (offline queues send later). */
function createdAt(clientTime: string | undefined): string {
  const now = Date.now();
  if (clientTime) {
    const t = Date.parse(clientTime);
    if (t > now - 7 * 86_400_000 && t < now + 60_000) return new Date(t).toISOString();
  }
  return new Date(now).toISOString();
}

/** Devices behind one address that may each react once to a post (a room on one Wi-Fi). */
export const REACTIONS_PER_ADDRESS = 25;

function thresholdParam(ctx: RouteContext): number | undefined {
  const raw = ctx.url.searchParams.get('threshold');
  const threshold = raw === null ? undefined : Number(raw);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 0 || threshold > 100)) {
    fail(ctx, 400, 'invalid-threshold', 'threshold must be a whole number on the rating scale.');
  }
  return threshold;
}

function lastId(ctx: RouteContext): number | null {
  const raw =
    ctx.req.headers['last-event-id'] ??
    ctx.url.searchParams.get('lastEventId') ??
    ctx.url.searchParams.get('after');
  if (raw === undefined || raw === null || raw === '') return null;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    fail(ctx, 400, 'invalid-event-id', 'Last-Event-ID must be an event id this collector sent.');
  return n;
}

async function events(ctx: RouteContext, audience: 'public' | 'admin'): Promise<void> {
  const sid = ctx.params.sid!;
  const after = lastId(ctx);
  if (!String(ctx.req.headers.accept ?? '').includes('text/event-stream')) {
    reply(ctx, 200, await ctx.live.poll(sid, after, audience));
    return;
  }
  // Counted against the limits by the hub (refused with 429 too-many-streams or 503 collector-busy).
  await ctx.live.stream(ctx.req, ctx.res, {
    sessionId: sid,
    audience,
    lastId: after,
    client: ctx.client,
    headers: ctx.corsHeaders,
  });
}

async function visibleCommitment(ctx: RouteContext): Promise<Commitment> {
  const c = await ctx.db.getCommitment(ctx.params.sid!, ctx.params.cid!);
  if (!c || c.status !== 'visible')
    fail(ctx, 404, 'commitment-not-found', 'That commitment was not found on the wall.');
  return c;
}

function csv(ctx: RouteContext, name: string, text: string): void {
  ctx.res.writeHead(200, {
    ...ctx.corsHeaders,
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  ctx.res.end(text);
}

export function onlyFields(ctx: RouteContext, input: unknown, fields: Set<string>): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    fail(ctx, 400, 'invalid', 'The body must be a JSON object.');
  const extra = Object.keys(input).filter((k) => !fields.has(k));
  if (extra.length) fail(ctx, 400, 'unknown-field', `These fields are not accepted: ${extra.join(', ')}.`);
  return input as Record<string, unknown>;
}

const ACTIONS = { approve: 'visible', hide: 'hidden', hold: 'pending' } as const;

/**
 * What a moderator asked for: `status` (visible, hidden, pending) or `action` (approve, hide,
 * hold), and with an approval the post's edited `text`, checked like a new post's.
 */
function moderation(
  ctx: RouteContext,
  input: Record<string, unknown>,
): { status: CommitmentStatus; text?: string } {
  const { action, text } = input;
  let status = input.status;
  if (action !== undefined) {
    if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action))
      fail(ctx, 400, 'invalid-action', 'action must be approve, hide or hold.');
    if (status !== undefined && status !== ACTIONS[action as keyof typeof ACTIONS])
      fail(ctx, 400, 'invalid-action', 'Send action or status, not two that disagree.');
    status = ACTIONS[action as keyof typeof ACTIONS];
  }
  if (status !== 'visible' && status !== 'hidden' && status !== 'pending') {
    fail(ctx, 400, 'invalid-status', 'status must be visible (approve), hidden or pending.');
  }
  if (text === undefined) return { status };
  if (status !== 'visible') fail(ctx, 400, 'invalid', 'text: a post can only be edited as it is approved.');
  const checked = validateNewCommitment({ id: ctx.params.cid, sessionId: ctx.params.sid, text });
  if (!checked.success) invalid(ctx, checked.issues);
  return { status, text: checked.value.text };
}

export const apiRoutes: Route[] = [
  {
    name: 'GET /v1/sessions/:sid',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}`),
    async handler(ctx) {
      reply(ctx, 200, await session(ctx));
    },
  },
  {
    name: 'POST /v1/sessions/:sid/responses',
    method: 'POST',
    pattern: re(`/v1/sessions/${ID}/responses`),
    async handler(ctx) {
      const input = await body(ctx);
      await session(ctx, { writable: true });
      const checked = validateResponse(input, { catalogue: ctx.catalogue });
      if (!checked.success) invalid(ctx, checked.issues);
      sameSession(ctx, checked.value);
      const { outcome, receivedAt } = await ctx.db.insertResponse(
        checked.value,
        canonicalJson(checked.value),
      );
      if (outcome === 'conflict')
        fail(ctx, 409, 'id-conflict', 'A different response was already stored with this id.');
      reply(ctx, outcome === 'created' ? 201 : 200, { id: checked.value.id, state: 'sent', receivedAt });
    },
  },
  {
    name: 'GET /v1/sessions/:sid/summary',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}/summary`),
    async handler(ctx) {
      const s = await session(ctx);
      const threshold = thresholdParam(ctx);
      reply(ctx, 200, await ctx.releases.summary(s.id, threshold));
    },
  },
  {
    name: 'POST /v1/sessions/:sid/commitments',
    method: 'POST',
    pattern: re(`/v1/sessions/${ID}/commitments`),
    async handler(ctx) {
      const input = await body(ctx);
      const s = await session(ctx, { writable: true });
      const checked = validateNewCommitment(input);
      if (!checked.success) invalid(ctx, checked.issues);
      const v = checked.value;
      sameSession(ctx, v);
      const commitment: Commitment = {
        id: v.id,
        sessionId: v.sessionId,
        createdAt: createdAt(v.createdAt),
        text: v.text,
        column: v.column ?? DEFAULT_COLUMN,
        sector: v.sector ?? null,
        reactions: 0,
        ...initialStatus(v.text, s.moderation),
      };
      const fingerprint = canonicalJson({ text: v.text, column: v.column ?? null, sector: v.sector ?? null });
      const result = await ctx.db.insertCommitment(commitment, fingerprint);
      if (result.outcome === 'conflict')
        fail(ctx, 409, 'id-conflict', 'A different commitment was already stored with this id.');
      reply(ctx, result.outcome === 'created' ? 201 : 200, result.commitment);
    },
  },
  {
    name: 'GET /v1/sessions/:sid/commitments',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}/commitments`),
    async handler(ctx) {
      await session(ctx);
      await page(ctx, ['visible']);
    },
  },
  {
    name: 'POST /v1/sessions/:sid/commitments/:cid/reactions',
    method: 'POST',
    pattern: re(`/v1/sessions/${ID}/commitments/${CID}/reactions`),
    async handler(ctx) {
      await session(ctx, { writable: true });
      await visibleCommitment(ctx);
      // Once per person as far as anonymity allows: per address, or per device behind a shared
      // address when the client names one (X-Netweave-Device, a random id it keeps), at most
      // REACTIONS_PER_ADDRESS devices per address and post. Stored only as hashes that differ for
      // every post, so reactions cannot be linked across posts or back to an address.
      const hash = (text: string, length: number) =>
        createHash('sha256').update(text).digest('base64url').slice(0, length);
      const device = String(ctx.req.headers['x-netweave-device'] ?? '').slice(0, 100);
      const address = hash(`${ctx.client}|${ctx.params.sid}|${ctx.params.cid}`, 22);
      const by = `${address}.${device ? hash(`${address}|${device}`, 10) : '-'}`;
      const c = await ctx.db.updateCommitment(ctx.params.sid!, ctx.params.cid!, {
        kind: 'react',
        by,
        perAddress: REACTIONS_PER_ADDRESS,
      });
      reply(ctx, 200, c);
    },
  },
  {
    name: 'PATCH /v1/sessions/:sid/commitments/:cid',
    method: 'PATCH',
    pattern: re(`/v1/sessions/${ID}/commitments/${CID}`),
    async handler(ctx) {
      const input = onlyFields(ctx, await body(ctx), new Set(['column']));
      await session(ctx, { writable: true });
      const column = input.column;
      if (!isId(column)) {
        fail(
          ctx,
          400,
          'invalid',
          'column must be a column id (letters, digits, . _ : -; at most 100 characters).',
        );
      }
      await visibleCommitment(ctx);
      reply(
        ctx,
        200,
        await ctx.db.updateCommitment(ctx.params.sid!, ctx.params.cid!, { kind: 'move', column }),
      );
    },
  },
  {
    name: 'GET /v1/sessions/:sid/events',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}/events`),
    async handler(ctx) {
      await session(ctx);
      await events(ctx, 'public');
    },
  },
  // ---- admin (the sessions themselves: sessions.ts) -------------------------------------
  {
    name: 'GET /v1/admin/sessions/:sid/commitments',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/commitments`),
    admin: true,
    async handler(ctx) {
      await session(ctx);
      const status = ctx.url.searchParams.get('status');
      const statuses: CommitmentStatus[] =
        status === null ? ['pending', 'visible', 'hidden'] : [status as CommitmentStatus];
      if (!statuses.every((s) => s === 'pending' || s === 'visible' || s === 'hidden')) {
        fail(ctx, 400, 'invalid-status', 'status must be pending, visible or hidden.');
      }
      await page(ctx, statuses);
    },
  },
  {
    name: 'POST /v1/admin/sessions/:sid/commitments/:cid/moderation',
    method: 'POST',
    pattern: re(`/v1/admin/sessions/${ID}/commitments/${CID}/moderation`),
    admin: true,
    async handler(ctx) {
      const input = onlyFields(ctx, await body(ctx), new Set(['status', 'action', 'text']));
      await session(ctx);
      const { status, text } = moderation(ctx, input);
      const c = await ctx.db.updateCommitment(ctx.params.sid!, ctx.params.cid!, {
        kind: 'moderate',
        status,
        ...(text !== undefined && { text }),
      });
      if (!c) fail(ctx, 404, 'commitment-not-found', 'That commitment was not found.');
      ctx.logger.info('moderated', { status });
      reply(ctx, 200, c);
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/events',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/events`),
    admin: true,
    async handler(ctx) {
      await session(ctx);
      await events(ctx, 'admin');
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/summary',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/summary`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      const threshold = thresholdParam(ctx);
      const rule = ctx.url.searchParams.get('disclosure') ?? 'none';
      if (rule !== 'none' && rule !== 'nhs' && rule !== 'survey')
        fail(ctx, 400, 'invalid-disclosure', 'disclosure must be none, nhs or survey.');
      // Exact figures of every response stored now (no batching, no perturbation).
      reply(
        ctx,
        200,
        publicSummary(await ctx.db.listResponses(s.id), {
          catalogue: ctx.catalogue,
          threshold,
          disclosure: rule,
        }),
      );
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/responses.csv',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/responses\\.csv`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      csv(
        ctx,
        `netweave-responses-${s.id}.csv`,
        responsesToCsv(await ctx.db.listResponses(s.id), ctx.catalogue),
      );
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/commitments.csv',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/commitments\\.csv`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      const all: Commitment[] = [];
      let cursor: CommitmentCursor | null = null;
      for (;;) {
        const batch = await ctx.db.listCommitments(s.id, {
          statuses: ['pending', 'visible', 'hidden'],
          cursor,
          limit: 1000,
        });
        all.push(...batch);
        if (batch.length < 1000) break;
        const last = batch[batch.length - 1]!;
        cursor = { createdAt: last.createdAt, id: last.id };
      }
      csv(ctx, `netweave-commitments-${s.id}.csv`, commitmentsToCsv(all.reverse()));
    },
  },
];
