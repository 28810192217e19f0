/**
 * The API's readers of query parameters and cursors, its pages of commitments, its live events
 * and its CSV answers (routes.ts).
 */
import { LIMITS, type Commitment, type CommitmentStatus } from '@netweave/model';
import type { CommitmentCursor } from './db/types.js';
import { fail, reply, type RouteContext } from './route-kit.js';

export function encodeCursor(c: Commitment): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');
}

export function decodeCursor(ctx: RouteContext, raw: string | null): CommitmentCursor | null {
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

export function limitParam(ctx: RouteContext, fallback: number, max: number): number {
  const raw = ctx.url.searchParams.get('limit');
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    fail(ctx, 400, 'invalid-limit', `limit must be a whole number from 1 to ${max}.`);
  return n;
}

export async function page(ctx: RouteContext, statuses: readonly CommitmentStatus[]): Promise<void> {
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
export function createdAt(clientTime: string | undefined): string {
  const now = Date.now();
  if (clientTime) {
    const t = Date.parse(clientTime);
    if (t > now - 7 * 86_400_000 && t < now + 60_000) return new Date(t).toISOString();
  }
  return new Date(now).toISOString();
}

/** Devices behind one address that may each react once to a post (a room on one Wi-Fi). */
export const REACTIONS_PER_ADDRESS = 25;

export function thresholdParam(ctx: RouteContext): number | undefined {
  const raw = ctx.url.searchParams.get('threshold');
  const threshold = raw === null ? undefined : Number(raw);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 0 || threshold > 100)) {
    fail(ctx, 400, 'invalid-threshold', 'threshold must be a whole number on the rating scale.');
  }
  return threshold;
}

export function lastId(ctx: RouteContext): number | null {
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

export async function events(ctx: RouteContext, audience: 'public' | 'admin'): Promise<void> {
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

export async function visibleCommitment(ctx: RouteContext): Promise<Commitment> {
  const c = await ctx.db.getCommitment(ctx.params.sid!, ctx.params.cid!);
  if (!c || c.status !== 'visible')
    fail(ctx, 404, 'commitment-not-found', 'That commitment was not found on the wall.');
  return c;
}

export function csv(ctx: RouteContext, name: string, text: string): void {
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
