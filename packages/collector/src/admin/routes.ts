/**
 * Signing in to the facilitator console (`/admin`, served from @netweave/console by pages.ts) with
 * the admin token, and signing out; `/admin` itself answers here only when the console is not
 * installed.
 */
import type { ServerResponse } from 'node:http';
import { HttpError, sendError } from '../http.js';
import type { Route, RouteContext } from '../routes.js';
import {
  adminCookieExpiry,
  cookieDigest,
  parseCookies,
  safeEqual,
  signAdminCookie,
  verifyAdminCookie,
} from '../security.js';

export const ADMIN_COOKIE = 'nw_admin';

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function language(ctx: RouteContext, fallback?: string): string {
  const asked = ctx.url.searchParams.get('lang') ?? fallback;
  if (asked === 'cy' || asked === 'en') return asked;
  return /^cy\b/i.test(String(ctx.req.headers['accept-language'] ?? '')) ? 'cy' : 'en';
}

function enabled(ctx: RouteContext): string {
  if (!ctx.config.adminToken)
    throw new HttpError(
      404,
      'not-found',
      'The facilitator console is off: start the collector with --admin-token.',
    );
  return ctx.config.adminToken;
}

function sameOrigin(ctx: RouteContext): void {
  const origin = ctx.req.headers.origin;
  if (origin !== undefined && origin !== ctx.ownOrigin())
    throw new HttpError(403, 'origin-not-allowed', 'Sign in from the facilitator console itself.');
}

function isForm(ctx: RouteContext): boolean {
  const type = String(ctx.req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  return type === 'application/x-www-form-urlencoded';
}

async function readForm(ctx: RouteContext): Promise<URLSearchParams> {
  if (!isForm(ctx)) throw new HttpError(415, 'unsupported-media-type', 'Send the sign-in form.');
  let text = '';
  try {
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
      text += chunk.toString('utf8');
      if (text.length > 4096)
        throw new HttpError(413, 'too-large', 'The form is too large.', { headers: { connection: 'close' } });
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'incomplete-body', 'The form did not arrive whole.'); // the client's doing
  }
  return new URLSearchParams(text);
}

function cookie(ctx: RouteContext, value: string, maxAge: number): string {
  const secure = ctx.ownOrigin().startsWith('https:') ? '; Secure' : '';
  return `${ADMIN_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAge}${secure}`;
}

export const adminPageRoutes: Route[] = [
  {
    // The console answers /admin (pages.ts) when @netweave/console is installed.
    name: 'GET /admin',
    method: 'GET',
    pattern: /^\/admin\/?$/,
    async handler(ctx) {
      enabled(ctx);
      ctx.logger.warn('console-missing', {
        advice: 'Install @netweave/console (its app/console.html) next to the collector to serve /admin.',
      });
      text(ctx.res, 503, 'The facilitator console is not installed on this collector.');
    },
  },
  {
    name: 'POST /admin/login',
    method: 'POST',
    pattern: /^\/admin\/login$/,
    async handler(ctx) {
      const token = enabled(ctx);
      sameOrigin(ctx);
      const form = await readForm(ctx);
      const lang = language(ctx, form.get('lang') ?? undefined);
      if (!safeEqual(form.get('token') ?? '', token)) {
        ctx.logger.warn('admin-sign-in-refused');
        sendError(ctx.res, new HttpError(401, 'unauthorised', 'That admin token is not right.'));
        return;
      }
      ctx.logger.info('admin-signed-in');
      ctx.res.writeHead(303, {
        location: `/admin?lang=${lang}`,
        'set-cookie': cookie(ctx, signAdminCookie(token), 12 * 3600),
        'cache-control': 'no-store',
      });
      ctx.res.end();
    },
  },
  {
    name: 'POST /admin/logout',
    method: 'POST',
    pattern: /^\/admin\/logout$/,
    async handler(ctx) {
      const token = enabled(ctx);
      sameOrigin(ctx);
      // Revoked in the database, so the cookie stops working on every instance, even if a copy
      // of it survives in the browser or elsewhere.
      const value = parseCookies(ctx.req.headers.cookie).get(ADMIN_COOKIE);
      if (value && verifyAdminCookie(value, token)) {
        await ctx.db.revokeCookie(cookieDigest(value), adminCookieExpiry(value));
        ctx.logger.info('admin-signed-out');
      }
      // Back to the sign-in form in the language the person was using (the page's form says).
      const form = isForm(ctx) ? await readForm(ctx) : undefined;
      const lang = form?.get('lang') ?? ctx.url.searchParams.get('lang');
      ctx.res.writeHead(303, {
        location: lang === 'cy' || lang === 'en' ? `/admin?lang=${lang}` : '/admin',
        'set-cookie': cookie(ctx, '', 0),
        'cache-control': 'no-store',
      });
      ctx.res.end();
    },
  },
  {
    name: 'GET /favicon.ico',
    method: 'GET',
    pattern: /^\/favicon\.ico$/,
    async handler(ctx) {
      ctx.res.writeHead(204, { 'cache-control': 'max-age=86400' });
      ctx.res.end();
    },
  },
];
