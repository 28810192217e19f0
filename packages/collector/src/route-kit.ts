/**
 * What every route of the API shares: its context, how it answers and refuses, and reading the
 * session in the address (routes.ts, sessions.ts, triz.ts and the rest build on these).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { idSource, type Catalogue, type Session } from '@netweave/model';
import type { CollectorConfig } from './config.js';
import type { Database } from './db/types.js';
import { HttpError, readJson, sendJson } from './http.js';
import type { LiveHub } from './live.js';
import type { Logger } from './log.js';
import type { SummaryReleases } from './release.js';

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

export function sameSession(ctx: RouteContext, value: { sessionId: string }): void {
  if (value.sessionId !== ctx.params.sid)
    fail(ctx, 400, 'session-mismatch', 'sessionId in the body must match the session in the address.');
}
